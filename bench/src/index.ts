// `npm run bench`: seeds (or reuses) a large dataset, starts Portico's API, PostGraphile v5 and
// the bare baseline as child processes, checks they answer the same facts, counts SQL statements
// per request, loads each target with autocannon in interleaved rounds (medians, CPU per request
// from /proc), measures Portico's dashboard on a tenth-size dataset too, and writes
// bench/REPORT.md and results.json.
//
// Flags: --fresh (regenerate), --duration S (15), --warmup S (3), --connections N (32),
// --rounds N (3), --only dashboard,invoices,reviews,ping, --tenants N, --customers N (per
// tenant), --no-load, --no-scale (skip the tenth-size dashboard), --profile (then loads each
// server again under node --cpu-prof and summarises where time went).
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
import { generateSealCertificate } from '@portico/server/seal';
import { baselineHandler } from './baseline.js';
import { factsOf, firstDifference, NoFacts, type Shape } from './facts.js';
import { datasetMarker, FULL_SCALE, generateDataset, readMarker, countRows, SESSION_EVERY, type Scale } from './generate.js';
import { clockTicksPerSecond, cpuPerRequest, medianRun, pageCounts, pagesPerRequest, postgresIsLocal, rotation, snapshotCpu } from './measure.js';
import { installPostgraphileSchema } from './postgraphile-schema.js';
import { renderReport, type Results, type ScaleResult, type ServerName, type TargetResult, type Run } from './report.js';
import { summariseProfile } from './profile.js';
import { measureLive, type LiveStep } from './live.js';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(benchDir, '..');
const outDir = benchDir;
// The servers under load, as built: Portico's API, and PostGraphile and the baseline beside this file.
const SCRIPTS: Record<ServerName, string> = {
  portico: createRequire(import.meta.url).resolve('@portico/server/main'),
  postgraphile: path.join(benchDir, 'dist/postgraphile.js'),
  baseline: path.join(benchDir, 'dist/baseline.js'),
};
export const SERVERS: readonly ServerName[] = ['portico', 'postgraphile', 'baseline'];

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

/**
 * PostGraphile's queries for the same pages, in its generated schema: the signed-in customer's
 * relations with conditions and orderings, plus bench_pgl's computed columns (postgraphile-schema.ts).
 */
export const POSTGRAPHILE_QUERIES: Partial<Record<TargetName, string>> = {
  dashboard:
    'query Dashboard { currentCustomer { dashboardSummary { currency amountDueMinor overdueAmountMinor upcomingAppointments openRequests unpaidInvoices overdueInvoices awaitingReview documents assets } nextAppointments: jobsByTenantIdAndCustomerId(condition: { isUpcoming: true }, orderBy: [SCHEDULED_START_ASC, ROW_ID_ASC], first: 3) { nodes { rowId title status scheduledStart scheduledEnd technician: staffUserByTenantIdAndTechnicianId { name } site: siteByTenantIdAndSiteId { label } } } openRequests: serviceRequestsByTenantIdAndCustomerId(condition: { isOpen: true }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC], first: 3) { nodes { rowId description urgency status createdAt } } unpaidInvoices: invoicesByTenantIdAndCustomerId(condition: { isUnpaid: true }, orderBy: [DUE_DATE_ASC, ROW_ID_ASC], first: 5) { nodes { rowId number dueDate totalMinor amountDueMinor displayStatus } } awaitingReview: jobsByTenantIdAndCustomerId(condition: { isAwaitingReview: true }, orderBy: [COMPLETED_AT_DESC, ROW_ID_DESC], first: 3) { nodes { rowId title completedAt } } } }',
  invoices:
    'query Invoices { currentCustomer { invoices: invoicesByTenantIdAndCustomerId(first: 20, orderBy: [ISSUE_DATE_DESC, CREATED_AT_DESC, ROW_ID_DESC]) { nodes { rowId number displayStatus issueDate dueDate totalMinor amountDueMinor currency agreement: serviceAgreementByTenantIdAndAgreementId { name } lines: invoiceLinesByTenantIdAndInvoiceId(orderBy: POSITION_ASC) { nodes { description quantity unitPriceMinor totalMinor } } } pageInfo { hasNextPage endCursor } } } }',
  ping: 'query Ping { __typename }',
};

