// Gives the test run a fresh, migrated database: on DATABASE_URL's server when it is set,
// otherwise on an embedded PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.js';
import pg from 'pg';
import { appUrlFrom, enableAppRoleLogin, migrate, recreateDatabase } from '../db/migrate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const APP_PASSWORD = 'portico-app-test';

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
  }
}

let embedded: EmbeddedDatabase | null = null;
let created: { serverUrl: string; name: string } | null = null;

export async function setup(project: TestProject): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(path.join(root, '.data/test'), 54330);
    serverUrl = embedded.adminUrl;
  }
  const name = `portico_test_${process.pid}`;
  const ownerUrl = await recreateDatabase(serverUrl, name);
  created = { serverUrl, name };
  await migrate(ownerUrl, path.join(root, 'prisma/migrations'));
  await enableAppRoleLogin(ownerUrl, APP_PASSWORD);
  project.provide('ownerUrl', ownerUrl);
  project.provide('appUrl', appUrlFrom(ownerUrl, APP_PASSWORD));
}

export async function teardown(): Promise<void> {
  if (created) {
    const client = new pg.Client({ connectionString: created.serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${created.name}" WITH (FORCE)`);
    await client.end();
  }
  await embedded?.stop();
}
