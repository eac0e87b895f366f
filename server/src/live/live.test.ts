import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { subscribeLive, type LiveSubscription, type ReceivedEvent } from '../test/live.js';
import { SESSION_COOKIE } from '../platform/session-cookie.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.close();
});

/** A tenant with a signed-in customer who has an invoice, a job, two documents (one shared) and a request. */
async function customerWorld(tenantId?: string) {
  const tenant = tenantId ? { id: tenantId } : await makeTenant(app.owner);
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('no account');
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const request = await app.owner.serviceRequest.create({ data: { tenantId: tenant.id, customerId: customer.id, description: 'The boiler knocks.' } });
  const { token, sessionId } = await customerToken(app, { id: account.id, tenantId: tenant.id, customerId: customer.id });
  return { tenantId: tenant.id, customer, account, ...records, request, token, sessionId };
}

const touchInvoice = (id: string, paidMinor = 500) => app.owner.invoice.updateMany({ where: { id }, data: { paidMinor } });
const touchJob = (id: string, title = `Visit ${Math.random()}`) => app.owner.job.updateMany({ where: { id }, data: { title } });
const about = (id: string) => (e: ReceivedEvent) => e.subjectId === id;

const subscriptions: LiveSubscription[] = [];
async function subscribe(...args: Parameters<typeof subscribeLive>): Promise<LiveSubscription> {
  const sub = await subscribeLive(...args);
  subscriptions.push(sub);
  return sub;
}
afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.dispose()));
});

