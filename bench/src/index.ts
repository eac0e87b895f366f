// `npm run bench`: seeds (or reuses) a large dataset, starts Portico's API and the bare baseline
// as child processes, checks they answer alike, counts SQL statements per request, loads each
// target with autocannon and writes bench/REPORT.md and results.json.
//
// Flags: --fresh (regenerate), --duration S (15), --warmup S (3), --connections N (32),
// --only dashboard,invoices,reviews,ping, --tenants N, --customers N (per tenant), --no-load,
// --profile (then loads Portico again under node --cpu-prof and summarises where time went).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import hdr from 'hdr-histogram-js';
import pg from 'pg';
import { provisionDatabase } from '@portico/server/provision';
import { signAccessToken } from '@portico/server/tokens';
import { baselineHandler } from './baseline.js';
import { datasetMarker, FULL_SCALE, generateDataset, readMarker, countRows, type Scale } from './generate.js';
import { renderReport, type Results, type TargetResult, type Run } from './report.js';
import { summariseProfile } from './profile.js';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');
const outDir = benchDir;
// The two servers under load, as built: Portico's API and the baseline beside this file.
const SCRIPTS = { portico: createRequire(import.meta.url).resolve('@portico/server/main'), baseline: path.join(benchDir, 'dist/baseline.js') } as const;

export const TARGETS = {
  dashboard: {
    kind: 'graphql',
    query:
      'query Dashboard { dashboard { currency amountDueMinor overdueAmountMinor counts { upcomingAppointments openRequests unpaidInvoices overdueInvoices awaitingReview documents assets } nextAppointments { id title status scheduledStart scheduledEnd technicianName site { label } } openRequests { id description urgency status createdAt } unpaidInvoices { id number dueDate totalMinor amountDueMinor status } awaitingReview { id title completedAt } } }',
  },
  invoices: {
    kind: 'graphql',
    query:
      'query Invoices { invoices(first: 20) { nodes { id number status issueDate dueDate totalMinor amountDueMinor currency recurringLabel lines { description quantity unitPriceMinor totalMinor } } pageInfo { hasNextPage endCursor } } }',
  },
  reviews: { kind: 'rest', query: '' },
  // The fixed cost of an authenticated request (token, transaction, session check, GraphQL
  // pipeline) without any field to resolve: what every other query pays on top of its own work.
  ping: { kind: 'graphql', query: 'query Ping { __typename }' },
} as const;
export type TargetName = keyof typeof TARGETS;

interface Options {
  fresh: boolean;
  duration: number;
  warmup: number;
  connections: number;
  only: TargetName[];
  scale: Scale;
  load: boolean;
  profile: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = (value('only') ?? 'dashboard,invoices,reviews,ping').split(',').filter((t): t is TargetName => t in TARGETS);
  return {
    fresh: argv.includes('--fresh'),
    duration: Number(value('duration') ?? 15),
    warmup: Number(value('warmup') ?? 3),
    connections: Number(value('connections') ?? 32),
    only,
    scale: { tenants: Number(value('tenants') ?? FULL_SCALE.tenants), customersPerTenant: Number(value('customers') ?? FULL_SCALE.customersPerTenant) },
    load: !argv.includes('--no-load'),
    profile: argv.includes('--profile'),
  };
}

/** A customer with a session and a signed token; the load rotates through them. */
export interface Client {
  tenantSlug: string;
  token: string;
}

export async function signClients(ownerUrl: string, secret: Uint8Array): Promise<Client[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; tenant_id: string; portal_account_id: string; customer_id: string; expires_at: Date; slug: string }>(
      `SELECT s.id, s.tenant_id, s.portal_account_id, s.customer_id, s.expires_at, t.slug FROM sessions s JOIN tenants t ON t.id = s.tenant_id
       WHERE s.user_agent = 'portico-bench' AND s.revoked_at IS NULL ORDER BY s.customer_id`,
    );
    return await Promise.all(
      rows.map(async (s) => ({
        tenantSlug: s.slug,
        token: await signAccessToken(secret, { typ: 'customer', tenantId: s.tenant_id, subject: s.portal_account_id, sessionId: s.id, customerId: s.customer_id }, s.expires_at),
      })),
    );
  } finally {
    await client.end();
  }
}

