// The bench's results and their Markdown rendering (server/bench/REPORT.md). The findings
// section after the generated part is kept when the report is rewritten.
import { existsSync, readFileSync } from 'node:fs';
import { renderProfile, type ProfileSummary } from './profile.js';
import { LIVE_GOAL, type LiveStep } from './live.js';

export type ServerName = 'portico' | 'postgraphile' | 'baseline';
export const SERVER_LABELS: Record<ServerName, string> = { portico: 'Portico', postgraphile: 'PostGraphile v5', baseline: 'baseline (graphql-js + pg)' };

export interface Run {
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  /** CPU ms of the server's process per request, from /proc/<pid>/stat; null when unreadable. */
  apiCpuMsPerRequest: number | null;
  /** CPU ms of the PostgreSQL backends serving it per request; null when PostgreSQL is not readable here. */
  pgCpuMsPerRequest: number | null;
  /**
   * Pages PostgreSQL touched in the server's database per request (pg_stat_database): found in
   * shared buffers, and read in from outside them (the OS cache or the disk). Null when unknown.
   */
  pagesPerRequest?: { hit: number; read: number } | null;
}

/** Medians over the rounds (errors summed) and the rounds themselves. */
export type Measured = Run & { rounds: Run[] };

export interface TargetResult {
  target: string;
  /** Why a server could not serve this target (missing endpoint, errors, an answer without the facts). */
  failures: Partial<Record<ServerName, string>>;
  /** Servers that do not take part in this target (PostGraphile serves no REST route). */
  notServed: ServerName[];
  /** Whether Portico and the baseline answered the very same JSON for the sample customers. */
  sameJson: boolean | null;
  /** Per server: whether its facts equal the baseline's for every sample customer (null: not compared). */
  sameFacts: Partial<Record<ServerName, boolean | null>>;
  statements: { counts: Partial<Record<ServerName, number | null>>; sql: Partial<Record<ServerName, string[]>> } | null;
  runs: Partial<Record<ServerName, Measured>>;
}

export interface ScaleResult {
  /** The smaller dataset's marker and row counts. */
  dataset: { database: string; marker: string; counts: Record<string, number>; generationSeconds: number; reused: boolean };
  full: Measured;
  /** The tenth with as many callers as the full size (the load is the same, the data a tenth). */
  tenth: Measured;
  /** The tenth with a tenth of the callers (as many per tenant as at full size), for reference. */
  tenthFewerCallers?: Measured | null;
  callers?: { full: number; tenth: number; tenthFewer: number };
  /** p50 at full size / p50 at a tenth (target <= SCALE_TARGET). */
  ratio: number;
}

export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; postgres: string; clockTicks: number; postgresCpuReadable: boolean };
  options: { duration: number; warmup: number; connections: number; rounds: number; only: string[] };
  dataset: { marker: string; counts: Record<string, number>; generationSeconds: number; reused: boolean; sessions: number };
  targets: TargetResult[];
  /** The dashboard on Portico at one tenth of the data, interleaved with the full-size runs; null with --no-scale. */
  scale: ScaleResult | null;
  /** The live-updates scenario: subscribers and latency from write to receipt; null when not run. */
  live: LiveStep[] | null;
  /** With --profile: where each API process spent its CPU per target. */
  profiles: Record<string, ProfileSummary & { rpsWhileProfiled: number; cpuMsPerRequest: number }>;
  totalSeconds: number;
}

/** Targets from the issue: dashboard at 32 connections, >= 750 req/s with p99 < 70 ms. */
export const DASHBOARD_TARGET = { rps: 750, p99: 70 };
/** Issue 16: the dashboard's p50 may grow at most this much from a tenth of the data to all of it. */
export const SCALE_TARGET = 1.1;

const FINDINGS = '<!-- findings: text below this line is kept when the bench rewrites the report -->';

const n = (v: number) => v.toLocaleString('en-US');
const ms = (v: number) => `${v} ms`;

const cpuMs = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(2));
const cell = (v: string) => v.replaceAll('|', '\\|');

