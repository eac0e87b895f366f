// The request's transaction (db/client.ts): pg sends BEGIN/COMMIT and page reads, Prisma joins the
// same transaction through AsyncLocalStorage, and nothing reaches a connection once it was given back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Prisma } from '../generated/prisma/client.js';
import { closeDb, createDb, heldQuery, inHeldTransaction, inHeldTransactionOpenedBy, type Db, type Tx } from './client.js';

let db: Db;
const statements: string[] = [];

beforeAll(() => {
  db = createDb(inject('appUrl'), { max: 2, onQuery: (sql) => statements.push(sql) });
});

afterAll(async () => {
  await closeDb(db);
});

const bucket = (key: string) => db.rateLimitBucket.findUnique({ where: { key } });

describe("a request's transaction, shared by pg and Prisma", () => {
  it('Prisma and the page reads run in one transaction: the same transaction id and local settings', async () => {
    const [prisma, pg] = await inHeldTransaction(db, async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.probe', 'seen', true)`;
      const viaPrisma = await tx.$queryRaw<{ id: string; probe: string }[]>`SELECT txid_current()::text AS id, current_setting('app.probe') AS probe`;
      const viaPg = await heldQuery<{ id: string; probe: string }>(db, Prisma.sql`SELECT txid_current()::text AS id, current_setting('app.probe') AS probe`);
      return [viaPrisma[0], viaPg[0]];
    });
    expect(prisma).toEqual({ id: pg?.id, probe: 'seen' });
    expect(pg?.probe).toBe('seen');
  });

  it('commits what Prisma wrote, nested writes included; a failure rolls all of it back', async () => {
    const kept = `client-test-${randomUUID()}`;
    const lost = `client-test-${randomUUID()}`;
    await inHeldTransaction(db, (tx) => tx.rateLimitBucket.upsert({ where: { key: kept }, create: { key: kept, windowStart: new Date(0), count: 1 }, update: {} }));
    await expect(
      inHeldTransaction(db, async (tx) => {
        await tx.rateLimitBucket.upsert({ where: { key: lost }, create: { key: lost, windowStart: new Date(0), count: 1 }, update: {} });
        await tx.rateLimitBucket.createMany({ data: [{ key: `${lost}-2`, windowStart: new Date(0), count: 2 }] });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await bucket(kept)).toMatchObject({ count: 1 });
    expect(await bucket(lost)).toBeNull();
    expect(await bucket(`${lost}-2`)).toBeNull();
    await db.rateLimitBucket.delete({ where: { key: kept } });
  });

  it('fields asking side by side get their answers one statement at a time, in one transaction', async () => {
    const ids = await inHeldTransaction(db, (tx) =>
      Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          i % 2 === 0
            ? tx.$queryRaw<{ id: string }[]>`SELECT txid_current()::text AS id`.then((rows) => rows[0]?.id)
            : heldQuery<{ id: string }>(db, Prisma.sql`SELECT txid_current()::text AS id`).then((rows) => rows[0]?.id),
        ),
      ),
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('refuses ctx.tx outside a transaction and after its transaction ended (its connection may serve another request by then)', async () => {
    let kept: Tx | null = null;
    let later: Promise<unknown> | null = null;
    await inHeldTransaction(db, (tx) => {
      kept = tx;
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => tx.$queryRaw`SELECT 1`);
      return Promise.resolve();
    });
    await expect(later).rejects.toThrow(/after its transaction ended/);
    await expect((kept as unknown as Tx).$queryRaw`SELECT 1`).rejects.toThrow(/outside its transaction/);
    await expect(heldQuery(db, Prisma.sql`SELECT 1`)).rejects.toThrow(/outside its transaction/);
  });

  it('sends the opening statement with its BEGIN, its values as literals (quotes, nulls and instants kept)', async () => {
    statements.length = 0;
    const at = new Date('2026-12-04T10:20:30.456Z');
    const rows = await inHeldTransactionOpenedBy(
      db,
      Prisma.sql`SELECT ${"O'Brien \\ co"}::text AS name, ${null}::uuid AS none, ${at}::timestamptz AS at, ${42} AS n`,
      (_tx, opened) => Promise.resolve(opened),
    );
    expect(rows).toEqual([{ name: "O'Brien \\ co", none: null, at, n: 42 }]);
    expect(statements).toHaveLength(2); // the opening (BEGIN is not logged) and COMMIT
    expect(statements[1]).toBe('COMMIT');
  });

  it('a connection lost mid-request fails that request only: the process lives on and the next transaction gets a new connection', async () => {
    await expect(
      inHeldTransaction(db, async (tx) => {
        const [own] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await db.$queryRaw`SELECT pg_terminate_backend(${own?.pid}::int)`;
        await tx.$queryRaw`SELECT 1`;
      }),
    ).rejects.toThrow();
    const rows = await inHeldTransaction(db, (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`);
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('a transaction left idle past the limit is ended by PostgreSQL, and its connection is not given out again broken', async () => {
    const short = createDb(inject('appUrl'), { max: 1, idleInTransactionMs: 1000 });
    try {
      const [limit] = await short.$queryRaw<{ limit: string }[]>`SELECT current_setting('idle_in_transaction_session_timeout') AS limit`;
      expect(limit?.limit).toBe('1s');
      await expect(
        inHeldTransaction(short, async (tx) => {
          // Waiting on something outside the database (here: nothing) for longer than the limit.
          await new Promise((resolve) => setTimeout(resolve, 2500));
          await tx.$queryRaw`SELECT 1`;
        }),
      ).rejects.toThrow();
      const rows = await inHeldTransaction(short, (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await closeDb(short);
    }
  });
});
