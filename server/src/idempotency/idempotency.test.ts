// Idempotency-Key on creates, over HTTP against the real database: one object for any number of
// (concurrent) retries, CONFLICT for a reused key, keys per principal and tenant, 24-hour expiry
// on the injected clock, pruning by the worker.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withScope } from '../test/rls-scope.js';
import { startTestApp, TEST_START, type GraphQLResult, type TestApp } from '../test/app.js';
import { customerToken, makeBookingCustomer, makeBookingTenant, makeCustomer, makeCustomerRecords, makeDispatchWorld, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { runHousekeeping } from '../worker/housekeeping.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SUBMIT = 'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id description status } }';
type Submitted = { submitServiceRequest: { id: string; description: string } };

async function signedInCustomer(tenantId: string) {
  const { customer, account } = await makeCustomer(app.owner, tenantId);
  if (!account) throw new Error('account expected');
  // Valid for a week: the expiry test moves the clock past a day.
  const { token } = await customerToken(app, account, new Date(TEST_START.getTime() + 7 * 86_400_000));
  return { customer, account, token };
}

function submit(token: string, key: string | null, description = 'The furnace makes a banging noise.') {
  return app.call<Submitted>('portal', SUBMIT, { input: { description } }, { token, headers: key === null ? {} : { 'idempotency-key': key } });
}

const requestsOf = (customerId: string) => app.owner.serviceRequest.count({ where: { customerId } });

function expectCode(res: GraphQLResult, code: string, extra: Record<string, unknown> = {}) {
  expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...extra });
}

