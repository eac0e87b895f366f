// Gives the bench's test a fresh, migrated database to compare with the one the generator
// rebuilds: on DATABASE_URL's server when it is set, otherwise on an embedded PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { provisionDatabase, type ProvisionedDatabase } from '@portico/server/provision';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
  }
}

let database: ProvisionedDatabase | null = null;

export async function setup(project: TestProject): Promise<void> {
  database = await provisionDatabase({
    serverUrl: process.env.DATABASE_URL,
    embedded: { dataDir: path.join(root, '.data/bench-test'), port: 54335 },
    database: { mode: 'fresh', name: `portico_bench_suite_${process.pid}` },
    // The app role is cluster-wide: every test suite uses this password (see server/src/test/global-setup.ts).
    appPassword: 'portico-app-test',
  });
  project.provide('ownerUrl', database.ownerUrl);
}

export async function teardown(): Promise<void> {
  await database?.release();
}