const OPERATION_NAMES = { dashboard: 'Dashboard', invoices: 'Invoices', reviews: undefined, ping: 'Ping' } as const;

/** The HTTP request for a target and a client; reviews come from a distinct address each time. */
export function requestFor(target: TargetName, client: Client, n: number): { method: string; path: string; headers: Record<string, string>; body?: string } {
  if (target === 'reviews') {
    // The API trusts X-Forwarded-For from loopback: a new address per request stays under the per-address limit.
    return { method: 'GET', path: `/public/v1/tenants/${client.tenantSlug}/reviews`, headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } };
  }
  return {
    method: 'POST',
    path: '/graphql/portal',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ query: TARGETS[target].query, operationName: OPERATION_NAMES[target] }),
  };
}

export async function fetchTarget(base: string, target: TargetName, client: Client, n = 0): Promise<{ status: number; body: unknown }> {
  const r = requestFor(target, client, n);
  const res = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/** A short description of why a response is not a success, or null. */
export function failureOf(status: number, body: unknown): string | null {
  if (status >= 400) return `HTTP ${status}${typeof body === 'object' && body ? `: ${JSON.stringify(body).slice(0, 200)}` : ''}`;
  if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors) && body.errors.length) {
    return `GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`;
  }
  return null;
}

function spawnServer(name: string, script: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`${name} stopped (${signal ?? `exit code ${code}`})`);
  });
  return child;
}
let stopping = false;

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

async function load(base: string, target: TargetName, clients: Client[], seconds: number, connections: number): Promise<Run> {
  let n = 0;
  let graphqlErrors = 0;
  // Our own latency histogram (autocannon's settings): autocannon reports p90 and p97.5, not p95.
  const latencies = hdr.build({ bitBucketSize: 64, autoResize: true, lowestDiscernibleValue: 1, highestTrackableValue: 10000, numberOfSignificantValueDigits: 5 });
  const options = {
    histograms: { latencies },
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => {
          n += 1;
          const client = clients[n % clients.length];
          if (!client) return req;
          return { ...req, ...requestFor(target, client, n) } as autocannon.Request;
        },
        onResponse: (status: number, body: string) => {
          // A GraphQL error travels in a 200 response: count it as an error too.
          if (status < 400 && body.includes('"errors":[')) graphqlErrors += 1;
        },
      },
    ],
  };
  const result = await autocannon(options);
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p95: latencies.getValueAtPercentile(95),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
}

/** Portico's app and the baseline in this process, each reporting the SQL it sends. */
export async function startInProcess(appUrl: string, ownerUrl: string, secret: Uint8Array) {
  // Loaded here, not at the top: the load runner itself never needs Portico's app in its process.
  const { createEmbeddedApp } = await import('@portico/server/embed');
  const statements = { portico: [] as string[], baseline: [] as string[] };
  const { app, stop } = await createEmbeddedApp({ ownerUrl, appUrl, jwtSecret: secret, onQuery: (sql) => statements.portico.push(sql) });
  const porticoServer = await listen(app);
  const pool = new pg.Pool({ connectionString: appUrl, max: 2 });
  const baselineServer = await listen(baselineHandler({ pool, jwtSecret: secret, onQuery: (sql) => statements.baseline.push(sql) }));
  return {
    urls: { portico: url(porticoServer), baseline: url(baselineServer) },
    statements,
    async close() {
      porticoServer.close();
      baselineServer.close();
      await stop();
      await pool.end();
    },
  };
}

/** SQL statements one request sends, counted in-process for each server. */
type StatementCount = NonNullable<TargetResult['statements']>;

async function countStatements(appUrl: string, ownerUrl: string, secret: Uint8Array, targets: TargetName[], client: Client): Promise<Record<string, StatementCount>> {
  const servers = await startInProcess(appUrl, ownerUrl, secret);
  const counts: Record<string, StatementCount> = {};
  const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 140);
  try {
    for (const target of targets) {
      const counted: Partial<Record<'portico' | 'baseline', number | null>> = {};
      const sql: StatementCount['sql'] = { portico: [], baseline: [] };
      for (const server of ['portico', 'baseline'] as const) {
        // Twice, counting the second: the session's last_seen_at touch happens on the first.
        await fetchTarget(servers.urls[server], target, client);
        servers.statements[server].length = 0;
        const res = await fetchTarget(servers.urls[server], target, client);
        counted[server] = failureOf(res.status, res.body) ? null : servers.statements[server].length;
        sql[server] = servers.statements[server].map(oneLine);
        // Prisma's query log leaves out the BEGIN it sends for an interactive transaction.
        if (server === 'portico' && sql.portico.length && !sql.portico.some((q) => q.startsWith('BEGIN'))) {
          sql.portico.unshift('BEGIN (sent by Prisma, not in its query log)');
          if (counted.portico !== null && counted.portico !== undefined) counted.portico += 1;
        }
      }
      counts[target] = { portico: counted.portico ?? null, baseline: counted.baseline ?? 0, sql };
    }
  } finally {
    await servers.close();
  }
  return counts;
}