describe('Idempotency-Key on submitServiceRequest', () => {
  it('twenty concurrent identical requests with one key create one request, and all twenty get the same answer', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(me.token, key)));
    for (const res of answers) expect(res.errors).toBeUndefined();
    expect(new Set(answers.map((res) => JSON.stringify(res.data))).size).toBe(1);
    expect(answers.filter((res) => res.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);
    expect(await requestsOf(me.customer.id)).toBe(1);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBeLessThanOrEqual(1);
  });

  it('the same key with another request is CONFLICT (IDEMPOTENCY_KEY_REUSED) and creates nothing', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const key = randomUUID();
    expect((await submit(me.token, key, 'First request.')).errors).toBeUndefined();
    const reused = await submit(me.token, key, 'Another request.');
    expectCode(reused, 'CONFLICT', { reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(reused.status).toBe(409);
    expect(await requestsOf(me.customer.id)).toBe(1);
  });

  it('without a key every call creates, as before', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const [a, b] = await Promise.all([submit(me.token, null), submit(me.token, null)]);
    expect(a.data?.submitServiceRequest.id).not.toBe(b.data?.submitServiceRequest.id);
    expect(await requestsOf(me.customer.id)).toBe(2);
  });

  it('an answer with errors stores nothing: the retry with the same key runs (and may carry another body)', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const key = randomUUID();
    expectCode(await submit(me.token, key, ''), 'BAD_USER_INPUT');
    expect(await app.owner.idempotencyKey.count({ where: { tenantId: tenant.id } })).toBe(0);
    const retry = await submit(me.token, key, 'Now with a description.');
    expect(retry.errors).toBeUndefined();
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await requestsOf(me.customer.id)).toBe(1);
  });

  it('keys are per customer: another customer sending the same key and body gets their own request, never the first answer', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const neighbour = await signedInCustomer(tenant.id);
    const key = randomUUID();
    const mine = await submit(me.token, key);
    const theirs = await submit(neighbour.token, key);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.data?.submitServiceRequest.id).not.toBe(mine.data?.submitServiceRequest.id);
    const created = await app.owner.serviceRequest.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: theirs.data!.submitServiceRequest.id } } });
    expect(created.customerId).toBe(neighbour.customer.id);
    // Row-level security: the neighbour's transaction sees only their own key, whatever the WHERE.
    const visible = await withScope(app.db, { tenantId: tenant.id, role: 'customer', customerId: neighbour.customer.id }, (tx) => tx.idempotencyKey.findMany());
    expect(visible.map((k) => k.principalId)).toEqual([neighbour.account.id]);
    expect(visible[0]?.responseBody).not.toContain(mine.data!.submitServiceRequest.id);
    // Staff see no customer's keys.
    const staffView = await withScope(app.db, { tenantId: tenant.id, role: 'staff' }, (tx) => tx.idempotencyKey.count());
    expect(staffView).toBe(0);
  });

  it('keys are per tenant: a customer of another tenant sending the same key gets their own request', async () => {
    const me = await signedInCustomer((await makeTenant(app.owner)).id);
    const otherTenant = await makeTenant(app.owner);
    const stranger = await signedInCustomer(otherTenant.id);
    const key = randomUUID();
    const mine = await submit(me.token, key);
    const theirs = await submit(stranger.token, key);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.submitServiceRequest.id).not.toBe(mine.data?.submitServiceRequest.id);
    expect(await requestsOf(stranger.customer.id)).toBe(1);
    const visible = await withScope(app.db, { tenantId: otherTenant.id, role: 'customer', customerId: stranger.customer.id }, (tx) => tx.idempotencyKey.findMany());
    expect(visible.map((k) => k.tenantId)).toEqual([otherTenant.id]);
  });

  it('a key answers with its first result for 24 hours, then it is free again', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const key = randomUUID();
    try {
      const first = await submit(me.token, key);
      app.clock.now = new Date(TEST_START.getTime() + 24 * 3_600_000 - 1);
      const replayed = await submit(me.token, key);
      expect(replayed.data).toEqual(first.data);
      expect(await requestsOf(me.customer.id)).toBe(1);
      app.clock.now = new Date(TEST_START.getTime() + 24 * 3_600_000);
      const fresh = await submit(me.token, key, 'A day later, something else.');
      expect(fresh.errors).toBeUndefined();
      expect(fresh.data?.submitServiceRequest.id).not.toBe(first.data?.submitServiceRequest.id);
      expect(await requestsOf(me.customer.id)).toBe(2);
      // The key now holds the new answer.
      expect((await submit(me.token, key, 'A day later, something else.')).data).toEqual(fresh.data);
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });

  it('a malformed key is BAD_USER_INPUT on the Idempotency-Key field, and nothing is created', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    for (const key of ['', 'x'.repeat(256), 'caf\u00e9', 'tab\there']) {
      const res = await submit(me.token, key);
      expectCode(res, 'BAD_USER_INPUT', { field: 'Idempotency-Key' });
      expect(res.status).toBe(400);
    }
    expect((await submit(me.token, 'x'.repeat(255))).errors).toBeUndefined();
    expect(await requestsOf(me.customer.id)).toBe(1);
  });

  it('the key is ignored on mutations that are not creates, and on queries', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const headers = { 'idempotency-key': 'not-a-create' };
    const rename = (name: string) =>
      app.call<{ updateProfile: { name: string } }>('portal', 'mutation($n: String!) { updateProfile(input: { name: $n }) { name } }', { n: name }, { token: me.token, headers });
    expect((await rename('Ada')).data?.updateProfile.name).toBe('Ada');
    expect((await rename('Grace')).data?.updateProfile.name).toBe('Grace');
    expect((await app.call('portal', '{ serviceRequests(first: 1) { nodes { id } } }', {}, { token: me.token, headers: { 'idempotency-key': '' } })).errors).toBeUndefined();
    expect(await app.owner.idempotencyKey.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe('Idempotency-Key on bookings and appointment requests', () => {
  const BOOK = 'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status scheduledStart requestedStart } }';
  const MON_0800 = '2026-11-23T14:00:00.000Z';

  for (const mode of ['instant', 'request'] as const) {
    it(`${mode} mode: concurrent retries of one booking with one key make one ${mode === 'instant' ? 'appointment' : 'appointment request'}, and all get it`, async () => {
      const { tenant, serviceType } = await makeBookingTenant(app.owner, { mode });
      const me = await makeBookingCustomer(app, tenant.id);
      const input = { serviceTypeId: serviceType.id, start: MON_0800, siteId: me.site.id, description: 'The furnace makes a noise.' };
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: 8 }, () => app.call('portal', BOOK, { input }, { token: me.token, headers: { 'idempotency-key': key } })));
      for (const res of answers) expect(res.errors).toBeUndefined();
      expect(new Set(answers.map((res) => JSON.stringify(res.data))).size).toBe(1);
      expect(await app.owner.job.count({ where: { tenantId: tenant.id, customerId: me.customer.id } })).toBe(1);
    });
  }
});

describe('Idempotency-Key on starting a payment', () => {
  it("startInvoicePayment retried with one key replays the first session (its answer is stored back in the customer's scope after the payment's own 'system' work)", async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const { invoice } = await makeCustomerRecords(app.owner, tenant.id, me.customer.id);
    const START = 'mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) { provider clientSecret amountMinor payment { id } } }';
    const headers = { 'idempotency-key': randomUUID() };
    const first = await app.call('portal', START, { input: { invoiceId: invoice.id } }, { token: me.token, headers });
    expect(first.errors).toBeUndefined();
    const again = await app.call('portal', START, { input: { invoiceId: invoice.id } }, { token: me.token, headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.data).toEqual(first.data);
    expect(await app.owner.payment.count({ where: { tenantId: tenant.id, invoiceId: invoice.id } })).toBe(1);
  });
});

