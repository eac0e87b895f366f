// Master key rotation: every data key wrapped by a previous master key is unwrapped and wrapped again
// under the current one. The files are not touched: their data keys stay the same. Runs as the
// database owner (`npm run storage:rotate-master-key -w server`, README "Files encrypted at rest");
// a row changed meanwhile (another rotation) is left to whoever changed it. Running instances keep
// working throughout: they read a data key wrapped by either master (STORAGE_PREVIOUS_MASTER_KEYS).
import type { Db } from '../db/client.js';
import { StorageKeyError, unwrapDataKey, wrapDataKey } from './data-keys.js';
import type { MasterKeyring } from './master-keys.js';

export interface Rotation {
  rewrapped: number;
  /** Already under the current master key. */
  current: number;
  /** Wrapped by a master key not given, or not opening with it: still readable only with that key. */
  unopened: { scope: string; version: number; masterKeyId: string; reason: string }[];
}

interface Row {
  scope: string;
  version: number;
  wrapped_key: Uint8Array;
  master_key_id: string;
}

export async function rotateMasterKey(owner: Pick<Db, '$queryRaw' | '$executeRaw'>, keyring: MasterKeyring, now: Date): Promise<Rotation> {
  const rotation: Rotation = { rewrapped: 0, current: 0, unopened: [] };
  const rows = await owner.$queryRaw<Row[]>`SELECT scope, version, wrapped_key, master_key_id FROM storage_data_keys ORDER BY scope, version`;
  for (const row of rows) {
    if (row.master_key_id === keyring.current.id) {
      rotation.current++;
      continue;
    }
    let key: Buffer;
    try {
      key = unwrapDataKey(keyring, row.scope, { version: row.version, wrappedKey: Buffer.from(row.wrapped_key), masterKeyId: row.master_key_id });
    } catch (error) {
      if (!(error instanceof StorageKeyError)) throw error;
      rotation.unopened.push({ scope: row.scope, version: row.version, masterKeyId: row.master_key_id, reason: error.message });
      continue;
    }
    const wrapped = wrapDataKey(keyring.current, row.scope, row.version, key);
    const changed = await owner.$executeRaw`UPDATE storage_data_keys SET wrapped_key = ${wrapped}, master_key_id = ${keyring.current.id}, rewrapped_at = ${now}
      WHERE scope = ${row.scope} AND version = ${row.version} AND master_key_id = ${row.master_key_id}`;
    if (changed === 1) rotation.rewrapped++;
    else rotation.current++;
  }
  return rotation;
}