function runRow(server: ServerName, t: TargetResult): string {
  const run = t.runs[server];
  const statements = t.statements?.counts[server];
  const failure = t.failures[server];
  const note = t.notServed.includes(server)
    ? 'not part of this comparison'
    : failure
      ? `not served: ${cell(failure).slice(0, 160)}`
      : t.sameFacts[server] === false
        ? 'facts differ from the baseline'
        : '';
  const label = SERVER_LABELS[server];
  if (!run) return `| ${label} | – | – | – | – | – | – | – | ${statements ?? '–'} | ${note} |`;
  const errors = run.errors + run.non2xx + run.graphqlErrors;
  return `| ${label} | ${n(Math.round(run.rps))} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${errors} | ${cpuMs(run.apiCpuMsPerRequest)} | ${cpuMs(run.pgCpuMsPerRequest)} | ${statements ?? '–'} | ${note} |`;
}

/** `Portico / <other>: X.XX`, the ratio of the median throughputs, or null when either is missing. */
export function throughputRatio(t: TargetResult, other: ServerName): string | null {
  const portico = t.runs.portico;
  const them = t.runs[other];
  if (!portico || !them || them.rps <= 0) return null;
  return (portico.rps / them.rps).toFixed(2);
}

export function renderScale(scale: ScaleResult): string[] {
  const verdict = scale.ratio <= SCALE_TARGET ? 'met' : 'NOT met';
  const pages = (run: Measured) => (run.pagesPerRequest ? `${run.pagesPerRequest.hit.toFixed(0)} / ${run.pagesPerRequest.read.toFixed(1)}` : '–');
  const rows = (name: string, run: Measured) =>
    `| ${name} | ${n(Math.round(run.rps))} | ${ms(run.p50)} | ${ms(run.p95)} | ${ms(run.p99)} | ${run.errors + run.non2xx + run.graphqlErrors} | ${cpuMs(run.apiCpuMsPerRequest)} | ${cpuMs(run.pgCpuMsPerRequest)} | ${pages(run)} |`;
  return [
    '## Scale: the dashboard at a tenth of the data',
    '',
    `Portico's dashboard on a second dataset with one tenth of the tenants (\`${scale.dataset.marker}\`, ${n(scale.dataset.counts.customers ?? 0)} customers, ${n(scale.dataset.counts.jobs ?? 0)} jobs, ${n(scale.dataset.counts.invoices ?? 0)} invoices; database \`${scale.dataset.database}\`), measured in the same rounds as the full-size runs above, in rotating order. The load is the same at both sizes: as many callers take turns (the tenth's customers hold sessions ten times as often), so the figure compares data, not the number of active customers. The reference line loads the tenth with a tenth of the callers (as many per tenant as at full size; the scale figure of reports before 2026-12-05), whose pages stay in PostgreSQL's and the CPU's caches more. Pages per request: from \`pg_stat_database\`, found in shared buffers / read in from outside them.`,
    '',
    '| dataset | req/s | p50 | p95 | p99 | errors | API CPU ms/req | PostgreSQL CPU ms/req | pages/req: in shared buffers / read in |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    rows(`full size${scale.callers ? `, ${n(scale.callers.full)} callers` : ''}`, scale.full),
    rows(`a tenth${scale.callers ? `, ${n(scale.callers.tenth)} callers` : ''}`, scale.tenth),
    ...(scale.tenthFewerCallers && scale.callers ? [rows(`a tenth, ${n(scale.callers.tenthFewer)} callers (reference)`, scale.tenthFewerCallers)] : []),
    '',
    `p50 at full size / p50 at a tenth: ${scale.ratio.toFixed(2)} (${ms(scale.full.p50)} / ${ms(scale.tenth.p50)}; target ≤ ${SCALE_TARGET.toFixed(2)}: **${verdict}**).`,
    '',
  ];
}

const SERVER_ORDER: ServerName[] = ['portico', 'postgraphile', 'baseline'];

