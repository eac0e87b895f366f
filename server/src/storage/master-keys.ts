// The master keys that wrap the data keys (storage/data-keys.ts): STORAGE_MASTER_KEY, and while a
// rotation is under way the keys it replaces (STORAGE_PREVIOUS_MASTER_KEYS), so data keys still
// wrapped by an old one can be read until `npm run storage:rotate-master-key -w server` re-wraps them.
// A key is 32 random bytes, written as 64 hex digits or base64. The database knows a key only by its
// fingerprint, which names it in errors and in storage_data_keys.master_key_id.
import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface MasterKey {
  /** The key's fingerprint: 16 hex digits of an HMAC under the key (reveals nothing of it). */
  id: string;
  key: Buffer;
}

export interface MasterKeyring {
  /** Wraps every new data key, and every data key a rotation re-wraps. */
  current: MasterKey;
  /** Still unwrap the data keys they wrapped; none once a rotation has finished. */
  previous: MasterKey[];
}

export function masterKey(key: Buffer): MasterKey {
  if (key.length !== 32) throw new Error('A storage master key is 32 bytes');
  return { id: createHmac('sha256', key).update('portico storage master key').digest('hex').slice(0, 16), key };
}

/** A key as written in the environment: 64 hex digits, or 32 bytes in base64. */
export function parseMasterKey(text: string, name: string): MasterKey {
  const value = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(value) ? Buffer.from(value, 'base64') : null;
  if (bytes?.length !== 32) throw new Error(`${name} must be 32 random bytes written as 64 hex digits or in base64 (e.g. \`openssl rand -hex 32\`)`);
  return masterKey(bytes);
}

export function generateMasterKey(): string {
  return randomBytes(32).toString('hex');
}

/**
 * STORAGE_MASTER_KEY and STORAGE_PREVIOUS_MASTER_KEYS (comma-separated). Without a master key,
 * outside production, the development key kept in `devKeyFile` (created on first use, like `npm
 * start`'s JWT secret): every process of the machine — the API, the seed, the browser tests'
 * servers — then agrees on it, and restarting keeps the files readable.
 */
export function readMasterKeyring(env: NodeJS.ProcessEnv, options: { production: boolean; devKeyFile: string }): MasterKeyring {
  const given = env.STORAGE_MASTER_KEY?.trim();
  if (!given && options.production) throw new Error('STORAGE_MASTER_KEY must be set in production (32 random bytes as hex: `openssl rand -hex 32`)');
  const current = given ? parseMasterKey(given, 'STORAGE_MASTER_KEY') : parseMasterKey(devMasterKey(options.devKeyFile), options.devKeyFile);
  const previous = (env.STORAGE_PREVIOUS_MASTER_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => parseMasterKey(k, 'STORAGE_PREVIOUS_MASTER_KEYS'))
    .filter((k) => k.id !== current.id);
  return { current, previous };
}

/** The development master key in `file`, written once; processes starting together read the same one. */
function devMasterKey(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole under another name, then linked into place: link fails if another process got
    // there first, and nobody ever reads half a key.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, generateMasterKey(), { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temp, { force: true });
    }
    return readFileSync(file, 'utf8');
  }
}