/** Whether a server takes part in a target: PostGraphile serves the GraphQL pages, not the REST route. */
export function serves(server: ServerName, target: TargetName): boolean {
  return server !== 'postgraphile' || POSTGRAPHILE_QUERIES[target] !== undefined;
}

/** The JSON shape a server answers in: Portico's (Portico and the baseline) or PostGraphile's. */
export const shapeOf = (server: ServerName): Shape => (server === 'postgraphile' ? 'postgraphile' : 'portico');

interface Options {
  fresh: boolean;
  duration: number;
  warmup: number;
  connections: number;
  rounds: number;
  only: TargetName[];
  scale: Scale;
  load: boolean;
  /** Also measure Portico's dashboard on a dataset with a tenth of the tenants. */
  tenth: boolean;
  profile: boolean;
  /** The live-updates scenario (`--only live`, or by default). */
  live: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const asked = (value('only') ?? 'dashboard,invoices,reviews,ping,live').split(',');
  const only = asked.filter((t): t is TargetName => t in TARGETS);
  return {
    fresh: argv.includes('--fresh'),
    duration: Number(value('duration') ?? 15),
    warmup: Number(value('warmup') ?? 3),
    connections: Number(value('connections') ?? 32),
    rounds: Math.max(1, Number(value('rounds') ?? 3)),
    only,
    scale: { tenants: Number(value('tenants') ?? FULL_SCALE.tenants), customersPerTenant: Number(value('customers') ?? FULL_SCALE.customersPerTenant) },
    load: !argv.includes('--no-load'),
    tenth: !argv.includes('--no-scale'),
    profile: argv.includes('--profile'),
    live: asked.includes('live'),
  };
}

/** A customer with a session and a signed token; the load rotates through them. */
export interface Client {
  tenantSlug: string;
  token: string;
  customerId: string;
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
        customerId: s.customer_id,
        token: await signAccessToken(secret, { typ: 'customer', tenantId: s.tenant_id, subject: s.portal_account_id, sessionId: s.id, customerId: s.customer_id }, s.expires_at),
      })),
    );
  } finally {
    await client.end();
  }
}

const OPERATION_NAMES = { dashboard: 'Dashboard', invoices: 'Invoices', reviews: undefined, ping: 'Ping' } as const;

/** The HTTP request for a target, a client and a server; reviews come from a distinct address each time. */
export function requestFor(
  target: TargetName,
  client: Client,
  n: number,
  server: ServerName = 'portico',
): { method: string; path: string; headers: Record<string, string>; body?: string } {
  if (target === 'reviews') {
    // The API trusts X-Forwarded-For from loopback: a new address per request stays under the per-address limit.
    return { method: 'GET', path: `/public/v1/tenants/${client.tenantSlug}/reviews`, headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } };
  }
  return {
    method: 'POST',
    path: '/graphql/portal',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ query: server === 'postgraphile' ? POSTGRAPHILE_QUERIES[target] : TARGETS[target].query, operationName: OPERATION_NAMES[target] }),
  };
}

export async function fetchTarget(base: string, target: TargetName, client: Client, n = 0, server: ServerName = 'portico'): Promise<{ status: number; body: unknown }> {
  const r = requestFor(target, client, n, server);
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

async function load(base: string, target: TargetName, clients: Client[], seconds: number, connections: number, server: ServerName): Promise<Run> {
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
          return { ...req, ...requestFor(target, client, n, server) } as autocannon.Request;
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
    apiCpuMsPerRequest: null,
    pgCpuMsPerRequest: null,
  };
}