describe('Idempotency-Key on staff creates', () => {
  const CREATE_JOB = 'mutation($input: CreateJobInput!) { createJob(input: $input) { id title status } }';
  const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name email } }';

  it('createJob retried with one key creates one job; another dispatcher with the same key creates their own', async () => {
    const w = await makeDispatchWorld(app);
    const input = { customerId: w.me.customer.id, siteId: w.me.site.id, serviceTypeId: w.serviceType.id, start: '2026-12-01T15:00:00.000Z', title: 'Boiler check' };
    const headers = { 'idempotency-key': 'job-2026-12-01' };
    const jobs = () => app.owner.job.count({ where: { tenantId: w.tenantId, title: 'Boiler check' } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.call('admin', CREATE_JOB, { input }, { token: w.tokens.dispatcher, headers })));
    expect(new Set(answers.map((res) => JSON.stringify(res.data))).size).toBe(1);
    expect(answers[0]?.errors).toBeUndefined();
    expect(await jobs()).toBe(1);
    const other = await app.call<{ createJob: { id: string } }>('admin', CREATE_JOB, { input }, { token: w.tokens.owner, headers });
    expect(other.errors).toBeUndefined();
    expect(await jobs()).toBe(2);
    // Without a key, a second identical call is a second job.
    await app.call('admin', CREATE_JOB, { input }, { token: w.tokens.owner });
    expect(await jobs()).toBe(3);
  });

  it('createCustomer: concurrent retries with one key all get the created customer instead of CONFLICT; a reused key with other input is CONFLICT', async () => {
    const tenant = await makeTenant(app.owner);
    const { token } = await staffToken(app, await makeStaff(app.owner, tenant.id, 'dispatcher'));
    const key = randomUUID();
    const input = { name: 'Ada Lovelace', email: `ada-${key}@example.com` };
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.call('admin', CREATE_CUSTOMER, { input }, { token, headers: { 'idempotency-key': key } })));
    for (const res of answers) expect(res.errors).toBeUndefined();
    expect(new Set(answers.map((res) => JSON.stringify(res.data))).size).toBe(1);
    expect(await app.owner.customer.count({ where: { tenantId: tenant.id } })).toBe(1);
    const reused = await app.call('admin', CREATE_CUSTOMER, { input: { ...input, name: 'Grace Hopper' } }, { token, headers: { 'idempotency-key': key } });
    expectCode(reused, 'CONFLICT', { reason: 'IDEMPOTENCY_KEY_REUSED' });
  });
});

describe('keeping keys', () => {
  it('a request waits for the one holding its key at most a bounded time (lock_timeout), never forever', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const now = app.clock.now;
    const claim = (tx: Pick<TestApp['db'], '$queryRaw'>) =>
      tx.$queryRaw`SELECT * FROM idempotency_claim(${tenant.id}::uuid, ${me.account.id}::uuid, ${me.customer.id}::uuid, 'held', 'h', ${now}::timestamptz, ${new Date(now.getTime() - 86_400_000)}::timestamptz, 200::integer)`;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let claimed!: () => void;
    const holding = new Promise<void>((resolve) => (claimed = resolve));
    // An in-flight request: it claimed the key and has not committed yet.
    const first = withScope(app.db, { tenantId: tenant.id, role: 'customer', customerId: me.customer.id }, async (tx) => {
      await claim(tx);
      claimed();
      await held;
    });
    await holding;
    const second = withScope(app.db, { tenantId: tenant.id, role: 'customer', customerId: me.customer.id }, (tx) => claim(tx));
    await expect(second).rejects.toThrow(/55P03|lock timeout/);
    release();
    await first;
  });

  it('housekeeping removes keys older than 24 hours and keeps the rest', async () => {
    const tenant = await makeTenant(app.owner);
    const me = await signedInCustomer(tenant.id);
    const key = (name: string, hoursAgo: number) =>
      app.owner.idempotencyKey.create({
        data: {
          tenantId: tenant.id,
          principalId: me.account.id,
          customerId: me.customer.id,
          key: name,
          requestHash: 'h',
          responseStatus: 200,
          responseBody: '{}',
          createdAt: new Date(TEST_START.getTime() - hoursAgo * 3_600_000),
        },
      });
    await key('old', 25);
    await key('recent', 23);
    const result = await runHousekeeping({ ...app.deps, owner: app.owner }, { tenantIds: [tenant.id] });
    expect(result.idempotencyKeys).toBe(1);
    expect((await app.owner.idempotencyKey.findMany({ where: { tenantId: tenant.id } })).map((k) => k.key)).toEqual(['recent']);
  });
});
