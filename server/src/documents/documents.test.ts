// Shared documents: filters, signed downloads re-checked in the caller's scope, the activity
// log, isolation of every id, and the feature switch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';

let app: TestApp;

interface Customer {
  tenantId: string;
  customerId: string;
  accountId: string;
  token: string;
  sessionId: string;
  records: Awaited<ReturnType<typeof makeCustomerRecords>>;
}

async function makeDocumentCustomer(tenantId: string): Promise<Customer> {
  const { account } = await makeCustomer(app.owner, tenantId);
  if (!account) throw new Error('account expected');
  const records = await makeCustomerRecords(app.owner, tenantId, account.customerId);
  // The factory's documents name storage keys with no file behind them: give them one.
  for (const doc of [records.sharedDocument, records.privateDocument]) await app.deps.storage.put(doc.storageKey, Buffer.from(`%PDF-1.4 ${doc.id}`), doc.contentType);
  const { token, sessionId } = await customerToken(app, account);
  return { tenantId, customerId: account.customerId, accountId: account.id, token, sessionId, records };
}

/** A valid link for any id, as if the API had handed it out to this customer's session. */
function linkFor(who: Customer, id: string): Promise<string> {
  const ctx = {
    principal: { kind: 'customer', tenantId: who.tenantId, customerId: who.customerId, accountId: who.accountId, sessionId: who.sessionId },
    now: () => app.clock.now,
    deps: app.deps,
  } as unknown as RequestContext;
  return signedLink(ctx, 'document', id);
}

let me: Customer;
let neighbour: Customer;
let stranger: Customer;

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app.owner, { timeZone: 'America/Chicago' });
  const other = await makeTenant(app.owner);
  me = await makeDocumentCustomer(tenant.id);
  neighbour = await makeDocumentCustomer(tenant.id);
  stranger = await makeDocumentCustomer(other.id);
});
afterAll(() => app.close());

type DocList = { documents: { nodes: { id: string; downloadUrl: string }[] } };
const LIST = 'query($kind: DocumentKind, $jobId: ID, $from: String, $to: String) { documents(kind: $kind, jobId: $jobId, from: $from, to: $to) { nodes { id downloadUrl } } }';
const list = (who: Customer, vars: Record<string, unknown> = {}) => app.call<DocList>('portal', LIST, vars, { token: who.token });

