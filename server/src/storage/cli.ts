// Storage maintenance, run by an operator as the database owner (DATABASE_URL), README "Files encrypted at rest":
//   npm run storage:rotate-master-key -w server   re-wraps every data key under STORAGE_MASTER_KEY
//                                                 (the old key in STORAGE_PREVIOUS_MASTER_KEYS)
//   npm run storage:encrypt-files -w server       encrypts any file still stored in plaintext
import pino from 'pino';
import { readStorageConfig } from '../config.js';
import { closeDb, createDb } from '../db/client.js';
import { createStorage } from './create.js';
import { encryptStoredFiles } from './encrypt-stored-files.js';
import { rotateMasterKey } from './rotate-master-key.js';

const command = process.argv[2];
const url = process.env.DATABASE_URL;
if (!url || !['rotate-master-key', 'encrypt-files'].includes(command ?? '')) {
  console.error('Usage: DATABASE_URL=<owner url> STORAGE_MASTER_KEY=… [STORAGE_PREVIOUS_MASTER_KEYS=…] tsx src/storage/cli.ts rotate-master-key|encrypt-files');
  process.exit(2);
}
const config = readStorageConfig();
const owner = createDb(url, { max: 2 });
try {
  if (command === 'rotate-master-key') {
    const rotation = await rotateMasterKey(owner, config.masterKeys, new Date());
    console.log(`Re-wrapped ${rotation.rewrapped} data key(s) under master key ${config.masterKeys.current.id}; ${rotation.current} already were.`);
    for (const left of rotation.unopened) console.error(`Not re-wrapped: ${left.reason}`);
    if (rotation.unopened.length) process.exitCode = 1;
    else if (config.masterKeys.previous.length) console.log('Every data key is under the current master key: STORAGE_PREVIOUS_MASTER_KEYS can now be removed.');
  } else {
    const log = pino({ level: 'info' });
    const pass = await encryptStoredFiles(createStorage(config, { db: owner, log }), { force: true, log });
    console.log(
      `Encrypted ${pass.encrypted} file(s) stored in plaintext.${pass.skippedFolders.length ? ` Left ${pass.skippedFolders.join(', ')}: no tenant of this database.` : ''}`,
    );
  }
} finally {
  await closeDb(owner);
}
