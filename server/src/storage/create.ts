import { LocalStorage } from './local.js';
import { S3Storage, type S3Config } from './s3.js';
import type { Storage } from './storage.js';

export interface StorageConfig {
  /** Local folder, used unless s3 is set. */
  storageDir: string;
  s3?: S3Config;
}

export function createStorage(config: StorageConfig): Storage {
  return config.s3 ? new S3Storage(config.s3) : new LocalStorage(config.storageDir);
}
