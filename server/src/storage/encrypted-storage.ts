// Files encrypted at rest. Every file goes through this layer on its way to either backend (create.ts
// composes it), so callers stay as they were. A stored file is:
//
//   "PTCE" | format 1 (1 byte) | data key version (4 bytes, big-endian) | IV (12 bytes) | ciphertext | GCM tag (16 bytes)
//
// encrypted with AES-256-GCM under the data key of the tenant named by the key's path
// (`tenants/<tenantId>/...`; any other key: the platform's), with the header and the key's path as
// additional data: a file copied under another key, or into another tenant's folder, fails to open,
// as does a changed byte. Files are read whole (they are at most a few MB), so `sizeBytes` is the
// plaintext's, as the download routes' Content-Length needs, and nothing unauthenticated is ever
// streamed to a client. A file stored before encryption (no header) is still served as it is until
// `encryptStoredFiles` (encrypt-stored-files.ts) has encrypted it in place.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { Logger } from 'pino';
import { PLATFORM_SCOPE, StorageKeyError, UnknownKeyScope, type DataKeys, type KeyScope } from './data-keys.js';
import { checkKey, type Storage, type StorageBackend, type StoredFile } from './storage.js';

const MAGIC = Buffer.from('PTCE', 'latin1');
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + 1 + 4 + IV_BYTES;
/** What encryption adds to a file's size. */
export const OVERHEAD_BYTES = HEADER_BYTES + TAG_BYTES;

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whose data key encrypts the file at `key`: its tenant's, or the platform's outside tenants/. */
export function scopeOfKey(key: string): KeyScope {
  const [top, tenantId, ...rest] = checkKey(key).split('/');
  if (top !== 'tenants') return PLATFORM_SCOPE;
  if (!tenantId || !TENANT_ID.test(tenantId) || rest.length === 0) {
    throw new UnknownKeyScope(`Storage key ${JSON.stringify(key.slice(0, 80))} is under tenants/ but names no tenant id (tenants/<uuid>/...)`);
  }
  return tenantId;
}

/** Whether stored bytes are in the encrypted format (rather than a file stored before encryption). */
export function isEncrypted(stored: Uint8Array): boolean {
  return stored.length >= OVERHEAD_BYTES && MAGIC.every((b, i) => stored[i] === b) && stored[MAGIC.length] === FORMAT;
}

const additionalData = (header: Buffer, key: string) => Buffer.concat([header, Buffer.from(key, 'utf8')]);

/** The bytes to store for `plaintext` at `key`. */
export async function sealFile(keys: DataKeys, key: string, plaintext: Uint8Array): Promise<Buffer> {
  const dataKey = await keys.current(scopeOfKey(key));
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt8(FORMAT, MAGIC.length);
  header.writeUInt32BE(dataKey.version, MAGIC.length + 1);
  randomBytes(IV_BYTES).copy(header, MAGIC.length + 5);
  const cipher = createCipheriv('aes-256-gcm', dataKey.key, header.subarray(MAGIC.length + 5));
  cipher.setAAD(additionalData(header, key));
  return Buffer.concat([header, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext of bytes stored at `key` (isEncrypted), or a StorageKeyError saying why not. */
export async function openFile(keys: DataKeys, key: string, stored: Buffer): Promise<Buffer> {
  const header = stored.subarray(0, HEADER_BYTES);
  const dataKey = await keys.version(scopeOfKey(key), header.readUInt32BE(MAGIC.length + 1));
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey.key, header.subarray(MAGIC.length + 5));
    decipher.setAAD(additionalData(header, key));
    decipher.setAuthTag(stored.subarray(stored.length - TAG_BYTES));
    return Buffer.concat([decipher.update(stored.subarray(HEADER_BYTES, stored.length - TAG_BYTES)), decipher.final()]);
  } catch (error) {
    throw new StorageKeyError(`The file at ${key} does not decrypt: it was altered, or copied from another key or tenant.`, { cause: error });
  }
}

export class EncryptedStorage implements Storage {
  constructor(
    /** The backend's raw bytes: for maintenance (encrypt-stored-files.ts) and tests only. */
    readonly backend: StorageBackend,
    readonly keys: DataKeys,
    private readonly log?: Logger,
  ) {}

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.backend.put(key, await sealFile(this.keys, key, bytes), contentType);
  }

  async get(key: string): Promise<StoredFile | null> {
    scopeOfKey(key);
    const file = await this.backend.get(key);
    if (!file) return null;
    const stored = await buffer(file.body);
    if (!isEncrypted(stored)) {
      this.log?.warn({ key }, 'served a file stored before encryption: `npm run storage:encrypt-files -w server` encrypts what the start-up pass left');
      return { body: Readable.from([stored]), sizeBytes: stored.length };
    }
    const plaintext = await openFile(this.keys, key, stored);
    return { body: Readable.from([plaintext]), sizeBytes: plaintext.length };
  }

  exists(key: string): Promise<boolean> {
    return this.backend.exists(key);
  }

  delete(key: string): Promise<void> {
    return this.backend.delete(key);
  }
}