/** Portico's app, PostGraphile and the baseline in this process, each reporting the SQL it sends. */
export async function startInProcess(appUrl: string, ownerUrl: string, secret: Uint8Array) {
  // Loaded here, not at the top: the load runner itself never needs Portico's app or PostGraphile in its process.
  const { createEmbeddedApp } = await import('@portico/server/embed');
  const { postgraphileHandler } = await import('./postgraphile.js');
  await installPostgraphileSchema(ownerUrl);
  const statements: Record<ServerName, string[]> = { portico: [], postgraphile: [], baseline: [] };
  const { app, stop, serveLive } = await createEmbeddedApp({ ownerUrl, appUrl, jwtSecret: secret, onQuery: (sql) => statements.portico.push(sql) });
  const porticoServer = await listen(app);
  await serveLive(porticoServer);
  const pool = new pg.Pool({ connectionString: appUrl, max: 2 });
  const baselineServer = await listen(baselineHandler({ pool, jwtSecret: secret, onQuery: (sql) => statements.baseline.push(sql) }));
  const pglPool = new pg.Pool({ connectionString: appUrl, max: 2 });
  const pgl = await postgraphileHandler({ pool: pglPool, jwtSecret: secret, onQuery: (sql) => statements.postgraphile.push(sql) });
  const pglServer = await listen(pgl.handler);
  return {
    urls: { portico: url(porticoServer), postgraphile: url(pglServer), baseline: url(baselineServer) } as Record<ServerName, string>,
    statements,
    async close() {
      await stop();
      porticoServer.close();
      baselineServer.close();
      pglServer.close();
      await pgl.release();
      await pool.end();
      await pglPool.end();
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
      const result: StatementCount = { counts: {}, sql: {} };
      for (const server of SERVERS) {
        if (!serves(server, target)) continue;
        // Twice, counting the second: the session's last_seen_at touch happens on the first.
        await fetchTarget(servers.urls[server], target, client, 0, server);
        servers.statements[server].length = 0;
        const res = await fetchTarget(servers.urls[server], target, client, 0, server);
        let count: number | null = failureOf(res.status, res.body) ? null : servers.statements[server].length;
        const sql = servers.statements[server].map(oneLine);
        // Prisma's query log leaves out the BEGIN it sends for an interactive transaction.
        if (server === 'portico' && sql.length && !sql.some((q) => q.startsWith('BEGIN'))) {
          sql.unshift('BEGIN (sent by Prisma, not in its query log)');
          if (count !== null) count += 1;
        }
        result.counts[server] = count;
        result.sql[server] = sql;
      }
      counts[target] = result;
    }
  } finally {
    await servers.close();
  }
  return counts;
}

/** What the check before the load found for one target. */
interface Checked {
  failures: TargetResult['failures'];
  sameFacts: TargetResult['sameFacts'];
  sameJson: boolean | null;
}

/**
 * Asks every server serving `target` for each sample customer's page and compares the facts
 * with the baseline's (the baseline failing stops the bench). A server that fails, or answers
 * without the facts, is not loaded; one whose facts differ is loaded and flagged loudly.
 */
export async function checkFacts(bases: Record<ServerName, string>, target: TargetName, sample: Client[]): Promise<Checked> {
  const checked: Checked = { failures: {}, sameFacts: {}, sameJson: null };
  const others = SERVERS.filter((s) => s !== 'baseline' && serves(s, target));
  for (const client of sample) {
    const baseline = await fetchTarget(bases.baseline, target, client, 0, 'baseline');
    const baselineFailure = failureOf(baseline.status, baseline.body);
    if (baselineFailure) throw new Error(`the baseline failed ${target}: ${baselineFailure}`);
    const expected = factsOf(target, 'portico', baseline.body);
    checked.sameFacts.baseline = true;
    for (const server of others) {
      if (checked.failures[server]) continue;
      const answer = await fetchTarget(bases[server], target, client, 0, server);
      const failure = failureOf(answer.status, answer.body);
      if (failure) {
        checked.failures[server] = failure;
        continue;
      }
      if (server === 'portico') {
        const same = JSON.stringify(answer.body) === JSON.stringify(baseline.body);
        checked.sameJson = (checked.sameJson ?? true) && same;
      }
      let facts: unknown;
      try {
        facts = factsOf(target, shapeOf(server), answer.body);
      } catch (error) {
        if (!(error instanceof NoFacts)) throw error;
        checked.failures[server] = `answer without the facts: ${error.message}: ${JSON.stringify(answer.body).slice(0, 200)}`;
        continue;
      }
      const difference = firstDifference(facts, expected);
      if (difference) {
        if (checked.sameFacts[server] !== false) console.warn(`\n*** FACTS DIFFER: ${target} on ${server} vs the baseline, ${difference}\n`);
        checked.sameFacts[server] = false;
      } else {
        checked.sameFacts[server] ??= true;
      }
    }
  }
  return checked;
}

