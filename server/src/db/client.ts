// The database clients. `createDb` gives the Prisma client of the pool (lookups before any scope,
// work that must commit on its own) and, beside it, the side a request's transaction runs on:
//
//  - a transaction is a pg connection of the pool on which this module sends BEGIN and COMMIT
//    itself (`inHeldTransaction`), and whose statements a page read sends straight through pg
//    (`heldQuery`): a hot page's request then costs no Prisma work at all;
//  - services still use Prisma on it: `ctx.tx` is a second Prisma client whose adapter's "pool"
//    hands every statement to the connection of the transaction the caller runs in (found through
//    AsyncLocalStorage), so Prisma joins the transaction only when a resolver needs it. Its own
//    implicit transactions (nested writes) run inside the held one, as they did inside Prisma's
//    interactive transactions, so their BEGIN/COMMIT are not sent.
// Prisma's interactive transaction cost more CPU per request than the page's SQL (issue 16's bench).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';

export type Db = PrismaClient;
/** What a service receives: the request's transaction, already scoped by row-level security. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface DbOptions {
  max?: number;
  /** Called for every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
  /**
   * A transaction left waiting this long between statements is ended by PostgreSQL, which frees its
   * connection (a request that hangs would otherwise hold it until the process ends).
   */
  idleInTransactionMs?: number;
}

/** Longer than any request waits on an outside service inside its transaction (Stripe's client gives up after 80 s). */
const IDLE_IN_TRANSACTION_MS = 120_000;

interface HeldSide {
  pool: pg.Pool;
  tx: PrismaClient;
  onQuery?: (sql: string) => void;
}

const sides = new WeakMap<Db, HeldSide>();
/**
 * The transaction the caller runs in: its connection while it is open, and the statements sent on
 * it one after the other (a query's fields ask side by side; pg wants one statement at a time).
 */
class Held {
  private tail: Promise<unknown> = Promise.resolve();
  constructor(public connection: pg.PoolClient | null) {}

  query<R extends pg.QueryResultRow>(config: QueryConfig | string): Promise<pg.QueryResult<R>> {
    const run = this.tail.then(() => {
      // Checked when the statement's turn comes: after the transaction ended, the connection may
      // already serve another request.
      if (!this.connection) throw new Error('ctx.tx was used after its transaction ended.');
      return this.connection.query<R>(config as pg.QueryConfig);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
const current = new AsyncLocalStorage<Held>();

type QueryConfig = { text: string; name?: string; values?: unknown[] } & Record<string, unknown>;
const NOTHING = { rows: [], fields: [], rowCount: 0, command: '' };
const OWN_TRANSACTION = /^(BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)\b/;

/** The pool of `ctx.tx`: it opens no connection of its own, it borrows the held one. */
class HeldConnections extends pg.Pool {
  override query(config: unknown): never {
    return heldTransaction().query(config as QueryConfig) as never;
  }

  override connect(): never {
    const transaction = heldTransaction();
    // Prisma's implicit transactions (a nested write) run inside the held transaction.
    const inside = {
      query: (config: QueryConfig | string) => (OWN_TRANSACTION.test(typeof config === 'string' ? config : config.text) ? Promise.resolve(NOTHING) : transaction.query(config)),
      on: () => inside,
      removeListener: () => inside,
      release: () => undefined,
    };
    return Promise.resolve(inside) as never;
  }
}

function heldTransaction(): Held {
  const transaction = current.getStore();
  if (!transaction) throw new Error('ctx.tx was used outside its transaction.');
  if (!transaction.connection) throw new Error('ctx.tx was used after its transaction ended.');
  return transaction;
}

function withLog(client: PrismaClient, onQuery: ((sql: string) => void) | undefined): PrismaClient {
  if (!onQuery) return client;
  (client as PrismaClient<'query'>).$on('query', (event) => {
    onQuery(event.query);
  });
  return client;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    idle_in_transaction_session_timeout: options.idleInTransactionMs ?? IDLE_IN_TRANSACTION_MS,
  });
  // An idle connection that fails (the server restarted) is dropped by the pool; without a listener
  // the 'error' event would end the process.
  pool.on('error', ignoreConnectionError);
  const log = options.onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {};
  const db = withLog(new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: statementName }), ...log }), options.onQuery);
  const tx = withLog(new PrismaClient({ adapter: new PrismaPg(new HeldConnections({ max: 1 }), { statementNameGenerator: statementName }), ...log }), options.onQuery);
  sides.set(db, { pool, tx, onQuery: options.onQuery });
  return db;
}

