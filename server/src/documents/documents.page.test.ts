// The portal's documents page as one SQL statement (platform/page-read.ts): the answer and its
// pages as the Prisma list gave them, one statement whatever the filters, and row-level security
// alone keeping other customers' and tenants' documents out.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStatements, startTestApp, type TestApp } from '../test/app.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant } from '../test/factory.js';
import { encodeCursor } from '../common/pagination.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// The portal's documents page (portal-web/src/routes/[tenant=slug]/portal/documents/+page.ts), with
// the filters the API offers besides.
const PAGE = `query PortalDocuments($kind: DocumentKind, $after: String, $first: Int = 20, $jobId: ID, $from: String, $to: String) {
  documents(kind: $kind, first: $first, after: $after, jobId: $jobId, from: $from, to: $to) {
    nodes { id title kind fileName contentType sizeBytes createdAt downloadUrl jobId }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  documents: { nodes: { id: string; kind: string; createdAt: string; downloadUrl: string; jobId: string | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

type Kind = 'photo' | 'permit' | 'report';

/** A customer with shared documents (two of them at the same instant, so the id breaks the tie), an unshared one and a job. */
async function customerWithDocuments(tenantId: string) {
  const { account, customer } = await makeCustomer(app.owner, tenantId);
  const records = await makeCustomerRecords(app.owner, tenantId, customer.id);
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 15));
  const doc = (kind: Kind, createdAt: Date, options: { jobId?: string; shared?: boolean } = {}) =>
    app.owner.document.create({
      data: {
        tenantId,
        customerId: customer.id,
        jobId: options.jobId ?? null,
        kind,
        title: `${kind} ${createdAt.toISOString()}`,
        fileName: 'f.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        storageKey: `tenants/${tenantId}/documents/${randomUUID()}`,
        shared: options.shared ?? true,
        createdAt,
      },
    });
  const docs = [
    await doc('photo', at(2)),
    await doc('photo', at(3), { jobId: records.job.id }),
    await doc('permit', at(3)),
    await doc('photo', at(5)),
    await doc('report', at(7), { jobId: records.job.id }),
    await doc('photo', at(8)),
  ];
  const unshared = await doc('photo', at(6), { shared: false });
  const { token } = await customerToken(app, account!);
  return { tenantId, customerId: customer.id, token, records, docs, unshared };
}
type Customer = Awaited<ReturnType<typeof customerWithDocuments>>;

const read = (who: Customer, vars: Record<string, unknown> = {}) => app.call<Page>('portal', PAGE, vars, { token: who.token });

/**
 * What the Prisma list answered for these filters and this cursor (the code this page read
 * replaced), run as the owner with the customer's own conditions.
 */
async function prismaPage(who: Customer, first: number, after: string | null, filter: { kind?: Kind; jobId?: string } = {}) {
  const rows = await app.owner.document.findMany({
    where: { tenantId: who.tenantId, customerId: who.customerId, shared: true, ...filter },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: first + 1,
    ...(after ? { cursor: { tenantId_id: { tenantId: who.tenantId, id: after } }, skip: 1 } : {}),
    select: { id: true },
  });
  const page = rows.slice(0, first);
  return { ids: page.map((r) => r.id), hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page.at(-1)!.id) : null };
}

let me: Customer;
let neighbour: Customer;
let stranger: Customer;
beforeAll(async () => {
  const tenant = await makeTenant(app.owner, { timeZone: 'America/Chicago' });
  const other = await makeTenant(app.owner);
  me = await customerWithDocuments(tenant.id);
  neighbour = await customerWithDocuments(tenant.id);
  stranger = await customerWithDocuments(other.id);
});

describe('the documents page, one statement', () => {
  it('pages exactly as the Prisma list did: newest first, the id breaking ties, from the row after the cursor', async () => {
    for (const filter of [{}, { kind: 'photo' as const }, { jobId: me.records.job.id }]) {
      for (const first of [1, 2, 3, 20]) {
        let after: string | null = null;
        let cursorId: string | null = null;
        for (let guard = 0; guard < 20; guard++) {
          const res = await read(me, { ...filter, first, after });
          expect(res.errors).toBeUndefined();
          const expected = await prismaPage(me, first, cursorId, filter);
          const got = res.data!.documents;
          expect({ ids: got.nodes.map((n) => n.id), ...got.pageInfo }).toEqual(expected);
          if (!got.pageInfo.hasNextPage) break;
          after = got.pageInfo.endCursor;
          cursorId = got.nodes.at(-1)!.id;
        }
      }
    }
  });

  it('a cursor the filters leave out, unshared, foreign or missing gives an empty page, as Prisma did', async () => {
    // Prisma looks for the cursor among the rows it lists and answers none when it is not one of them.
    const permit = me.docs[2]!;
    expect((await prismaPage(me, 20, permit.id, { kind: 'photo' })).ids).toEqual([]);
    for (const [id, vars] of [
      [permit.id, { kind: 'photo' }],
      [me.docs[3]!.id, { jobId: me.records.job.id }],
      [me.docs[3]!.id, { from: '2026-11-06' }],
      [me.unshared.id, {}],
      [neighbour.docs[3]!.id, {}],
      [stranger.docs[3]!.id, {}],
      [randomUUID(), {}],
    ] as const) {
      const page = await read(me, { ...vars, after: encodeCursor(id) });
      expect(page.errors).toBeUndefined();
      expect(page.data!.documents).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    }
  });

  it('answers in one SQL statement besides opening the scope, whatever the filters and the page', async () => {
    const second = (await read(me, { first: 2 })).data!.documents.pageInfo.endCursor;
    for (const vars of [{}, { kind: 'photo' }, { after: second, first: 2 }, { jobId: me.records.job.id, from: '2026-11-01', to: '2026-11-30', kind: 'report' }]) {
      app.statements.length = 0;
      const res = await read(me, vars);
      expect(res.errors).toBeUndefined();
      expect(pageStatements(app.statements)).toHaveLength(1);
    }
    // A job that is not the customer's is refused by the same statement.
    app.statements.length = 0;
    const refused = await read(me, { jobId: neighbour.records.job.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The error rolls the request back (ROLLBACK closes it instead of COMMIT, outside the count).
    expect(pageStatements(app.statements)).toEqual([expect.stringContaining('AS job_found')]);
    expect(app.statements.at(-1)).toBe('ROLLBACK');
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers and tenants out', async () => {
    const all = await expectRowLevelSecurityAlone(app, () => read(me));
    expect(all.data!.documents.nodes.map((n) => n.id)).toEqual((await prismaPage(me, 20, null)).ids);
    const cursor = all.data!.documents.nodes.find((n) => n.kind === 'photo')!.id;
    const after = await expectRowLevelSecurityAlone(app, () => read(me, { after: encodeCursor(cursor), kind: 'photo' }));
    expect(after.data!.documents.nodes.length).toBeGreaterThan(0);
    for (const id of [neighbour.docs[3]!.id, stranger.docs[3]!.id]) {
      const foreign = await expectRowLevelSecurityAlone(app, () => read(me, { after: encodeCursor(id) }));
      expect(foreign.data!.documents.nodes).toEqual([]);
    }
    for (const jobId of [neighbour.records.job.id, stranger.records.job.id]) {
      const refused = await expectRowLevelSecurityAlone(app, () => read(me, { jobId }));
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a job that is not the customer’s before a bad day or cursor, as before; its own job gets the input error', async () => {
    for (const vars of [{ from: '2026-02-30' }, { after: 'not-a-cursor' }]) {
      const foreign = await read(me, { ...vars, jobId: neighbour.records.job.id });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const malformed = await read(me, { ...vars, jobId: 'x' });
      expect(malformed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const mine = await read(me, { ...vars, jobId: me.records.job.id });
      expect(mine.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
