// The PostgreSQL-backed job queue (graphile-worker): its schema lives in `graphile_worker`,
// installed by the database owner; the worker runs inside the API process with a small
// concurrency and stops gracefully with it.
import { Logger, parseCronItems, run, runMigrations, runOnce, type LogLevel, type Runner } from 'graphile-worker';
import type { Logger as Pino } from 'pino';
import type pg from 'pg';
import type { WorkerDeps } from './context.js';
import { schedule, taskList, type TaskOptions } from './tasks.js';

/** graphile-worker's log lines through the app's logger. */
function queueLogger(log: Pino): Logger {
  return new Logger((scope) => (level: LogLevel, message: string, meta?: unknown) => {
    const fields = { queue: scope, ...(meta as object | undefined) };
    // LogLevel is a const enum of these strings (declared only, so compared by value).
    const severity: string = level;
    if (severity === 'error') log.error(fields, message);
    else if (severity === 'warning') log.warn(fields, message);
    else if (severity === 'info') log.info(fields, message);
    else log.debug(fields, message);
  });
}

/** Creates or upgrades the queue's schema; run as the owner (migrations, npm start, tests). */
export async function installQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: new Logger(() => () => undefined) });
}

export interface WorkerOptions extends TaskOptions {
  /** The owner's URL: the queue's tables are not tenant data and are not under RLS. */
  ownerUrl: string;
  concurrency?: number;
}

export interface BackgroundWorker {
  stop(): Promise<void>;
}

export async function startWorker(deps: WorkerDeps, options: WorkerOptions): Promise<BackgroundWorker> {
  const runner: Runner = await run({
    connectionString: options.ownerUrl,
    concurrency: options.concurrency ?? 2,
    maxPoolSize: (options.concurrency ?? 2) + 2,
    // The API's own SIGTERM handler stops the worker after the HTTP server.
    noHandleSignals: true,
    logger: queueLogger(deps.log),
    taskList: taskList(deps, options),
    parsedCronItems: parseCronItems(schedule),
  });
  let stopping: Promise<void> | undefined;
  return {
    // Waits for the jobs under way; their locks are released for another worker otherwise. A
    // second call (a second signal) waits for the same stop: graphile-worker refuses to stop twice.
    stop: () => (stopping ??= runner.stop()),
  };
}

/**
 * Runs every job that is due now and then returns (tests). `onlyTenants` skips jobs flagged for
 * other tenants, so that test files draining the shared queue at once never run each other's.
 */
export async function drainQueue(deps: WorkerDeps, pgPool: pg.Pool, onlyTenants: string[], options: TaskOptions = {}): Promise<void> {
  const allowed = new Set(onlyTenants.map((id) => `tenant:${id}`));
  await runOnce({
    pgPool,
    noHandleSignals: true,
    logger: queueLogger(deps.log),
    taskList: taskList(deps, options),
    forbiddenFlags: async () => {
      const { rows } = await pgPool.query<{ flag: string }>(`SELECT DISTINCT jsonb_object_keys(flags) AS flag FROM graphile_worker._private_jobs WHERE flags IS NOT NULL`);
      return rows.map((r) => r.flag).filter((flag) => !allowed.has(flag));
    },
  });
  await settled(pgPool, [...allowed]);
}

/**
 * Waits until no job of these tenants is still locked. graphile-worker 0.17 does not await a
 * job's completion (worker.js calls completeJob without waiting) before runOnce resolves, so a
 * job that just ran can still be in the table for a moment: a test reading the queue right after
 * draining saw it (worker.test.ts, once in a while on a busy machine). Bounded at 10 s.
 */
async function settled(pgPool: pg.Pool, flags: string[]): Promise<void> {
  if (flags.length === 0) return;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await pgPool.query<{ locked: number }>(
      `SELECT count(*)::int AS locked FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL AND flags ?| $1::text[]`,
      [flags],
    );
    if ((rows[0]?.locked ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
