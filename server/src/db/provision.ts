// One way to get a ready database, shared by `npm start`, the server's tests and the browser
// tests: a server (DATABASE_URL's, or an embedded PostgreSQL), a database on it, migrations,
// and the application role able to log in.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import { appUrlFrom, enableAppRoleLogin, ensureDatabase, migrate, recreateDatabase } from './migrate.js';
import { installQueue } from '../worker/queue.js';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations');

export interface ProvisionOptions {
  /** A PostgreSQL URL; unset starts the embedded server below. */
  serverUrl?: string;
  /** Where the embedded server keeps its data, its port, and server settings for it (`shared_buffers`, ...). */
  embedded: { dataDir: string; port: number; settings?: Record<string, string> };
  /**
   * 'fresh': a new database of this name, dropped on release (tests);
   * 'kept': this database, created if missing (npm start on the embedded server);
   * 'as-given': the database of serverUrl itself (npm start with DATABASE_URL).
   */
  database: { mode: 'fresh' | 'kept'; name: string } | { mode: 'as-given' };
  /** The application role's password to set; unset leaves the role as it is (APP_DATABASE_URL given). */
  appPassword?: string;
}

export interface ProvisionedDatabase {
  ownerUrl: string;
  /** The application role's URL, when provisionDatabase set its password. */
  appUrl: string | null;
  applied: string[];
  release(): Promise<void>;
}

export async function provisionDatabase(options: ProvisionOptions): Promise<ProvisionedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let serverUrl = options.serverUrl;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(options.embedded.dataDir, options.embedded.port, options.embedded.settings);
    serverUrl = embedded.adminUrl;
  }
  const { database } = options;
  const ownerUrl =
    database.mode === 'fresh' ? await recreateDatabase(serverUrl, database.name) : database.mode === 'kept' ? await ensureDatabase(serverUrl, database.name) : serverUrl;
  const applied = await migrate(ownerUrl, MIGRATIONS);
  // The job queue's schema too, before anything inserts into outbox_emails (its trigger queues deliveries).
  await installQueue(ownerUrl);
  if (options.appPassword !== undefined) await enableAppRoleLogin(ownerUrl, options.appPassword);
  const server = serverUrl;
  return {
    ownerUrl,
    appUrl: options.appPassword === undefined ? null : appUrlFrom(ownerUrl, options.appPassword),
    applied,
    async release() {
      if (database.mode === 'fresh') {
        const client = new pg.Client({ connectionString: server });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
        await client.end();
      }
      await embedded?.stop();
    },
  };
}
