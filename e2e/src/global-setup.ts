// Brings up what a person uses: a fresh, migrated and seeded database, the built API and both
// built web apps on free ports, as `npm start` runs them. Tests get the URLs through `inject`.
import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { provisionDatabase, type ProvisionedDatabase } from '../../server/src/db/provision.js';
import { seedDemo } from '../../prisma/seed/seed.js';
import { clockOffsetFor } from './clock.js';
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
    /** The run's database, as its owner: tests read the dev outbox (emails) from it. */
    databaseUrl: string;
  }
}

let database: ProvisionedDatabase | null = null;
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

  database = await provisionDatabase({
    serverUrl: process.env.DATABASE_URL,
    embedded: { dataDir: path.join(root, '.data/e2e'), port: 54340 },
    database: { mode: 'fresh', name: `portico_e2e_${process.pid}` },
    appPassword: APP_PASSWORD,
  });
  const { ownerUrl, appUrl } = database;
  if (!appUrl) throw new Error('the application role was not provisioned');
  // E2E_CLOCK (README) runs everything at another time of day; the demo is dated by that clock.
  const clockOffsetMs = clockOffsetFor(process.env.E2E_CLOCK, Date.now());
  if (clockOffsetMs !== 0) {
    const hours = (clockOffsetMs / 3600_000).toFixed(2);
    console.log(
      `E2E_CLOCK=${process.env.E2E_CLOCK}: servers and browsers run at ${new Date(Date.now() + clockOffsetMs).toISOString()} (${clockOffsetMs > 0 ? '+' : ''}${hours} h from the system clock)`,
    );
  }
  await seedDemo(ownerUrl, { now: new Date(Date.now() + clockOffsetMs) });

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
      APP_DATABASE_URL: appUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: String(apiPort),
      PORTAL_URL: portalUrl,
      ADMIN_URL: adminUrl,
      // TEST_LOG_LEVEL (README) shows the API's log during the run; warnings are kept for crash reports.
      LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn',
      // Every browser sign-in of the run comes from 127.0.0.1: the default 30 per 15 minutes
      // would refuse the suite's own sign-ins (the limit itself is tested in the server suite).
      SIGN_INS_PER_ADDRESS: '1000',
      ...(clockOffsetMs !== 0 ? { PORTICO_CLOCK_OFFSET_MINUTES: String(clockOffsetMs / 60_000) } : {}),
    },
  });
  services.push(api);
  // The web apps have no clock of their own to move: their Date is shifted at start-up instead.
  const shifted = clockOffsetMs !== 0 ? { nodeArgs: ['--import', pathToFileURL(path.join(root, 'e2e/src/shifted-date.mjs')).href] } : {};
  const web = (name: string, script: string, port: number, origin: string | undefined) =>
    startNode(name, script, {
      cwd: root,
      env: {
        ...base,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...(origin ? { ORIGIN: origin } : {}),
        API_URL: apiUrl,
        BODY_SIZE_LIMIT: '11M',
        ...(clockOffsetMs !== 0 ? { E2E_CLOCK_OFFSET_MS: String(clockOffsetMs) } : {}),
      },
      ...shifted,
    });
  // No ORIGIN for the portal: it serves businesses' own domains too, so its address comes from
  // each request's Host (portal-web/server.js, portal-custom-domain.test.ts), as in production.
  const portal = web('portal-web', 'portal-web/server.js', portalPort, undefined);
  const admin = web('admin-web', 'admin-web/server.js', adminPort, adminUrl);
  services.push(portal, admin);

  await Promise.all([waitUntilReady(api, `${apiUrl}/readyz`, (status) => status === 200), waitUntilReady(portal, `${portalUrl}/`), waitUntilReady(admin, `${adminUrl}/login`)]);

  project.provide('apiUrl', apiUrl);
  project.provide('portalUrl', portalUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('databaseUrl', ownerUrl);
  project.provide('clockOffsetMs', clockOffsetMs);
}

export async function teardown(): Promise<void> {
  await Promise.all(services.map((service) => stopService(service)));
  services.length = 0;
  await database?.release();
  database = null;
}
