// Files in a local folder: the default, needing nothing installed.
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { checkKey, type StorageBackend, type StorageEntry, type StoredFile } from './storage.js';

export class LocalStorage implements StorageBackend {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    const full = path.resolve(this.root, checkKey(key));
    // checkKey already refuses '..'; this guards against a future change to it.
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error('Storage key escapes the storage folder');
    return full;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = `${target}.${randomUUID()}.part`;
    await writeFile(temp, bytes);
    await rename(temp, target);
  }

  async get(key: string): Promise<StoredFile | null> {
    const target = this.pathOf(key);
    const info = await stat(target).catch(() => null);
    if (!info?.isFile()) return null;
    return { body: createReadStream(target), sizeBytes: info.size };
  }

  async exists(key: string): Promise<boolean> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    return info?.isFile() ?? false;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *entries(prefix: string): AsyncIterable<StorageEntry> {
    const folder = prefix === '' ? path.resolve(this.root) : this.pathOf(prefix.replace(/\/$/, ''));
    const found = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return [];
      throw error;
    });
    for (const entry of found.sort((a, b) => a.name.localeCompare(b.name))) {
      // A write under way (see put) is not a file yet.
      if (entry.name.endsWith('.part')) continue;
      if (entry.isDirectory()) yield { key: `${prefix}${entry.name}/`, folder: true };
      else if (entry.isFile()) yield { key: `${prefix}${entry.name}`, folder: false };
    }
  }
}
