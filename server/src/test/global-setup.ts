// Gives the test run a fresh, migrated database: on DATABASE_URL's server when it is set,
// otherwise on an embedded PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { provisionDatabase, type ProvisionedDatabase } from '../db/provision.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
  }
}

let database: ProvisionedDatabase | null = null;

export async function setup(project: TestProject): Promise<void> {
  database = await provisionDatabase({
    serverUrl: process.env.DATABASE_URL,
    embedded: { dataDir: path.join(root, '.data/test'), port: 54330 },
    database: { mode: 'fresh', name: `portico_test_${process.pid}` },
    // The app role is cluster-wide: every test suite uses this password (see e2e/src/global-setup.ts).
    appPassword: 'portico-app-test',
  });
  project.provide('ownerUrl', database.ownerUrl);
  if (!database.appUrl) throw new Error('the application role was not provisioned');
  project.provide('appUrl', database.appUrl);
}

export async function teardown(): Promise<void> {
  await database?.release();
}
