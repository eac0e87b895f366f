import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LOG = 'mutation($input: LogCommunicationInput!) { logCommunication(input: $input) { id kind direction occurredAt summary jobId actorName } }';
const TIMELINE =
  'query($customerId: ID!, $first: Int, $after: String) { communicationsTimeline(customerId: $customerId, first: $first, after: $after) { nodes { id kind direction occurredAt summary jobId actorName } pageInfo { hasNextPage endCursor } } }';

interface Entry {
  id: string;
  kind: string;
  direction: string | null;
  occurredAt: string;
  summary: string;
  jobId: string | null;
  actorName: string | null;
}

async function business(role: 'owner' | 'admin' | 'dispatcher' | 'technician' = 'dispatcher') {
  const tenant = await makeTenant(app.owner);
  const { customer } = await makeCustomer(app.owner, tenant.id);
  const { job } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const { staff, token } = await signedInStaff(app, tenant.id, role);
  return { tenant, customer, job, staff, token };
}

async function timeline(token: string, customerId: string, first = 20, after?: string | null) {
  const res = await app.call<{ communicationsTimeline: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    'admin',
    TIMELINE,
    { customerId, first, after },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.communicationsTimeline;
}

describe('communications timeline', () => {
  it('merges logged calls, emails sent by the portal and portal activity, newest first, with their jobs and actors', async () => {
    const me = await business();
    const logged = await app.call<{ logCommunication: Entry }>(
      'admin',
      LOG,
      { input: { customerId: me.customer.id, jobId: me.job.id, channel: 'call', direction: 'inbound', summary: 'Asked about the filter.', occurredAt: '2026-11-20T10:00:00Z' } },
      { token: me.token },
    );
    expect(logged.data?.logCommunication).toMatchObject({ kind: 'call', direction: 'inbound', jobId: me.job.id, actorName: me.staff.name });
    await app.owner.outboxEmail.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        toAddress: me.customer.email,
        subject: 'Your appointment is confirmed',
        text: '…',
        createdAt: new Date('2026-11-19T09:00:00Z'),
      },
    });
    await app.owner.activityLog.create({
      data: {
        tenantId: me.tenant.id,
        actorType: 'customer',
        actorId: me.customer.id,
        customerId: me.customer.id,
        action: 'booking.booked',
        subjectId: me.job.id,
        createdAt: new Date('2026-11-18T09:00:00Z'),
      },
    });
    // Another customer's history stays out.
    const { customer: other } = await makeCustomer(app.owner, me.tenant.id);
    await app.owner.outboxEmail.create({ data: { tenantId: me.tenant.id, customerId: other.id, toAddress: other.email, subject: 'Not yours', text: '…' } });

    const page = await timeline(me.token, me.customer.id);
    expect(page.nodes.map((e) => [e.kind, e.summary, e.direction, e.jobId, e.actorName])).toEqual([
      // Logging it was itself an activity, at the clock's time (15:00 UTC), so it comes first.
      ['activity', 'communication.logged', null, null, me.staff.name],
      ['call', 'Asked about the filter.', 'inbound', me.job.id, me.staff.name],
      ['portal_email', 'Your appointment is confirmed', 'outbound', null, null],
      ['activity', 'booking.booked', null, me.job.id, me.customer.name],
    ]);
  });

  it('pages through the merged list by time without repeating or skipping an entry', async () => {
    const me = await business();
    // Three entries at the very same time: the id orders them.
    for (let i = 0; i < 3; i += 1) {
      await app.owner.communication.create({
        data: {
          tenantId: me.tenant.id,
          customerId: me.customer.id,
          staffUserId: me.staff.id,
          channel: 'sms',
          direction: 'outbound',
          summary: `sms ${i}`,
          occurredAt: new Date('2026-11-10T09:00:00Z'),
        },
      });
      await app.owner.outboxEmail.create({
        data: { tenantId: me.tenant.id, customerId: me.customer.id, toAddress: me.customer.email, subject: `mail ${i}`, text: '…', createdAt: new Date(`2026-11-1${i}T08:00:00Z`) },
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await timeline(me.token, me.customer.id, 2, after);
      seen.push(...page.nodes.map((n) => n.summary));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen.slice(0, 2)).toEqual(['mail 2', 'mail 1']);
    const bad = await app.call('admin', TIMELINE, { customerId: me.customer.id, after: 'garbage' }, { token: me.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("a future time, an empty summary or another customer's job are refused and nothing is logged", async () => {
    const me = await business();
    const { customer: other } = await makeCustomer(app.owner, me.tenant.id);
    const { job: otherJob } = await makeCustomerRecords(app.owner, me.tenant.id, other.id);
    const base = { customerId: me.customer.id, channel: 'note', direction: 'outbound', summary: 'Left a voicemail.' };
    const future = await app.call('admin', LOG, { input: { ...base, occurredAt: '2026-11-21T00:00:00Z' } }, { token: me.token });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
    const empty = await app.call('admin', LOG, { input: { ...base, summary: ' ' } }, { token: me.token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    for (const jobId of [otherJob.id, 'nope']) {
      const res = await app.call('admin', LOG, { input: { ...base, jobId } }, { token: me.token });
      expect(res.errors?.[0]).toMatchObject({ message: 'This job was not found.', extensions: { code: 'NOT_FOUND' } });
    }
    expect(await app.owner.communication.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it("another tenant's or a malformed customer id is NOT_FOUND for the timeline and for logging", async () => {
    const me = await business();
    const elsewhere = await business();
    for (const customerId of [elsewhere.customer.id, 'nope']) {
      const read = await app.call('admin', TIMELINE, { customerId }, { token: me.token });
      expect(read.errors?.[0]).toMatchObject({ message: 'This customer was not found.', extensions: { code: 'NOT_FOUND' } });
      const write = await app.call('admin', LOG, { input: { customerId, channel: 'call', direction: 'inbound', summary: 'x' } }, { token: me.token });
      expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // A job of another tenant is not a job of this customer either.
    const crossJob = await app.call(
      'admin',
      LOG,
      { input: { customerId: me.customer.id, jobId: elsewhere.job.id, channel: 'call', direction: 'inbound', summary: 'x' } },
      { token: me.token },
    );
    expect(crossJob.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await app.owner.communication.count({ where: { tenantId: { in: [me.tenant.id, elsewhere.tenant.id] } } })).toBe(0);
  });

  it('technicians may not read or log communications', async () => {
    const me = await business('technician');
    expect((await app.call('admin', TIMELINE, { customerId: me.customer.id }, { token: me.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await app.call('admin', LOG, { input: { customerId: me.customer.id, channel: 'call', direction: 'inbound', summary: 'x' } }, { token: me.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('row-level security hides logged communications from the customer they are about', async () => {
    const me = await business();
    await app.owner.communication.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        staffUserId: me.staff.id,
        channel: 'note',
        direction: 'outbound',
        summary: 'Internal',
        occurredAt: new Date('2026-11-10T09:00:00Z'),
      },
    });
    const asCustomer = await withScope(app.deps.db, { tenantId: me.tenant.id, role: 'customer', customerId: me.customer.id }, (tx) => tx.communication.count());
    const asStaff = await withScope(app.deps.db, { tenantId: me.tenant.id, role: 'staff' }, (tx) => tx.communication.count());
    expect([asCustomer, asStaff]).toEqual([0, 1]);
  });
});
