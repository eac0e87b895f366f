// Measuring helpers: interleaved rounds and their medians, and CPU time from /proc (the API
// process and the PostgreSQL backends serving it, found by application_name).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { Run } from './report.js';

/** utime and stime (clock ticks) of /proc/<pid>/stat; the command name may hold spaces and parentheses. */
export function parseProcStat(text: string): { comm: string; utime: number; stime: number } {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error('not a /proc/<pid>/stat line');
  // After "pid (comm) " come field 3 (state) onwards: utime is field 14, stime field 15.
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error('no utime/stime in /proc/<pid>/stat');
  return { comm: text.slice(open + 1, close), utime, stime };
}

/** CPU ticks (user + system) a process has used, or null when it is gone or unreadable. */
export function cpuTicks(pid: number): number | null {
  try {
    const { utime, stime } = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return utime + stime;
  } catch {
    return null;
  }
}

let ticksPerSecond: number | undefined;
/** getconf CLK_TCK, normally 100. */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The order of round `round`: the list rotated by one place per round, so each goes first in turn. */
export function rotation<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** Medians over rounds of throughput, latencies and CPU; errors add up. */
export function medianRun(rounds: Run[]): Run & { rounds: Run[] } {
  const m = (pick: (r: Run) => number) => median(rounds.map(pick));
  const cpu = (pick: (r: Run) => number | null) => {
    const known = rounds.map(pick).filter((v): v is number => v !== null);
    return known.length === rounds.length && known.length > 0 ? median(known) : null;
  };
  const sum = (pick: (r: Run) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return {
    rps: m((r) => r.rps),
    requests: sum((r) => r.requests),
    p50: m((r) => r.p50),
    p95: m((r) => r.p95),
    p99: m((r) => r.p99),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
    graphqlErrors: sum((r) => r.graphqlErrors),
    apiCpuMsPerRequest: cpu((r) => r.apiCpuMsPerRequest),
    pgCpuMsPerRequest: cpu((r) => r.pgCpuMsPerRequest),
    pagesPerRequest: rounds.every((r) => r.pagesPerRequest) ? { hit: m((r) => r.pagesPerRequest?.hit ?? 0), read: m((r) => r.pagesPerRequest?.read ?? 0) } : null,
    rounds,
  };
}

/** CPU ticks of a server's process and of the PostgreSQL backends serving it, at one moment. */
export interface CpuSnapshot {
  api: number | null;
  /** Ticks per backend pid; null when PostgreSQL's processes cannot be read from here. */
  backends: Map<number, number> | null;
}

/**
 * Reads the backends of `applicationName` through the owner's connection (pg_stat_activity shows
 * every session's pid and application_name). `pgLocal` says whether those pids are this
 * machine's processes (see postgresIsLocal).
 */
export async function snapshotCpu(apiPid: number | undefined, owner: pg.Client, applicationName: string, pgLocal: boolean): Promise<CpuSnapshot> {
  const api = apiPid === undefined ? null : cpuTicks(apiPid);
  if (!pgLocal) return { api, backends: null };
  const { rows } = await owner.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
  const backends = new Map<number, number>();
  for (const { pid } of rows) {
    const ticks = cpuTicks(pid);
    if (ticks !== null) backends.set(pid, ticks);
  }
  return { api, backends };
}

/**
 * CPU milliseconds per request between two snapshots. A backend that appeared in between counts
 * from zero (the pools are full after the warm-up, so this is rare); one that ended is lost.
 */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number, ticksPerSec: number): { api: number | null; pg: number | null } {
  const ms = (ticks: number) => (ticks * 1000) / ticksPerSec / Math.max(1, requests);
  const api = before.api !== null && after.api !== null ? ms(after.api - before.api) : null;
  let pgMs: number | null = null;
  if (before.backends && after.backends) {
    let ticks = 0;
    for (const [pid, now] of after.backends) ticks += now - (before.backends.get(pid) ?? 0);
    pgMs = ms(ticks);
  }
  return { api, pg: pgMs };
}

/** Pages found in shared buffers and read in from outside them, so far, for one database (pg_stat_database). */
export interface PageCounts {
  hit: number;
  read: number;
}

/**
 * A database's page counters. Backends report them at most once a second and when they fall idle,
 * so the caller lets the load settle before reading.
 */
export async function pageCounts(owner: pg.Client, database: string): Promise<PageCounts | null> {
  const { rows } = await owner.query<{ hit: string; read: string }>('SELECT blks_hit AS hit, blks_read AS read FROM pg_stat_database WHERE datname = $1', [database]);
  const row = rows[0];
  return row ? { hit: Number(row.hit), read: Number(row.read) } : null;
}

/** Pages per request between two readings. */
export function pagesPerRequest(before: PageCounts | null, after: PageCounts | null, requests: number): { hit: number; read: number } | null {
  if (!before || !after || requests <= 0) return null;
  return { hit: (after.hit - before.hit) / requests, read: (after.read - before.read) / requests };
}

/** Whether PostgreSQL's backend processes are readable on this machine: our own backend's /proc entry names postgres. */
export async function postgresIsLocal(owner: pg.Client): Promise<boolean> {
  const { rows } = await owner.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const pid = rows[0]?.pid;
  if (pid === undefined) return false;
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).comm.startsWith('postgres');
  } catch {
    return false;
  }
}
