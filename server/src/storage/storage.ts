// Where files live: a small interface with a local-folder default and an S3-compatible backend,
// both behind the encrypting layer (encrypted-storage.ts) that every caller gets from create.ts.
// Keys are `tenants/<tenantId>/...`, so one tenant's files can be listed, moved or removed together.
import type { Readable } from 'node:stream';

export interface StoredFile {
  body: Readable;
  sizeBytes: number;
}

export interface Storage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when nothing is stored under the key. */
  get(key: string): Promise<StoredFile | null>;
  exists(key: string): Promise<boolean>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** One entry of a folder: a file's key, or a folder's (ending in '/'). */
export interface StorageEntry {
  key: string;
  folder: boolean;
}

/** What a backend adds for maintenance (encrypting files stored before encryption): listing. */
export interface StorageBackend extends Storage {
  /** The files and folders directly inside `prefix` ('' or a folder key ending in '/'). */
  entries(prefix: string): AsyncIterable<StorageEntry>;
}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Refuses keys that could climb out of their folder or mean different things to different backends. */
export function checkKey(key: string): string {
  if (key.length > 512 || !SAFE_KEY.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}

export function tenantKey(tenantId: string, ...parts: string[]): string {
  return checkKey(['tenants', tenantId, ...parts].join('/'));
}
