// `npm start`: a database (embedded PostgreSQL unless DATABASE_URL is set), migrations, demo
// data, then the API and both web apps; prints where they are and how to sign in.
// Run by tsx after `turbo run build` has compiled the server and built the web apps.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provisionDatabase, type ProvisionedDatabase } from '../server/src/db/provision.js';
import { seedDemo, type DemoLogin } from '../prisma/seed/seed.js';
import { readClockOffsetMs } from '../server/src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const API_PORT = Number(process.env.API_PORT ?? 4000);
const PORTAL_PORT = Number(process.env.PORTAL_PORT ?? 3000);
const ADMIN_PORT = Number(process.env.ADMIN_PORT ?? 3001);
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${PORTAL_PORT}`;
const adminUrl = process.env.ADMIN_URL ?? `http://localhost:${ADMIN_PORT}`;
const apiUrl = `http://127.0.0.1:${API_PORT}`;

const children: ChildProcess[] = [];
let database: ProvisionedDatabase | null = null;

async function main() {
  if (!process.env.DATABASE_URL) console.log('Starting the embedded PostgreSQL (data in .data/dev) ...');
  const appPassword = process.env.APP_DATABASE_URL ? undefined : (process.env.APP_DATABASE_PASSWORD ?? 'portico-app-dev');
  database = await provisionDatabase({
    serverUrl: process.env.DATABASE_URL,
    embedded: { dataDir: path.join(dataDir, 'dev'), port: 54320 },
    database: process.env.DATABASE_URL ? { mode: 'as-given' } : { mode: 'kept', name: 'portico' },
    appPassword,
  });
  const { ownerUrl, applied } = database;
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const appDatabaseUrl = process.env.APP_DATABASE_URL ?? database.appUrl ?? undefined;
  // Demo dates are relative to the API's clock (moved by PORTICO_CLOCK_OFFSET_MINUTES, if set).
  const now = new Date(Date.now() + readClockOffsetMs());
  const logins =
    process.env.SEED === 'false'
      ? []
      : await seedDemo(ownerUrl, {
          now,
          log: (m) => {
            console.log(m);
          },
        });

  const env = {
    ...process.env,
    DATABASE_URL: ownerUrl,
    APP_DATABASE_URL: appDatabaseUrl,
    JWT_SECRET: process.env.JWT_SECRET ?? devSecret(),
    PORTAL_URL: portalUrl,
    ADMIN_URL: adminUrl,
  };
  run('api', ['server/dist/main.js'], { ...env, PORT: String(API_PORT) });
  await waitFor(`${apiUrl}/readyz`);
  // Uploads (up to 10 MB) pass through the web apps' servers on their way to the API.
  const web = { ...env, API_URL: apiUrl, BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '11M' };
  // No ORIGIN for the portal: it also answers at businesses' own domains (portal-web/server.js).
  run('portal', ['portal-web/server.js'], { ...web, PORT: String(PORTAL_PORT) });
  run('admin', ['admin-web/server.js'], { ...web, PORT: String(ADMIN_PORT), ORIGIN: adminUrl });
  await Promise.all([waitFor(portalUrl), waitFor(adminUrl)]);
  printWelcome(logins);
}

/** A JWT secret kept in .data so that restarting does not sign everybody out. */
function devSecret(): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); shutting down.`);
    void stop(1);
  });
  children.push(child);
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function printWelcome(logins: DemoLogin[]) {
  const line = '─'.repeat(78);
  // Columns as wide as their longest value, so a longer tenant slug does not push a row out of line.
  const width = (pick: (l: DemoLogin) => string) => Math.max(0, ...logins.map((l) => pick(l).length));
  const [side, slug, role, email] = [width((l) => l.side), width((l) => l.tenantSlug), width((l) => l.role), width((l) => l.email)];
  const rows = logins.map((l) => `  ${l.side.padEnd(side)}  ${l.tenantSlug.padEnd(slug)}  ${l.role.padEnd(role)}  ${l.email.padEnd(email)}  ${l.password}`);
  const portalSlugs = [...new Set(logins.filter((l) => l.side === 'portal').map((l) => l.tenantSlug))];
  console.log(`
${line}
  Portico is running.

  Customer portal   ${portalSlugs.length ? portalSlugs.map((slug) => `${portalUrl}/${slug}/login`).join('\n                    ') : portalUrl}
  Staff admin       ${adminUrl}/login
  GraphQL API       ${apiUrl}/graphql/portal   ${apiUrl}/graphql/admin   (playground in a browser)
  Health            ${apiUrl}/healthz   ${apiUrl}/readyz
  Dev outbox        ${adminUrl}/outbox (owners and admins; also printed above by the API)

  Demo logins (side, tenant, role, email, password):
${rows.join('\n')}

  Press Ctrl+C to stop.
${line}`);
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (c) =>
        new Promise((r) => {
          if (c.exitCode !== null) r(null);
          else c.once('exit', r);
        }),
    ),
  );
  await database?.release().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
});
