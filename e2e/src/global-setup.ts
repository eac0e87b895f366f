// Brings up what a person uses: a fresh, migrated and seeded database, the built API and both
// built web apps on free ports, as `npm start` runs them. Tests get the URLs through `inject`.
import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { appUrlFrom, enableAppRoleLogin, migrate, recreateDatabase } from '../../server/src/db/migrate.js';
import { seedDemo } from '../../prisma/seed/seed.js';
import { freePort, startNode, stopService, waitUntilReady, type Service } from './processes.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The app role is cluster-wide: on a shared server, use the password the server's tests use, so
// the two suites never change it under each other.
const APP_PASSWORD = 'portico-app-test';

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string;
    adminUrl: string;
    apiUrl: string;
  }
}

let embedded: EmbeddedDatabase | null = null;
let database: { serverUrl: string; name: string } | null = null;
const services: Service[] = [];

// A crashed or interrupted run must not leave servers behind holding ports.
const killAll = () => {
  for (const service of services) service.child.kill('SIGKILL');
};
process.once('exit', killAll);

export async function setup(project: TestProject): Promise<void> {
  try {
    await start(project);
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function start(project: TestProject): Promise<void> {
  for (const built of ['server/dist/main.js', 'portal-web/build/index.js', 'admin-web/build/index.js']) {
    await access(path.join(root, built)).catch(() => {
      throw new Error(`${built} is missing: build first (\`npx turbo run test --filter=@portico/e2e\` builds it).`);
    });
  }

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(path.join(root, '.data/e2e'), 54340);
    serverUrl = embedded.adminUrl;
  }
  const name = `portico_e2e_${process.pid}`;
  const ownerUrl = await recreateDatabase(serverUrl, name);
  database = { serverUrl, name };
  await migrate(ownerUrl, path.join(root, 'prisma/migrations'));
  await enableAppRoleLogin(ownerUrl, APP_PASSWORD);
  await seedDemo(ownerUrl);

  const [apiPort, portalPort, adminPort] = await Promise.all([freePort(), freePort(), freePort()]);
  // The browser uses these exact origins: the API allows cookies only from them, and
  // SvelteKit checks form posts against ORIGIN.
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ };

  const api = startNode('api', 'server/dist/main.js', {
    cwd: root,
    env: {
      ...base,
      // development, not test or production: cookies must not be Secure over plain http.
      NODE_ENV: 'development',
      DATABASE_URL: ownerUrl,
      APP_DATABASE_URL: appUrlFrom(ownerUrl, APP_PASSWORD),
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(apiPort),
      PORTAL_URL: portalUrl,
      ADMIN_URL: adminUrl,
      // TEST_LOG_LEVEL (README) shows the API's log during the run; warnings are kept for crash reports.
      LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn',
    },
  });
  services.push(api);
  const web = (name: string, script: string, port: number, origin: string) =>
    startNode(name, script, {
      cwd: root,
      env: { ...base, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, API_URL: apiUrl },
    });
  const portal = web('portal-web', 'portal-web/build/index.js', portalPort, portalUrl);
  const admin = web('admin-web', 'admin-web/build/index.js', adminPort, adminUrl);
  services.push(portal, admin);

  await Promise.all([
    waitUntilReady(api, `${apiUrl}/readyz`, (status) => status === 200),
    waitUntilReady(portal, `${portalUrl}/`),
    waitUntilReady(admin, `${adminUrl}/login`),
  ]);

  project.provide('apiUrl', apiUrl);
  project.provide('portalUrl', portalUrl);
  project.provide('adminUrl', adminUrl);
}

export async function teardown(): Promise<void> {
  await Promise.all(services.map((service) => stopService(service)));
  services.length = 0;
  if (database) {
    const client = new pg.Client({ connectionString: database.serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
    await client.end();
    database = null;
  }
  await embedded?.stop();
  embedded = null;
}