/** One server under load: where it listens, its callers, and how to find its CPU time. */
interface Contestant {
  /** 'portico', 'postgraphile', 'baseline', or 'portico (a tenth)'. */
  name: string;
  server: ServerName;
  base: string;
  clients: Client[];
  pid: number | undefined;
  applicationName: string;
  /** The database it reads (its pages are counted there). */
  database: string;
}

interface Meter {
  owner: pg.Client;
  pgLocal: boolean;
  ticksPerSecond: number;
}

/** Longer than the second within which an idle backend reports its statistics. */
const STATS_SETTLE_MS = 1500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Warm-up, then the measured load with CPU snapshots of the process and its backends around it. */
async function measure(c: Contestant, target: TargetName, options: Options, meter: Meter): Promise<Run> {
  await load(c.base, target, c.clients, options.warmup, options.connections, c.server);
  // Idle backends report their page counters within a second (pageCounts).
  await sleep(STATS_SETTLE_MS);
  const pagesBefore = await pageCounts(meter.owner, c.database);
  const before = await snapshotCpu(c.pid, meter.owner, c.applicationName, meter.pgLocal);
  const run = await load(c.base, target, c.clients, options.duration, options.connections, c.server);
  const after = await snapshotCpu(c.pid, meter.owner, c.applicationName, meter.pgLocal);
  await sleep(STATS_SETTLE_MS);
  const pagesAfter = await pageCounts(meter.owner, c.database);
  const cpu = cpuPerRequest(before, after, run.requests, meter.ticksPerSecond);
  return { ...run, apiCpuMsPerRequest: cpu.api, pgCpuMsPerRequest: cpu.pg, pagesPerRequest: pagesPerRequest(pagesBefore, pagesAfter, run.requests) };
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

/** A connection string whose sessions show up in pg_stat_activity under `name`. */
export function withApplicationName(connectionString: string, name: string): string {
  const url = new URL(connectionString);
  url.searchParams.set('application_name', name);
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

/** The dataset of `scale` in the database of `ownerUrl`: reused when its marker matches, else generated. */
async function ensureDataset(ownerUrl: string, scale: Scale, fresh: boolean): Promise<{ marker: string; seconds: number; reused: boolean }> {
  const marker = datasetMarker(scale);
  if (!fresh && (await readMarker(ownerUrl)) === marker) {
    console.log(`Reusing the dataset ${marker} (pass --fresh to regenerate).`);
    return { marker, seconds: 0, reused: true };
  }
  console.log(`Generating the dataset (${scale.tenants} tenants x ${scale.customersPerTenant} customers) ...`);
  const result = await generateDataset(ownerUrl, scale, (line) => {
    console.log(line);
  });
  console.log(`Generated in ${result.seconds.toFixed(0)} s`);
  return { marker, seconds: result.seconds, reused: false };
}

/**
 * The embedded server's shared_buffers: a quarter of the memory, as PostgreSQL's tuning advice has
 * it, at most 2 GB (the full dataset is 1.8 GB). At PostgreSQL's default of 128 MB the full-size
 * runs read about 14 of their 85 pages per request from outside shared buffers and the tenth's
 * none (measured 2026-12-05), so the figures measured that default as much as the servers.
 */
const EMBEDDED_SHARED_BUFFERS = `${Math.min(2048, Math.floor(os.totalmem() / 4 / 2 ** 20))}MB`;

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  console.log(`Provisioning the bench database (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL in .data/bench'}) ...`);
  const databaseName = process.env.BENCH_DATABASE ?? 'portico_bench';
  const database = await provisionDatabase({
    serverUrl: process.env.DATABASE_URL,
    embedded: { dataDir: path.join(root, '.data/bench'), port: 54340, settings: { shared_buffers: EMBEDDED_SHARED_BUFFERS } },
    database: { mode: 'kept', name: databaseName },
    // The app role is cluster-wide and the test suites set this password on it: another one
    // would lock out tests running in parallel on the same server.
    appPassword: 'portico-app-test',
  });
  const children: ChildProcess[] = [];
  const owners: pg.Client[] = [];
  const shutdown = async () => {
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    for (const owner of owners) await owner.end().catch(() => undefined);
    await database.release();
  };
  process.on('SIGINT', () => void shutdown().finally(() => process.exit(130)));
  try {
    const { ownerUrl } = database;
    const appUrl = appUrlOn(database.appUrl ?? '', process.env.BENCH_APP_HOST);
    const generation = await ensureDataset(ownerUrl, options.scale, options.fresh);
    const marker = generation.marker;
    await installPostgraphileSchema(ownerUrl);

    // The same dashboard at a tenth of the tenants, in a database of its own on the same server.
    // The load is the same at both sizes, the data is not: the tenth's customers hold sessions ten
    // times as often (1 in 5), so the same number of callers (2,000) take turns there. With
    // fewer callers the tenth's pages would stay in the CPU's and PostgreSQL's caches more, and
    // the figure would measure fewer active customers instead of more data; that run is kept as a
    // second line (200 callers, as in reports before 2026-12-05).
    const tenthScale: Scale = {
      tenants: Math.max(1, Math.round(options.scale.tenants / 10)),
      customersPerTenant: options.scale.customersPerTenant,
      sessionEvery: Math.max(1, Math.round((options.scale.sessionEvery ?? SESSION_EVERY) / 10)),
    };
    const wantTenth = options.tenth && options.load && options.only.includes('dashboard');
    let tenth: { database: string; ownerUrl: string; appUrl: string; generation: { marker: string; seconds: number; reused: boolean } } | null = null;
    if (wantTenth) {
      const tenthDb = await provisionDatabase({
        serverUrl: ownerUrl,
        embedded: { dataDir: '', port: 0 },
        database: { mode: 'kept', name: `${databaseName}_tenth` },
        appPassword: 'portico-app-test',
      });
      tenth = {
        database: `${databaseName}_tenth`,
        ownerUrl: tenthDb.ownerUrl,
        appUrl: appUrlOn(tenthDb.appUrl ?? '', process.env.BENCH_APP_HOST),
        generation: await ensureDataset(tenthDb.ownerUrl, tenthScale, options.fresh),
      };
    }

    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    owners.push(owner);
    const counts = await countRows(owner);
    const settings = (await owner.query<{ v: string; buffers: string }>("SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS buffers")).rows[0];
    const pgVersion = `${settings?.v ?? 'unknown'} (shared_buffers ${settings?.buffers ?? 'unknown'}${process.env.DATABASE_URL ? ", DATABASE_URL's server" : ', the embedded server, set by the bench'})`;
    const meter: Meter = { owner, pgLocal: await postgresIsLocal(owner), ticksPerSecond: clockTicksPerSecond() };
    if (!meter.pgLocal) console.warn("PostgreSQL's processes are not readable from here: its CPU per request is reported as n/a.");

    const secretText = randomBytes(32).toString('hex');
    const secret = new TextEncoder().encode(secretText);
    const clients = await signClients(ownerUrl, secret);
    if (clients.length === 0) throw new Error('no bench sessions in the dataset');
    console.log(`${clients.length} customers with tokens.`);

    const ports: Record<ServerName, number> = {
      portico: Number(process.env.BENCH_PORTICO_PORT ?? 4500),
      baseline: Number(process.env.BENCH_BASELINE_PORT ?? 4501),
      postgraphile: Number(process.env.BENCH_POSTGRAPHILE_PORT ?? 4502),
    };
    const tenthPort = Number(process.env.BENCH_PORTICO_TENTH_PORT ?? 4503);
    // Production wants the certificate that seals signed PDFs and the key that wraps stored files'
    // keys: throwaway ones (nothing is signed or stored here).
    const seal = generateSealCertificate(randomBytes(16).toString('hex'));
    const env = {
      ...process.env,
      DATABASE_URL: ownerUrl,
      JWT_SECRET: secretText,
      SIGNING_CERT_P12_BASE64: seal.p12.toString('base64'),
      SIGNING_CERT_PASSWORD: seal.password,
      STORAGE_MASTER_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // The bench measures answering requests. The worker would find real work in the generated
      // data (overdue reminders for hundreds of thousands of invoices) and its CPU would count as
      // Portico's per request and slow the other servers down while they are measured.
      WORKER: 'off',
    };
    // Each server's sessions carry their own application_name: their backends' CPU is told apart by it.
    const applicationName = (server: string) => `bench-${server}`;
    const serverEnv = (server: ServerName) => ({ ...env, APP_DATABASE_URL: withApplicationName(appUrl, applicationName(server)), PORT: String(ports[server]) });
    const running: Partial<Record<ServerName, ChildProcess>> = {};
    for (const server of SERVERS) {
      const child = spawnServer(server, SCRIPTS[server], serverEnv(server));
      running[server] = child;
      children.push(child);
    }
    const bases = Object.fromEntries(SERVERS.map((s) => [s, `http://127.0.0.1:${ports[s]}`])) as Record<ServerName, string>;
    let tenthContestant: Contestant | null = null;
    let fewerCallers: Contestant | null = null;
    if (tenth) {
      const tenthClients = await signClients(tenth.ownerUrl, secret);
      const child = spawnServer('portico (a tenth)', SCRIPTS.portico, {
        ...env,
        DATABASE_URL: tenth.ownerUrl,
        APP_DATABASE_URL: withApplicationName(tenth.appUrl, applicationName('portico-tenth')),
        PORT: String(tenthPort),
      });
      children.push(child);
      tenthContestant = {
        name: 'portico (a tenth)',
        server: 'portico',
        base: `http://127.0.0.1:${tenthPort}`,
        clients: tenthClients,
        pid: child.pid,
        applicationName: applicationName('portico-tenth'),
        database: tenth.database,
      };
      // One in ten of them: as many callers per tenant as at full size.
      fewerCallers = { ...tenthContestant, name: 'portico (a tenth, 1 in 10 callers)', clients: tenthClients.filter((_, i) => i % 10 === 0) };
    }
    await Promise.all([...SERVERS.map((s) => waitFor(`${bases[s]}/readyz`)), ...(tenthContestant ? [waitFor(`${tenthContestant.base}/readyz`)] : [])]);
    if (tenthContestant) {
      const probe = await fetchTarget(tenthContestant.base, 'dashboard', tenthContestant.clients[0] as Client);
      const failure = tenthContestant.clients.length ? failureOf(probe.status, probe.body) : 'no bench sessions';
      if (failure) {
        console.warn(`Portico cannot serve the dashboard on the tenth-size dataset: ${failure}; no scale figure.`);
        tenthContestant = null;
      }
    }

    const statementCounts = await countStatements(appUrl, ownerUrl, secret, options.only, clients[0] as Client);
    const targets: TargetResult[] = [];
    let scale: ScaleResult | null = null;
    for (const target of options.only) {
      // Before any load: every server answers the baseline's facts for a few customers.
      const sample = [0, 1, Math.floor(clients.length / 2), clients.length - 1].map((i) => clients[i] as Client);
      const checked = await checkFacts(bases, target, sample);
      for (const [server, failure] of Object.entries(checked.failures)) console.warn(`${server} cannot serve ${target}: ${failure}`);
      const result: TargetResult = {
        target,
        failures: checked.failures,
        notServed: SERVERS.filter((s) => !serves(s, target)),
        sameJson: checked.sameJson,
        sameFacts: checked.sameFacts,
        statements: statementCounts[target] ?? null,
        runs: {},
      };
      if (options.load) {
        const contestants: Contestant[] = SERVERS.filter((s) => serves(s, target) && !checked.failures[s]).map((s) => ({
          name: s,
          server: s,
          base: bases[s],
          clients,
          pid: running[s]?.pid,
          applicationName: applicationName(s),
          database: databaseName,
        }));
        if (target === 'dashboard' && tenthContestant) contestants.push(tenthContestant);
        if (target === 'dashboard' && tenthContestant && fewerCallers) contestants.push(fewerCallers);
        const rounds = new Map<string, Run[]>(contestants.map((c) => [c.name, []]));
        for (let round = 0; round < options.rounds; round++) {
          for (const c of rotation(contestants, round)) {
            process.stdout.write(`${target}, round ${round + 1}/${options.rounds}, ${c.name}: warm-up ${options.warmup} s, measuring ${options.duration} s ... `);
            const run = await measure(c, target, options, meter);
            rounds.get(c.name)?.push(run);
            const cpu = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
            console.log(
              `${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors + run.non2xx + run.graphqlErrors}, CPU ms/req API ${cpu(run.apiCpuMsPerRequest)} PostgreSQL ${cpu(run.pgCpuMsPerRequest)}, pages/req ${run.pagesPerRequest ? `${run.pagesPerRequest.hit.toFixed(0)} in shared buffers, ${run.pagesPerRequest.read.toFixed(1)} read in` : 'n/a'}`,
            );
          }
        }
        for (const c of contestants) {
          if (c === tenthContestant || c === fewerCallers) continue;
          result.runs[c.server] = medianRun(rounds.get(c.name) ?? []);
        }
        const full = result.runs.portico;
        if (target === 'dashboard' && tenth && tenthContestant && full) {
          const tenthRun = medianRun(rounds.get(tenthContestant.name) ?? []);
          const tenthOwner = new pg.Client({ connectionString: tenth.ownerUrl });
          await tenthOwner.connect();
          owners.push(tenthOwner);
          scale = {
            dataset: {
              database: tenth.database,
              marker: tenth.generation.marker,
              counts: await countRows(tenthOwner),
              generationSeconds: tenth.generation.seconds,
              reused: tenth.generation.reused,
            },
            full,
            tenth: tenthRun,
            tenthFewerCallers: fewerCallers ? medianRun(rounds.get(fewerCallers.name) ?? []) : null,
            callers: { full: clients.length, tenth: tenthContestant.clients.length, tenthFewer: fewerCallers?.clients.length ?? 0 },
            ratio: full.p50 / tenthRun.p50,
          };
          console.log(`p50 at full size / p50 at a tenth: ${scale.ratio.toFixed(2)} (${full.p50} ms / ${tenthRun.p50} ms)`);
        }
      }
      targets.push(result);
    }

    let live: LiveStep[] | null = null;
    if (options.live && options.load && running.portico) {
      // Subscribers up to every customer with a session, while the p99 stays within reach of the goal.
      const steps = [100, 500, 1000, 2000].filter((n) => n <= clients.length);
      live = await measureLive(bases.portico.replace(/^http/, 'ws'), ownerUrl, clients, {
        steps,
        eventsPerStep: 200,
        intervalMs: 25,
        log: (line) => {
          console.log(line);
        },
      });
    }

    const profiles: Results['profiles'] = {};
    if (options.profile) {
      // Each server again, alone, under the CPU profiler; their SIGTERM handlers exit cleanly,
      // which writes the profile. CPU ms per request compares the servers' own work.
      for (const server of SERVERS) {
        const child = running[server];
        if (child && child.exitCode === null) {
          child.kill('SIGTERM');
          await new Promise((r) => child.once('exit', r));
        }
        for (const t of targets) {
          const target = t.target as TargetName;
          if (!serves(server, target) || t.failures[server]) continue;
          const dir = mkdtempSync(path.join(os.tmpdir(), `${server}-prof-`));
          const profiled = spawnServer(`${server} (profiled)`, SCRIPTS[server], serverEnv(server), ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
          children.push(profiled);
          await waitFor(`${bases[server]}/readyz`);
          process.stdout.write(`profiling ${target} on ${server} ... `);
          const warm = await load(bases[server], target, clients, options.warmup, options.connections, server);
          const run = await load(bases[server], target, clients, options.duration, options.connections, server);
          // Let the requests autocannon abandoned drain before the server shuts down.
          await sleep(1000);
          profiled.kill('SIGTERM');
          await new Promise((r) => {
            if (profiled.exitCode === null) profiled.once('exit', r);
            else r(null);
          });
          const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
          if (!file) throw new Error(`the profiled ${server} wrote no .cpuprofile`);
          const summary = summariseProfile(path.join(dir, file));
          const cpuMsPerRequest = summary.totalMs / Math.max(1, warm.requests + run.requests);
          profiles[`${target} on ${server}`] = { ...summary, rpsWhileProfiled: run.rps, cpuMsPerRequest };
          console.log(`${run.rps.toFixed(0)} req/s, ${cpuMsPerRequest.toFixed(2)} ms CPU/request; ${path.join(dir, file)}`);
        }
      }
    }

    const results: Results = {
      profiles,
      date: new Date().toISOString(),
      machine: { ...machine(), postgres: pgVersion, clockTicks: meter.ticksPerSecond, postgresCpuReadable: meter.pgLocal },
      options: { duration: options.duration, warmup: options.warmup, connections: options.connections, rounds: options.rounds, only: options.only },
      dataset: { marker, counts, generationSeconds: generation.seconds, reused: generation.reused, sessions: clients.length },
      targets,
      scale,
      live,
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