describe('listing documents', () => {
  it('filters by kind, job and day in the business time zone', async () => {
    const who = await makeDocumentCustomer(me.tenantId);
    await app.owner.document.updateMany({ where: { customerId: who.customerId }, data: { createdAt: new Date('2026-11-01T15:00:00Z') } });
    const shared = (kind: 'photo' | 'permit', createdAt: string, jobId: string | null = null) =>
      app.owner.document.create({
        data: {
          tenantId: who.tenantId,
          customerId: who.customerId,
          jobId,
          kind,
          title: kind,
          fileName: 'f.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1,
          storageKey: `tenants/${who.tenantId}/documents/${randomUUID()}`,
          shared: true,
          createdAt: new Date(createdAt),
        },
      });
    // 2026-11-10 04:30Z is still 9 November in Chicago (UTC-6).
    const lateNinth = await shared('photo', '2026-11-10T04:30:00Z');
    const tenth = await shared('photo', '2026-11-10T15:00:00Z', who.records.job.id);
    const permit = await shared('permit', '2026-11-12T15:00:00Z');
    const ids = async (vars: Record<string, unknown>) => {
      const res = await list(who, vars);
      expect(res.errors).toBeUndefined();
      return res.data!.documents.nodes.map((n) => n.id);
    };
    expect(await ids({ kind: 'photo' })).toEqual([tenth.id, lateNinth.id]);
    expect(await ids({ jobId: who.records.job.id })).toEqual([tenth.id, who.records.sharedDocument.id]);
    expect(await ids({ from: '2026-11-10', to: '2026-11-10' })).toEqual([tenth.id]);
    expect(await ids({ to: '2026-11-09', kind: 'photo' })).toEqual([lateNinth.id]);
    expect(await ids({ from: '2026-11-11' })).toEqual([permit.id]);
  });

  it('refuses a malformed or impossible day, naming the field', async () => {
    for (const [vars, field] of [
      [{ from: '2026-02-30' }, 'from'],
      [{ to: 'yesterday' }, 'to'],
      [{ from: '2026-11-12', to: '2026-11-10' }, 'to'],
    ] as const) {
      const res = await list(me, vars);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('a job of another customer or tenant, or a malformed id, is NOT_FOUND like a missing one', async () => {
    const missing = await list(me, { jobId: randomUUID() });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const jobId of [neighbour.records.job.id, stranger.records.job.id, 'x']) {
      const res = await list(me, { jobId });
      expect(res.data).toBeNull();
      expect(res.errors).toEqual(missing.errors);
    }
  });
});

describe('downloading a document', () => {
  it('downloads my shared document through its signed link and logs the download', async () => {
    const res = await list(me);
    const doc = res.data!.documents.nodes.find((n) => n.id === me.records.sharedDocument.id)!;
    const download = await fetch(`${app.url}${doc.downloadUrl}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="report.pdf"/);
    expect(await download.text()).toBe(`%PDF-1.4 ${doc.id}`);
    const logged = await app.owner.activityLog.findMany({ where: { customerId: me.customerId, action: 'document.downloaded' } });
    expect(logged.map((l) => l.subjectId)).toEqual([doc.id]);
  });

  it("an unshared document, another customer's or tenant's, or a missing one is NOT_FOUND even with a valid link", async () => {
    const answers = [];
    for (const id of [me.records.privateDocument.id, neighbour.records.sharedDocument.id, stranger.records.sharedDocument.id, randomUUID()]) {
      const res = await fetch(`${app.url}${await linkFor(me, id)}`);
      answers.push({ status: res.status, body: await res.json() });
    }
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
    // No answer differs from the one for a document that does not exist.
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await app.owner.activityLog.count({ where: { customerId: me.customerId, action: 'document.downloaded', subjectId: { not: me.records.sharedDocument.id } } })).toBe(0);
  });

  it('a link expires after 5 minutes and cannot be turned towards another document', async () => {
    const url = await linkFor(me, me.records.sharedDocument.id);
    const other = url.replace(me.records.sharedDocument.id, me.records.privateDocument.id);
    expect((await fetch(`${app.url}${other}`)).status).toBe(404);
    const start = app.clock.now;
    app.clock.now = new Date(start.getTime() + 301_000);
    try {
      expect((await fetch(`${app.url}${url}`)).status).toBe(404);
    } finally {
      app.clock.now = start;
    }
  });

  it('staff download any document of their tenant through the same route', async () => {
    const owner = await makeStaff(app.owner, me.tenantId, 'owner');
    const { token, sessionId } = await staffToken(app, owner);
    expect(token).toBeTruthy();
    const ctx = { principal: { kind: 'staff', tenantId: me.tenantId, staffUserId: owner.id, sessionId }, now: () => app.clock.now, deps: app.deps } as unknown as RequestContext;
    const ownDoc = await fetch(`${app.url}${await signedLink(ctx, 'document', me.records.privateDocument.id)}`);
    expect(ownDoc.status).toBe(200);
    expect((await fetch(`${app.url}${await signedLink(ctx, 'document', stranger.records.sharedDocument.id)}`)).status).toBe(404);
  });
});

describe('when the business switched documents off', () => {
  it('listing, reading and downloading answer FORBIDDEN with a clear message', async () => {
    const tenant = await makeTenant(app.owner);
    const who = await makeDocumentCustomer(tenant.id);
    const url = (await list(who)).data!.documents.nodes[0]!.downloadUrl;
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureDocuments: false } });
    const listed = await list(who);
    const one = await app.call('portal', 'query($id: ID!) { document(id: $id) { id } }', { id: who.records.sharedDocument.id }, { token: who.token });
    for (const res of [listed, one]) {
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/Documents is not available/);
    }
    expect((await fetch(`${app.url}${url}`)).status).toBe(403);
  });
});
