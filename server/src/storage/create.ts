import type { Logger } from 'pino';
import { DataKeys, type KeyDb } from './data-keys.js';
import { EncryptedStorage } from './encrypted-storage.js';
import { LocalStorage } from './local.js';
import type { MasterKeyring } from './master-keys.js';
import { S3Storage, type S3Config } from './s3.js';
import type { StorageBackend } from './storage.js';

export interface StorageConfig {
  /** Local folder, used unless s3 is set. */
  storageDir: string;
  s3?: S3Config;
  /** Wraps the data keys that encrypt every file (storage/master-keys.ts). */
  masterKeys: MasterKeyring;
}

export function createBackend(config: StorageConfig): StorageBackend {
  return config.s3 ? new S3Storage(config.s3) : new LocalStorage(config.storageDir);
}

/**
 * The storage every caller uses: the backend behind the encrypting layer, whose data keys are read
 * through `db` (the application role's pool, or the owner's for the seed and maintenance).
 */
export function createStorage(config: StorageConfig, options: { db: KeyDb; log?: Logger }): EncryptedStorage {
  return new EncryptedStorage(createBackend(config), new DataKeys(options.db, config.masterKeys), options.log);
}
