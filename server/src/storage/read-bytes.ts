// A stored file read whole into memory, for the few readers that need its bytes (a logo or a
// photo drawn into a PDF) rather than streaming it to a client.
import type { Storage } from './storage.js';

/** The file's bytes, or null when nothing is stored under the key (or it is larger than `maxBytes`). */
export async function readStoredBytes(storage: Storage, key: string, maxBytes = 20 * 1024 * 1024): Promise<Buffer | null> {
  const file = await storage.get(key);
  if (!file) return null;
  if (file.sizeBytes > maxBytes) {
    file.body.destroy();
    return null;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of file.body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