export function renderLive(steps: LiveStep[]): string[] {
  const atGoal = steps.find((s) => s.subscribers >= LIVE_GOAL.subscribers);
  const within = steps.filter((s) => s.p99 < LIVE_GOAL.p99 && s.received === s.events);
  const largest = within.at(-1);
  const verdict = atGoal ? (atGoal.p99 < LIVE_GOAL.p99 && atGoal.received === atGoal.events ? 'met' : 'NOT met') : 'not measured (too few customers with sessions)';
  return [
    '## Live updates (GraphQL subscriptions over WebSockets)',
    '',
    "Customers with sessions subscribe to Portico's `liveEvents` over graphql-ws (real WebSockets from this process), then one write at a time changes a subscribed customer's invoice from another connection (every 25 ms). Latency: from the commit's acknowledgement to that customer's receipt of the event, after the API re-read the invoice in the customer's own scope (and, in the last columns, from just before the write, its UPDATE and commit included). Each step adds subscribers to the ones already connected; the other subscribers of the same business receive nothing (the event is not theirs).",
    '',
    '| subscribers | events received | p50 | p99 | max | connect + subscribe | from the write: p50 / p99 |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...steps.map(
      (s) =>
        `| ${n(s.subscribers)} | ${s.received} / ${s.events} | ${s.p50} ms | ${s.p99} ms | ${s.max} ms | ${s.connectSeconds.toFixed(1)} s | ${s.writeP50} / ${s.writeP99} ms |`,
    ),
    '',
    `Goal (issue 17): p99 under ${LIVE_GOAL.p99} ms at ${n(LIVE_GOAL.subscribers)} subscribers: **${verdict}**. Largest step within it: ${largest ? n(largest.subscribers) : 'none'}.`,
    '',
  ];
}