function sideOf(db: Db): HeldSide {
  const side = sides.get(db);
  if (!side) throw new Error('A database client not made by createDb.');
  return side;
}

/** Closes both Prisma clients and the pool. */
export async function closeDb(db: Db): Promise<void> {
  const side = sideOf(db);
  await Promise.all([db.$disconnect(), side.tx.$disconnect()]);
  await side.pool.end().catch(() => undefined);
}

/**
 * Runs `work` in a transaction of its own on a connection of the pool: `work` gets the Prisma
 * client that runs on it, and page reads (`heldQuery`) in its async calls go to it too.
 */
export function inHeldTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return held(db, null, (tx) => work(tx));
}

/**
 * `inHeldTransaction` whose first statement travels with its BEGIN, in one round trip (the simple
 * protocol: `opening`'s values are sent as quoted literals): a signed-in request's opening, which
 * every request pays. `work` gets its rows.
 */
export function inHeldTransactionOpenedBy<T>(db: Db, opening: Prisma.Sql, work: (tx: Tx, rows: unknown[]) => Promise<T>): Promise<T> {
  return held(db, opening, work);
}

async function held<T>(db: Db, opening: Prisma.Sql | null, work: (tx: Tx, rows: unknown[]) => Promise<T>): Promise<T> {
  const side = sideOf(db);
  const connection = await side.pool.connect();
  // A connection lost mid-request fails the statement under way, which the request reports; the
  // 'error' event it also emits must not end the process.
  connection.on('error', ignoreConnectionError);
  const transaction = new Held(connection);
  let broken = false;
  try {
    // BEGIN is not logged, as Prisma never logged it: the statement counts of tests and the bench keep their meaning.
    let rows: unknown[] = [];
    if (opening) {
      const text = withLiterals(opening);
      side.onQuery?.(text);
      const results = (await transaction.query(`BEGIN; ${text}`)) as unknown as pg.QueryResult[];
      rows = results[1]?.rows ?? [];
    } else {
      await transaction.query('BEGIN');
    }
    // Awaited inside run(): a Prisma query is lazy and starts when awaited, which must happen in the transaction's context.
    const result = await current.run(transaction, async () => await work(side.tx, rows));
    await send(side, transaction, 'COMMIT');
    return result;
  } catch (error) {
    await send(side, transaction, 'ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    transaction.connection = null;
    connection.off('error', ignoreConnectionError);
    connection.release(broken);
  }
}

/** A statement with its values written in as SQL literals (strings quoted by pg's own escaping). */
function withLiterals(sql: Prisma.Sql): string {
  return sql.strings.reduce((text, part, i) => (i === 0 ? part : `${text}${literal(sql.values[i - 1])}${part}`), '');
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  throw new Error(`No literal for a value of type ${typeof value}.`);
}

function ignoreConnectionError(): void {
  // Reported by the statement that failed; the pool replaces the connection.
}

function send(side: HeldSide, transaction: Held, sql: string): Promise<unknown> {
  side.onQuery?.(sql);
  return transaction.query(sql);
}

/**
 * One statement on the caller's held transaction, straight through pg (no Prisma): what a request
 * sends on every call (opening its scope, a page read). Rows come as pg parses them: json as
 * objects, timestamptz as Date, int4 as number.
 */
export async function heldQuery<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const side = sideOf(db);
  const text = sql.text;
  side.onQuery?.(text);
  const result = await heldTransaction().query<T & pg.QueryResultRow>({ name: statementName({ sql: text, args: sql.values }) || undefined, text, values: sql.values });
  return result.rows;
}

const names = new Map<string, string>();

/**
 * Names statements so that each connection parses and plans them once and reuses the plan:
 * with row-level security every query carries its policies, and planning them cost more than
 * running them. Statements with long parameter lists (DataLoader batches of varying size) stay
 * unnamed, so the per-connection cache stays small.
 */
function statementName(query: { sql: string; args: unknown[] }): string {
  if (query.args.length > 16) return ''; // pg treats an empty name as the unnamed statement
  let name = names.get(query.sql);
  if (!name) {
    name = `p_${createHash('sha1').update(query.sql).digest('base64url')}`;
    if (names.size < 5000) names.set(query.sql, name);
  }
  return name;
}
