// The data keys that encrypt stored files: one per tenant (and one for files outside any tenant's
// folder), 32 random bytes each, kept in storage_data_keys wrapped by the master key
// (storage/master-keys.ts). Read through two SECURITY DEFINER functions, as the storage layer runs
// outside any request's scope; unwrapped keys are kept in memory (a bounded cache): a data key
// never changes, a master key rotation only re-wraps it.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { MasterKey, MasterKeyring } from './master-keys.js';

/** A tenant's id, or PLATFORM_SCOPE. */
export type KeyScope = string;
export const PLATFORM_SCOPE = 'platform';

/** What the data keys need of the database: the application role's pool, or the owner's. */
export type KeyDb = Pick<Db, '$queryRaw'>;

export interface WrappedDataKey {
  version: number;
  wrappedKey: Buffer;
  masterKeyId: string;
}

export interface DataKey {
  version: number;
  key: Buffer;
}

/** A file or data key that cannot be opened: logged by the caller's error handler, never shown to a client. */
export class StorageKeyError extends Error {}

/** A scope that may not have a data key: a tenant this database does not know. */
export class UnknownKeyScope extends StorageKeyError {}

const IV_BYTES = 12;
const TAG_BYTES = 16;

const wrapAad = (scope: KeyScope, version: number) => Buffer.from(`portico-data-key\0${scope}\0${version}`, 'utf8');

/** IV, then the data key encrypted under the master key, then the tag; bound to its scope and version. */
export function wrapDataKey(master: MasterKey, scope: KeyScope, version: number, key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', master.key, iv);
  cipher.setAAD(wrapAad(scope, version));
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]);
}

export function unwrapDataKey(keyring: MasterKeyring, scope: KeyScope, row: WrappedDataKey): Buffer {
  const master = [keyring.current, ...keyring.previous].find((k) => k.id === row.masterKeyId);
  if (!master) {
    const known = [keyring.current, ...keyring.previous].map((k) => k.id).join(', ');
    throw new StorageKeyError(
      `The data key of storage scope ${scope} (version ${row.version}) is wrapped by master key ${row.masterKeyId}, which is not configured ` +
        `(STORAGE_MASTER_KEY and STORAGE_PREVIOUS_MASTER_KEYS are ${known}): its files cannot be read.`,
    );
  }
  try {
    const iv = row.wrappedKey.subarray(0, IV_BYTES);
    const tag = row.wrappedKey.subarray(row.wrappedKey.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', master.key, iv);
    decipher.setAAD(wrapAad(scope, row.version));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(row.wrappedKey.subarray(IV_BYTES, row.wrappedKey.length - TAG_BYTES)), decipher.final()]);
  } catch (error) {
    throw new StorageKeyError(`The data key of storage scope ${scope} (version ${row.version}) does not open with master key ${master.id}: it was altered or belongs elsewhere.`, {
      cause: error,
    });
  }
}

interface KeyRow {
  version: number;
  wrapped_key: Uint8Array;
  master_key_id: string;
}

const fromRow = (row: KeyRow): WrappedDataKey => ({ version: row.version, wrappedKey: Buffer.from(row.wrapped_key), masterKeyId: row.master_key_id });

export class DataKeys {
  private readonly cache = new Map<string, Promise<DataKey>>();

  constructor(
    private readonly db: KeyDb,
    readonly keyring: MasterKeyring,
    private readonly maxCached = 10_000,
  ) {}

  /** The key new files of the scope are encrypted with: its newest, created on the scope's first file. */
  current(scope: KeyScope): Promise<DataKey> {
    return this.cached(`${scope}#current`, () => this.loadCurrent(scope));
  }

  /** The key of that version, which a file's header names. */
  version(scope: KeyScope, version: number): Promise<DataKey> {
    return this.cached(`${scope}#${version}`, async () => {
      const rows = await this.db.$queryRaw<KeyRow[]>`SELECT * FROM app_storage_data_key(${scope}, ${version}::int)`;
      const row = rows[0];
      if (!row) throw new StorageKeyError(`Storage scope ${scope} has no data key version ${version}: its files cannot be read.`);
      return { version: row.version, key: unwrapDataKey(this.keyring, scope, fromRow(row)) };
    });
  }

  private async loadCurrent(scope: KeyScope): Promise<DataKey> {
    const found = await this.db.$queryRaw<KeyRow[]>`SELECT * FROM app_storage_data_key(${scope}, ${null}::int)`;
    let row = found[0];
    if (!row) {
      // The scope's first file. Whoever stores the first key, every caller then uses that one.
      const fresh = randomBytes(32);
      const wrapped = wrapDataKey(this.keyring.current, scope, 1, fresh);
      const added = await this.db.$queryRaw<KeyRow[]>`SELECT * FROM app_storage_add_data_key(${scope}, ${wrapped}, ${this.keyring.current.id})`;
      row = added[0];
      if (!row) throw new UnknownKeyScope(`Storage scope ${scope} names no tenant of this database: no data key can be made for it.`);
    }
    return { version: row.version, key: unwrapDataKey(this.keyring, scope, fromRow(row)) };
  }

  /** One load per key at a time; a failure is not kept, so the next call tries again. */
  private cached(name: string, load: () => Promise<DataKey>): Promise<DataKey> {
    const hit = this.cache.get(name);
    if (hit) {
      // Most recently used last: the oldest entries are the ones let go.
      this.cache.delete(name);
      this.cache.set(name, hit);
      return hit;
    }
    const loading = load();
    this.cache.set(name, loading);
    loading.catch(() => {
      if (this.cache.get(name) === loading) this.cache.delete(name);
    });
    while (this.cache.size > this.maxCached) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    return loading;
  }
}