export function renderReport(results: Results, previous = readPreviousFindings()): string {
  const { machine, dataset, options } = results;
  const lines = [
    '# Portico performance bench',
    '',
    `Generated by \`npm run bench\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC. Compare later runs with this file and \`results.json\`.`,
    '',
    'Run it with `npm run bench` (DATABASE_URL picks the PostgreSQL server, else an embedded one; the dataset is kept in the database `portico_bench`, the tenth-size one in `portico_bench_tenth`, each rebuilt when missing or outdated). Flags: `--fresh` (regenerate), `--rounds 3` (interleaved rounds; medians are reported), `--no-scale` (skip the tenth-size dashboard), `--profile` (CPU profiles of the servers), `--only dashboard,invoices,reviews,ping`, `--duration 15`, `--warmup 3`, `--connections 32`, `--tenants 200`, `--customers 500`, `--no-load`. `BENCH_APP_HOST=/var/run/postgresql` connects the servers over the Unix socket.',
    '',
    '## Machine',
    '',
    `- ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.platform}`,
    `- Node ${machine.node}, PostgreSQL ${machine.postgres}`,
    '- The load generator (autocannon), the servers and PostgreSQL share these cores; other sessions may have been running tests at the same time, so absolute numbers are noisy.',
    '',
    '## Dataset',
    '',
    `\`${dataset.marker}\`; ${dataset.reused ? 'reused from an earlier run' : `generated in ${dataset.generationSeconds.toFixed(0)} s (INSERT ... SELECT FROM generate_series, then ANALYZE)`}; ${n(dataset.sessions)} customers with sessions take turns as the load's callers.`,
    '',
    '| table | rows |',
    '|---|---:|',
    ...Object.entries(dataset.counts).map(([table, count]) => `| ${table} | ${n(count)} |`),
    '',
    `## Results (${options.connections} connections, ${options.rounds} round${options.rounds === 1 ? '' : 's'} of ${options.warmup} s warm-up + ${options.duration} s measured per server)`,
    '',
    `Each round loads every server in turn, the order rotating from round to round; the tables show the medians over the rounds (errors add up). Errors count transport errors, non-2xx answers and 200 answers carrying a GraphQL \`errors\` array. CPU per request: the server process's utime + stime from \`/proc/<pid>/stat\` over the measured run (clock ticks of ${machine.clockTicks} per second), and the same for the PostgreSQL backends serving it (found by their \`application_name\` in \`pg_stat_activity\`)${machine.postgresCpuReadable ? '' : "; PostgreSQL's processes could not be read from here (n/a)"}. Statements: SQL statements one request sends, BEGIN/COMMIT and the RLS settings included, counted in-process (PostGraphile: every query on its pool's connections, its session check included).`,
    '',
    "PostGraphile v5 runs its generated schema over Portico's tables as the application role, with the request's settings from the token as `pgSettings` and row-level security doing the isolation; the computed columns and conditions it needs are in the `bench_pgl` schema (`bench/src/postgraphile-schema.ts`). Its answers are compared with the baseline's as facts (the same numbers, rows and order; not the same JSON shape).",
    '',
  ];
  for (const t of results.targets) {
    lines.push(
      `### ${t.target}`,
      '',
      '| server | req/s | p50 | p95 | p99 | errors | API CPU ms/req | PostgreSQL CPU ms/req | statements | note |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
      ...SERVER_ORDER.map((s) => runRow(s, t)),
      '',
    );
    const ratios: string[] = [];
    for (const other of ['postgraphile', 'baseline'] as const) {
      const ratio = throughputRatio(t, other);
      if (ratio !== null) ratios.push(`- Portico / ${other === 'postgraphile' ? 'PostGraphile' : 'baseline'}: ${ratio}`);
    }
    if (ratios.length) lines.push(`Throughput ratios (medians of ${options.rounds} round${options.rounds === 1 ? '' : 's'}):`, '', ...ratios, '');
    if (t.statements) {
      lines.push('<details><summary>SQL statements of one request</summary>', '');
      for (const server of SERVER_ORDER) {
        const sql = t.statements.sql[server];
        if (sql?.length) lines.push(`${server}:`, '', ...sql.map((q, i) => `${i + 1}. \`${q.replaceAll('`', "'")}\``), '');
      }
      lines.push('</details>', '');
    }
    if (t.sameJson === false) lines.push('Warning: Portico and the baseline did not answer the same JSON for the sample customers.', '');
    if (t.sameJson === true) lines.push('Portico and the baseline answered identical JSON for the sample customers.', '');
    const differ = SERVER_ORDER.filter((s) => t.sameFacts[s] === false);
    const agree = SERVER_ORDER.filter((s) => s !== 'baseline' && t.sameFacts[s] === true);
    if (differ.length) lines.push(`Warning: ${differ.map((s) => SERVER_LABELS[s]).join(' and ')} did not answer the baseline's facts for the sample customers.`, '');
    if (agree.length) lines.push(`${agree.map((s) => SERVER_LABELS[s]).join(' and ')} answered the baseline's facts for the sample customers.`, '');
    if (t.target === 'dashboard') {
      const portico = t.runs.portico;
      const verdict = portico ? (portico.rps >= DASHBOARD_TARGET.rps && portico.p99 < DASHBOARD_TARGET.p99 ? 'met' : 'NOT met') : 'not measurable yet';
      lines.push(`Target (issue 3): at least ${DASHBOARD_TARGET.rps} req/s with p99 under ${DASHBOARD_TARGET.p99} ms: **${verdict}**.`, '');
    }
  }
  if (results.scale) lines.push(...renderScale(results.scale));
  if (results.live?.length) lines.push(...renderLive(results.live));
  const profiled = Object.entries(results.profiles);
  if (profiled.length) {
    lines.push(
      '## Profiles (node --cpu-prof on the server process, self time by package)',
      '',
      'Node internals and native calls are charged to the package that called them ("pg (via node)" is pg writing to its socket). The process start (module loading) is included; CPU per request divides the whole profile by the requests served.',
      '',
      '| profile | req/s while profiled | CPU ms / request |',
      '|---|---:|---:|',
      ...profiled.map(([name, p]) => `| ${name} | ${Math.round(p.rpsWhileProfiled)} | ${p.cpuMsPerRequest.toFixed(2)} |`),
      '',
    );
    for (const [name, summary] of profiled) lines.push(renderProfile(name, summary));
  }
  lines.push(FINDINGS, previous);
  return `${lines.join('\n').trimEnd()}\n`;
}

function readPreviousFindings(): string {
  const file = new URL('../REPORT.md', import.meta.url);
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(FINDINGS);
  return at < 0 ? '' : text.slice(at + FINDINGS.length).replace(/^\n/, '');
}
