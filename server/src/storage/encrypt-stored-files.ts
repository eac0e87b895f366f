// Encrypts in place the files stored before encryption (issue 19): a one-shot pass run at start-up by
// the API's worker (main.ts) and by the seed's files step, and on demand by `npm run
// storage:encrypt-files -w server`. Safe to run again (an encrypted file is left alone) and to run
// twice at once: each pass encrypts the same plaintext, and either result opens. A marker file
// (`storage-encryption-v1`) is left in each tenant's folder once all of it is encrypted, and at the top
// once everything is, so later starts cost one look. A tenant folder this database does not know
// (files of another database sharing the folder) is left as it is; so is, in a rolling deploy, a file
// an older instance writes after the pass: `storage:encrypt-files` (which ignores the markers) takes it.
// Keys are written once (uploads, messages and logos each get a new id), so a pass never races a
// change of a file; a file deleted during the pass may come back encrypted, as an orphan.
import { buffer } from 'node:stream/consumers';
import type { Logger } from 'pino';
import { UnknownKeyScope } from './data-keys.js';
import { isEncrypted, sealFile, type EncryptedStorage } from './encrypted-storage.js';
import { sniffType } from './file-types.js';

export const MARKER = 'storage-encryption-v1';
const MARKER_TEXT = new TextEncoder().encode('Every file in this folder is encrypted (Portico storage encryption, format 1).\n');

export interface EncryptionPass {
  /** Files found in plaintext and encrypted by this pass. */
  encrypted: number;
  /** Folders left as they were: tenants this database does not know, with files in plaintext. */
  skippedFolders: string[];
  /** Whether everything stored is now encrypted (the top marker is written). */
  complete: boolean;
}

export async function encryptStoredFiles(storage: EncryptedStorage, options: { force?: boolean; log?: Logger } = {}): Promise<EncryptionPass> {
  const { backend } = storage;
  const force = options.force ?? false;
  const pass: EncryptionPass = { encrypted: 0, skippedFolders: [], complete: false };
  if (!force && (await backend.exists(MARKER))) return { ...pass, complete: true };

  async function* filesIn(prefix: string): AsyncIterable<string> {
    for await (const entry of backend.entries(prefix)) {
      if (entry.folder) yield* filesIn(entry.key);
      else if (!entry.key.endsWith(`/${MARKER}`) && entry.key !== MARKER) yield entry.key;
    }
  }

  async function encryptFile(key: string): Promise<void> {
    const file = await backend.get(key);
    if (!file) return; // deleted since it was listed
    const bytes = await buffer(file.body);
    if (isEncrypted(bytes)) return;
    await backend.put(key, await sealFile(storage.keys, key, bytes), sniffType(bytes)?.contentType ?? 'application/octet-stream');
    pass.encrypted++;
  }

  /** A tenant's folder, or files outside any: all encrypted, or left whole when it has no key. */
  async function encryptFolder(prefix: string, files: AsyncIterable<string>, marker: string | null): Promise<void> {
    if (marker && !force && (await backend.exists(marker))) return;
    try {
      for await (const key of files) await encryptFile(key);
    } catch (error) {
      if (!(error instanceof UnknownKeyScope)) throw error;
      pass.skippedFolders.push(prefix || '/');
      options.log?.warn({ folder: prefix }, 'left files in plaintext: the folder names no tenant of this database');
      return;
    }
    if (marker) await backend.put(marker, MARKER_TEXT, 'text/plain');
  }

  const outside: string[] = [];
  for await (const entry of backend.entries('')) {
    if (entry.key === 'tenants/') {
      for await (const tenant of backend.entries('tenants/')) {
        if (tenant.folder) await encryptFolder(tenant.key, filesIn(tenant.key), `${tenant.key}${MARKER}`);
      }
    } else if (entry.key !== MARKER) {
      outside.push(entry.key);
    }
  }
  // Files outside tenants/ (none in production): the platform's data key.
  async function* outsideFiles(): AsyncIterable<string> {
    for (const key of outside) {
      if (key.endsWith('/')) yield* filesIn(key);
      else yield key;
    }
  }
  await encryptFolder('', outsideFiles(), null);
  pass.complete = pass.skippedFolders.length === 0;
  if (pass.complete) await backend.put(MARKER, MARKER_TEXT, 'text/plain');
  if (pass.encrypted || pass.skippedFolders.length)
    options.log?.info({ encrypted: pass.encrypted, skippedFolders: pass.skippedFolders.length }, 'encrypted files stored before encryption');
  return pass;
}