/**
 * The app role's URL, optionally on another host: BENCH_APP_HOST=/var/run/postgresql makes both
 * servers talk to PostgreSQL over its Unix socket instead of loopback TCP.
 */
function appUrlOn(appUrl: string, host: string | undefined): string {
  if (!host) return appUrl;
  const url = new URL(appUrl);
  url.host = encodeURIComponent(host);
  return url.toString();
}

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer(handler).listen(0, '127.0.0.1', () => {
      resolve(s);
    });
  });
}
const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  console.log(`Provisioning the bench database (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL in .data/bench'}) ...`);
  const database = await provisionDatabase({
    serverUrl: process.env.DATABASE_URL,
    embedded: { dataDir: path.join(root, '.data/bench'), port: 54340 },
    database: { mode: 'kept', name: process.env.BENCH_DATABASE ?? 'portico_bench' },
    // The app role is cluster-wide and the test suites set this password on it: another one
    // would lock out tests running in parallel on the same server.
    appPassword: 'portico-app-test',
  });
  const children: ChildProcess[] = [];
  const shutdown = async () => {
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await database.release();
  };
  process.on('SIGINT', () => void shutdown().finally(() => process.exit(130)));
  try {
    const { ownerUrl } = database;
    const appUrl = appUrlOn(database.appUrl ?? '', process.env.BENCH_APP_HOST);
    const marker = datasetMarker(options.scale);
    let generation: { seconds: number; reused: boolean };
    if (options.fresh || (await readMarker(ownerUrl)) !== marker) {
      console.log(`Generating the dataset (${options.scale.tenants} tenants x ${options.scale.customersPerTenant} customers) ...`);
      const result = await generateDataset(ownerUrl, options.scale, (line) => {
        console.log(line);
      });
      console.log(`Generated in ${result.seconds.toFixed(0)} s`);
      generation = { seconds: result.seconds, reused: false };
    } else {
      console.log('Reusing the dataset (pass --fresh to regenerate).');
      generation = { seconds: 0, reused: true };
    }
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    const counts = await countRows(owner);
    const pgVersion = (await owner.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? 'unknown';
    await owner.end();

    const secretText = randomBytes(32).toString('hex');
    const secret = new TextEncoder().encode(secretText);
    const clients = await signClients(ownerUrl, secret);
    if (clients.length === 0) throw new Error('no bench sessions in the dataset');
    console.log(`${clients.length} customers with tokens.`);

    const ports = { portico: Number(process.env.BENCH_PORTICO_PORT ?? 4500), baseline: Number(process.env.BENCH_BASELINE_PORT ?? 4501) };
    const env = { ...process.env, DATABASE_URL: ownerUrl, APP_DATABASE_URL: appUrl, JWT_SECRET: secretText, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
    children.push(spawnServer('portico', SCRIPTS.portico, { ...env, PORT: String(ports.portico) }));
    children.push(spawnServer('baseline', SCRIPTS.baseline, { ...env, PORT: String(ports.baseline) }));
    const bases = { portico: `http://127.0.0.1:${ports.portico}`, baseline: `http://127.0.0.1:${ports.baseline}` };
    await Promise.all([waitFor(`${bases.portico}/readyz`), waitFor(`${bases.baseline}/readyz`)]);

    const statementCounts = await countStatements(appUrl, ownerUrl, secret, options.only, clients[0] as Client);
    const targets: TargetResult[] = [];
    for (const target of options.only) {
      // Sanity: both servers answer the same JSON for a few customers.
      const sample = [0, 1, Math.floor(clients.length / 2), clients.length - 1].map((i) => clients[i] as Client);
      let porticoFailure: string | null = null;
      let mismatches = 0;
      for (const client of sample) {
        const [p, b] = await Promise.all([fetchTarget(bases.portico, target, client), fetchTarget(bases.baseline, target, client)]);
        const baselineFailure = failureOf(b.status, b.body);
        if (baselineFailure) throw new Error(`the baseline failed ${target}: ${baselineFailure}`);
        porticoFailure ??= failureOf(p.status, p.body);
        if (!porticoFailure && JSON.stringify(p.body) !== JSON.stringify(b.body)) {
          mismatches += 1;
          if (mismatches === 1) console.warn(`${target}: responses differ\n portico:  ${JSON.stringify(p.body).slice(0, 600)}\n baseline: ${JSON.stringify(b.body).slice(0, 600)}`);
        }
      }
      const result: TargetResult = { target, porticoFailure, sameJson: porticoFailure ? null : mismatches === 0, statements: statementCounts[target] ?? null, runs: {} };
      if (porticoFailure) console.warn(`Portico cannot serve ${target} yet: ${porticoFailure}`);
      if (options.load) {
        for (const server of ['baseline', 'portico'] as const) {
          if (server === 'portico' && porticoFailure) continue;
          process.stdout.write(`${target} on ${server}: warm-up ${options.warmup} s, `);
          await load(bases[server], target, clients, options.warmup, options.connections);
          process.stdout.write(`measuring ${options.duration} s ... `);
          const run = await load(bases[server], target, clients, options.duration, options.connections);
          result.runs[server] = run;
          console.log(`${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors + run.non2xx + run.graphqlErrors}`);
        }
      }
      targets.push(result);
    }

    const profiles: Results['profiles'] = {};
    if (options.profile) {
      // Each server again, alone, under the CPU profiler; their SIGTERM handlers exit cleanly,
      // which writes the profile. CPU ms per request compares the two servers' own work.
      for (const server of ['portico', 'baseline'] as const) {
        const running = children.find((c) => c.spawnargs.at(-1) === SCRIPTS[server]);
        if (running && running.exitCode === null) {
          running.kill('SIGTERM');
          await new Promise((r) => running.once('exit', r));
        }
        for (const t of targets) {
          if (server === 'portico' && t.porticoFailure) continue;
          const dir = mkdtempSync(path.join(os.tmpdir(), `${server}-prof-`));
          const child = spawnServer(`${server} (profiled)`, SCRIPTS[server], { ...env, PORT: String(ports[server]) }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
          children.push(child);
          await waitFor(`${bases[server]}/readyz`);
          process.stdout.write(`profiling ${t.target} on ${server} ... `);
          const warm = await load(bases[server], t.target as TargetName, clients, options.warmup, options.connections);
          const run = await load(bases[server], t.target as TargetName, clients, options.duration, options.connections);
          // Let the requests autocannon abandoned drain before the server shuts down.
          await new Promise((r) => setTimeout(r, 1000));
          child.kill('SIGTERM');
          await new Promise((r) => {
            if (child.exitCode === null) child.once('exit', r);
            else r(null);
          });
          const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
          if (!file) throw new Error(`the profiled ${server} wrote no .cpuprofile`);
          const summary = summariseProfile(path.join(dir, file));
          const cpuMsPerRequest = summary.totalMs / Math.max(1, warm.requests + run.requests);
          profiles[`${t.target} on ${server}`] = { ...summary, rpsWhileProfiled: run.rps, cpuMsPerRequest };
          console.log(`${run.rps.toFixed(0)} req/s, ${cpuMsPerRequest.toFixed(2)} ms CPU/request; ${path.join(dir, file)}`);
        }
      }
    }

    const results: Results = {
      profiles,
      date: new Date().toISOString(),
      machine: { ...machine(), postgres: pgVersion },
      options: { duration: options.duration, warmup: options.warmup, connections: options.connections, only: options.only },
      dataset: { marker, counts, generationSeconds: generation.seconds, reused: generation.reused, sessions: clients.length },
      targets,
      totalSeconds: (Date.now() - started) / 1000,
    };
    if (options.load) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      writeFileSync(path.join(outDir, 'REPORT.md'), renderReport(results));
      console.log(`Wrote ${path.relative(root, outDir)}/REPORT.md and results.json`);
    }
  } finally {
    await shutdown();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
}