describe('live events: who receives what', () => {
  it("delivers a customer's own writes, and nothing of another customer's or another tenant's", async () => {
    const a = await customerWorld();
    const b = await customerWorld(a.tenantId);
    const c = await customerWorld();
    const subA = await subscribe(app, 'portal', { token: a.token });
    const subB = await subscribe(app, 'portal', { token: b.token });
    const subC = await subscribe(app, 'portal', { token: c.token });

    await touchInvoice(a.invoice.id);
    await touchJob(a.job.id);
    await app.owner.document.updateMany({ where: { id: a.sharedDocument.id }, data: { title: 'Report (signed)' } });
    await app.owner.document.updateMany({ where: { id: a.privateDocument.id }, data: { title: 'Still internal' } });
    await app.owner.customer.updateMany({ where: { id: a.customer.id }, data: { phone: '555-0100' } });
    await app.owner.serviceRequest.updateMany({ where: { id: a.request.id }, data: { status: 'reviewed' } });
    // The last write of each: when it has arrived, everything before it has been dealt with.
    await touchInvoice(b.invoice.id);
    await touchInvoice(c.invoice.id);

    await subA.until(about(a.request.id));
    await subB.until(about(b.invoice.id));
    await subC.until(about(c.invoice.id));
    expect(subA.events.map((e) => [e.subject, e.subjectId, e.change])).toEqual([
      ['INVOICE', a.invoice.id, 'CHANGED'],
      ['JOB', a.job.id, 'CHANGED'],
      ['DOCUMENT', a.sharedDocument.id, 'CHANGED'],
      ['CUSTOMER', a.customer.id, 'CHANGED'],
      ['REQUEST', a.request.id, 'CHANGED'],
    ]);
    // Sequence numbers rise with commits.
    const seqs = subA.events.map((e) => BigInt(e.seq));
    expect([...seqs].sort((x, y) => (x < y ? -1 : 1))).toEqual(seqs);
    expect(subB.events.map((e) => e.subjectId)).toEqual([b.invoice.id]);
    expect(subC.events.map((e) => e.subjectId)).toEqual([c.invoice.id]);
    expect([...subA.errors, ...subB.errors, ...subC.errors]).toEqual([]);
  });

  it('gives a technician their own jobs only, and the office what its queries show', async () => {
    const a = await customerWorld();
    const other = await app.owner.job.create({
      data: {
        tenantId: a.tenantId,
        customerId: a.customer.id,
        siteId: a.site.id,
        serviceTypeId: a.job.serviceTypeId,
        title: 'Other visit',
        status: 'scheduled',
        scheduledStart: new Date('2026-12-01T15:00:00Z'),
        scheduledEnd: new Date('2026-12-01T16:00:00Z'),
      },
    });
    const tech = await makeStaff(app.owner, a.tenantId, 'technician');
    const otherTech = await makeStaff(app.owner, a.tenantId, 'technician');
    const dispatcher = await makeStaff(app.owner, a.tenantId, 'dispatcher');
    await app.owner.job.updateMany({ where: { id: a.job.id }, data: { technicianId: tech.id } });
    await app.owner.job.updateMany({ where: { id: other.id }, data: { technicianId: otherTech.id } });
    const subTech = await subscribe(app, 'admin', { token: (await staffToken(app, tech)).token });
    const subOffice = await subscribe(app, 'admin', { token: (await staffToken(app, dispatcher)).token });
    const outsider = await makeStaff(app.owner, (await makeTenant(app.owner)).id, 'owner');
    const theirs = await customerWorld(outsider.tenantId);
    const subOutsider = await subscribe(app, 'admin', { token: (await staffToken(app, outsider)).token });

    await touchJob(other.id);
    await touchInvoice(a.invoice.id);
    await touchJob(a.job.id);
    await subTech.until(about(a.job.id));
    await subOffice.until(about(a.job.id));
    expect(subTech.events.map((e) => e.subjectId)).toEqual([a.job.id]);
    expect(subOffice.events.map((e) => e.subjectId)).toEqual([other.id, a.invoice.id, a.job.id]);
    // Another tenant's owner: a write of its own arrives, the first tenant's never did.
    await touchInvoice(theirs.invoice.id);
    await subOutsider.until(about(theirs.invoice.id));
    expect(subOutsider.events.map((e) => e.subjectId)).toEqual([theirs.invoice.id]);
  });

  it('publishes nothing for a write that rolled back', async () => {
    const a = await customerWorld();
    const sub = await subscribe(app, 'portal', { token: a.token });
    await app.owner
      .$transaction(async (tx) => {
        await tx.invoice.updateMany({ where: { id: a.invoice.id }, data: { paidMinor: 700 } });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await touchJob(a.job.id);
    await sub.until(about(a.job.id));
    expect(sub.events.map((e) => e.subjectId)).toEqual([a.job.id]);
  });
});

describe('live events: notifications', () => {
  it("rings only the recipient's bell: a customer's, or one member of staff's", async () => {
    const a = await customerWorld();
    const b = await customerWorld(a.tenantId);
    const dana = await makeStaff(app.owner, a.tenantId, 'owner');
    const jenna = await makeStaff(app.owner, a.tenantId, 'dispatcher');
    const subA = await subscribe(app, 'portal', { token: a.token });
    const subB = await subscribe(app, 'portal', { token: b.token });
    const subDana = await subscribe(app, 'admin', { token: (await staffToken(app, dana)).token });
    const subJenna = await subscribe(app, 'admin', { token: (await staffToken(app, jenna)).token });
    const notice = (recipient: { customerId?: string; staffUserId?: string }) =>
      app.owner.notification.create({ data: { tenantId: a.tenantId, kind: 'invoiceIssued', subjectType: 'invoice', subjectId: a.invoice.id, ...recipient } });
    const forA = await notice({ customerId: a.customer.id });
    const forDana = await notice({ staffUserId: dana.id });
    const forB = await notice({ customerId: b.customer.id });
    const forJenna = await notice({ staffUserId: jenna.id });

    await subA.until(about(forA.id));
    await subB.until(about(forB.id));
    await subDana.until(about(forDana.id));
    await subJenna.until(about(forJenna.id));
    expect(subA.events.map((e) => [e.subject, e.subjectId])).toEqual([['NOTIFICATION', forA.id]]);
    expect(subB.events.map((e) => e.subjectId)).toEqual([forB.id]);
    // Staff see the tenant's other writes (none here besides the notifications), never a colleague's bell.
    expect(subDana.events.filter((e) => e.subject === 'NOTIFICATION').map((e) => e.subjectId)).toEqual([forDana.id]);
    expect(subJenna.events.filter((e) => e.subject === 'NOTIFICATION').map((e) => e.subjectId)).toEqual([forJenna.id]);
  });
});

describe('live events: reconnecting', () => {
  it('replays exactly what was missed after the last position, then goes on live', async () => {
    const a = await customerWorld();
    const first = await subscribe(app, 'portal', { token: a.token });
    await touchInvoice(a.invoice.id, 100);
    const seen = await first.until(about(a.invoice.id));
    await first.dispose();

    await touchJob(a.job.id);
    await app.owner.document.updateMany({ where: { id: a.privateDocument.id }, data: { title: 'Not for the customer' } });
    await touchInvoice(a.invoice.id, 200);
    const second = await subscribe(app, 'portal', { token: a.token }, seen.seq);
    await touchJob(a.job.id);
    await second.until((e) => e.subjectId === a.job.id && second.events.length >= 3);
    expect(second.events.map((e) => e.subjectId)).toEqual([a.job.id, a.invoice.id, a.job.id]);
    const seqs = second.events.map((e) => BigInt(e.seq));
    expect(seqs.every((s, i) => s > BigInt(seen.seq) && (i === 0 || s > (seqs[i - 1] ?? 0n)))).toBe(true);
  });

  it('asks the client to reload when what it missed is no longer kept', async () => {
    const a = await customerWorld();
    const sub = await subscribe(app, 'portal', { token: a.token });
    await touchInvoice(a.invoice.id, 300);
    const seen = await sub.until(about(a.invoice.id));
    await sub.dispose();
    await touchJob(a.job.id);
    await touchJob(a.job.id);
    // Housekeeping pruned the stream up to here.
    await app.owner.liveEvent.deleteMany({ where: { tenantId: a.tenantId, seq: { lte: BigInt(seen.seq) + 1n } } });
    const again = await subscribe(app, 'portal', { token: a.token }, seen.seq);
    const reload = await again.until((e) => e.change === 'RELOAD');
    expect(again.events).toEqual([{ seq: reload.seq, change: 'RELOAD', subject: null, subjectId: null }]);
  });

  it('delivers every event on every instance of the API', async () => {
    const second = await startTestApp();
    try {
      const a = await customerWorld();
      const here = await subscribe(app, 'portal', { token: a.token });
      const there = await subscribeLive(second, 'portal', { token: a.token });
      await touchInvoice(a.invoice.id, 900);
      await here.until(about(a.invoice.id));
      await there.until(about(a.invoice.id));
      expect(there.events.map((e) => e.subjectId)).toEqual([a.invoice.id]);
      await there.dispose();
    } finally {
      await second.close();
    }
  });
});

describe('live sockets: signing in and out', () => {
  it('closes the socket of a session that is revoked, or whose password changed', async () => {
    const a = await customerWorld();
    const revoked = await subscribe(app, 'portal', { token: a.token });
    await app.owner.session.updateMany({ where: { id: a.sessionId }, data: { revokedAt: app.clock.now } });
    expect((await revoked.closed).code).toBe(4401);

    const b = await customerWorld();
    const changed = await subscribe(app, 'portal', { token: b.token });
    await app.owner.portalAccount.updateMany({ where: { id: b.account.id }, data: { passwordHash: 'changed' } });
    expect((await changed.closed).code).toBe(4401);

    const staff = await makeStaff(app.owner, a.tenantId, 'dispatcher');
    const office = await subscribe(app, 'admin', { token: (await staffToken(app, staff)).token });
    await app.owner.staffUser.updateMany({ where: { id: staff.id }, data: { status: 'deactivated' } });
    expect((await office.closed).code).toBe(4401);
  });

  it('refuses a socket without a session, with a revoked one, or with the wrong kind of token', async () => {
    const a = await customerWorld();
    const nobody = await subscribe(app, 'portal', {});
    expect((await nobody.closed).code).toBe(4401);
    const wrongEndpoint = await subscribe(app, 'admin', { token: a.token });
    expect((await wrongEndpoint.closed).code).toBe(4401);
    await app.owner.session.updateMany({ where: { id: a.sessionId }, data: { revokedAt: app.clock.now } });
    const revoked = await subscribe(app, 'portal', { token: a.token });
    expect((await revoked.closed).code).toBe(4401);
  });

  it('takes the session cookie only from an allowed origin', async () => {
    const a = await customerWorld();
    const cookie = `${SESSION_COOKIE.portal}=${a.token}`;
    const elsewhere = await subscribe(app, 'portal', { cookie, origin: 'https://evil.example' });
    expect((await elsewhere.closed).code).toBe(4401);
    const ours = await subscribe(app, 'portal', { cookie, origin: TEST_ORIGIN });
    await touchInvoice(a.invoice.id, 1200);
    await ours.until(about(a.invoice.id));
  });

  it('serves only subscriptions, and refuses a position that is not one', async () => {
    const a = await customerWorld();
    const query = await subscribe(app, 'portal', { token: a.token }, undefined, '{ me { name } }');
    await vitestWait(() => query.errors.length > 0);
    expect(JSON.stringify(query.errors)).toContain('Only subscriptions');
    const bad = await subscribe(app, 'portal', { token: a.token }, 'yesterday');
    await vitestWait(() => bad.errors.length > 0);
    expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
  });
});

describe('live sockets: limits', () => {
  it('carries at most ten subscriptions per socket', async () => {
    const a = await customerWorld();
    const client = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql/portal`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${a.token}` },
    });
    const errors: unknown[] = [];
    const before = app.live.hub.subscribers;
    for (let i = 0; i < 11; i++) {
      client.subscribe(
        { query: 'subscription { liveEvents { seq } }' },
        {
          next: () => undefined,
          error: (error) => errors.push(error),
          complete: () => undefined,
        },
      );
    }
    await vitestWait(() => errors.length > 0 && app.live.hub.subscribers >= before + 10);
    expect(JSON.stringify(errors)).toContain('TOO_MANY_SUBSCRIPTIONS');
    expect(app.live.hub.subscribers).toBe(before + 10);
    await client.dispose();
  });
});

async function vitestWait(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}
