// Autopay of meter contracts through GraphQL, meter billing and the worker's charge task, with a
// fixed clock: the customer puts a contract on autopay, the period-end invoice is charged once
// (billing and charging each raced under Promise.all), a declining card goes through the same
// dunning as agreements, several contracts on one invoice, and who can set or read it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeAssetType, makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { chargeAutopay } from '../payments/autopay.service.js';
import { billDueMeterPeriods } from './meter-billing.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});
afterAll(() => app.close());

const SAVE_CARD = `mutation($input: SaveSandboxCardInput!) { saveSandboxCard(input: $input) { id } }`;
const SET = `mutation($contractId: ID!, $paymentMethodId: ID) {
  setMeterContractAutopay(contractId: $contractId, paymentMethodId: $paymentMethodId) { id number autopay { paymentMethodId kind brand last4 expMonth expYear } } }`;
const PORTAL_LIST = `{ meterContracts { nodes { id autopay { paymentMethodId last4 } } } }`;
const ADMIN_ONE = `query($id: ID!) { meterContract(id: $id) { id autopay { paymentMethodId last4 } } }`;
const CREATE = `mutation($input: MeterContractInput!) { createMeterContract(input: $input) { id } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { amountDueMinor autopay { attempts state lastFailureReason nextRetryAt } } }`;

// The clock: 2026-11-20 (Chicago). Monthly contracts from 2026-10-02 on billing day 1: the period
// 2026-10-02 – 2026-11-01 has ended and is billed at once; a base charge needs no reading.
const OCT = { startsOn: '2026-10-02', periodMonths: 1, billingDay: 1 };

async function dealer() {
  const tenant = await makeTenant(app.owner);
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureMeters: true } });
  const { token } = await signedInStaff(app, tenant.id, 'owner');
  const type = await makeAssetType(app.owner, tenant.id, { en: 'Copier' });
  return { tenant, token, typeId: type.id };
}
type Dealer = Awaited<ReturnType<typeof dealer>>;

async function customerOf(d: Dealer) {
  const { customer, account } = await makeCustomer(app.owner, d.tenant.id);
  if (!account) throw new Error('account expected');
  const { token } = await customerToken(app, account);
  return { customer, token };
}
type Customer = Awaited<ReturnType<typeof customerOf>>;

/** A device of the customer under a base-charge contract. */
async function contractFor(d: Dealer, c: Customer, serial: string, extra: Record<string, unknown> = {}): Promise<string> {
  const asset = await app.owner.asset.create({ data: { tenantId: d.tenant.id, customerId: c.customer.id, assetTypeId: d.typeId, name: 'Konica C250i', serialNumber: serial } });
  const res = await app.call<{ createMeterContract: { id: string } }>(
    'admin',
    CREATE,
    { input: { assetId: asset.id, ...OCT, baseChargeMinor: 5000, ...extra } },
    { token: d.token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createMeterContract.id;
}

async function saveCard(c: Customer, cardNumber: string): Promise<string> {
  const res = await app.call<{ saveSandboxCard: { id: string } }>('portal', SAVE_CARD, { input: { cardNumber, expiry: '12/30', cvc: '123' } }, { token: c.token });
  expect(res.errors).toBeUndefined();
  return res.data!.saveSandboxCard.id;
}

async function setAutopay(c: Customer, contractId: string, paymentMethodId: string | null) {
  return app.call<{ setMeterContractAutopay: { id: string; autopay: { paymentMethodId: string; last4: string } | null } }>(
    'portal',
    SET,
    { contractId, paymentMethodId },
    { token: c.token },
  );
}

async function chargeJobs(tenantId: string) {
  return app.owner.$queryRawUnsafe<{ key: string; run_at: Date; payload: { tenantId: string; invoiceId: string; attempt: number } }[]>(
    `SELECT j.key, j.run_at, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = 'autopay-charge' AND j.flags ? $1 ORDER BY j.run_at`,
    `tenant:${tenantId}`,
  );
}

function bill(d: Dealer) {
  return billDueMeterPeriods({ ...app.deps, owner: app.owner }, [d.tenant.id]);
}

async function invoiceView(c: Customer, id: string) {
  const res = await app.call<{
    invoice: { amountDueMinor: number; autopay: { attempts: number; state: string; lastFailureReason: string | null; nextRetryAt: string | null } | null };
  }>('portal', INVOICE, { id }, { token: c.token });
  expect(res.errors).toBeUndefined();
  return res.data!.invoice;
}

describe('meter contract autopay', () => {
  it('a contract on autopay has its period-end invoice charged exactly once, even when billing and charging race', async () => {
    const d = await dealer();
    const me = await customerOf(d);
    const contractId = await contractFor(d, me, 'A1');
    const card = await saveCard(me, '4242424242424242');
    const set = await setAutopay(me, contractId, card);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMeterContractAutopay).toMatchObject({ id: contractId, autopay: { paymentMethodId: card, last4: '4242' } });
    const listed = await app.call<{ meterContracts: { nodes: unknown[] } }>('portal', PORTAL_LIST, {}, { token: me.token });
    expect(listed.data!.meterContracts.nodes).toEqual([{ id: contractId, autopay: { paymentMethodId: card, last4: '4242' } }]);
    const office = await app.call<{ meterContract: unknown }>('admin', ADMIN_ONE, { id: contractId }, { token: d.token });
    expect(office.data!.meterContract).toEqual({ id: contractId, autopay: { paymentMethodId: card, last4: '4242' } });

    const runs = await Promise.all([bill(d), bill(d), bill(d)]);
    const invoiceIds = runs.flat().map((g) => g.invoiceId);
    expect(invoiceIds).toHaveLength(1);
    const invoiceId = invoiceIds[0]!;
    const jobs = await chargeJobs(d.tenant.id);
    expect(jobs.map((j) => j.payload)).toEqual([{ tenantId: d.tenant.id, invoiceId, attempt: 0 }]);

    const charges = await Promise.all([0, 1, 2].map(() => chargeAutopay(app.deps, jobs[0]!.payload)));
    expect(charges.filter((r) => r === 'succeeded')).toHaveLength(1);
    expect(await app.owner.payment.count({ where: { tenantId: d.tenant.id, status: 'succeeded' } })).toBe(1);
    expect(await invoiceView(me, invoiceId)).toEqual({ amountDueMinor: 0, autopay: { attempts: 1, state: 'succeeded', lastFailureReason: null, nextRetryAt: null } });
    // A repeated job (the queue's retry) charges nothing more.
    expect(await chargeAutopay(app.deps, jobs[0]!.payload)).toBe('nothing to charge');
  });

  it('a card that declines is retried 1, 3 and 7 days after the first failure, each failure emailed with a pay link, like agreements', async () => {
    const d = await dealer();
    const me = await customerOf(d);
    const contractId = await contractFor(d, me, 'D1');
    expect((await setAutopay(me, contractId, await saveCard(me, '4000000000000341'))).errors).toBeUndefined();
    const [group] = await bill(d);
    const invoiceId = group!.invoiceId!;
    const day = 86_400_000;
    const expected = [1, 3, 7].map((n) => new Date(TEST_START.getTime() + n * day));
    for (let attempt = 0; attempt <= 3; attempt++) {
      const job = (await chargeJobs(d.tenant.id)).find((j) => j.payload.attempt === attempt);
      expect(job, `attempt ${attempt}`).toBeDefined();
      app.clock.now = job!.run_at;
      expect(await chargeAutopay(app.deps, job!.payload)).toBe('failed');
      await app.owner.$executeRawUnsafe(`SELECT graphile_worker.remove_job($1)`, job!.key);
      app.clock.now = new Date(TEST_START);
      const view = await invoiceView(me, invoiceId);
      expect(view.autopay).toMatchObject({ attempts: attempt + 1, lastFailureReason: 'Your card was declined.' });
      if (attempt < 3) expect(view.autopay).toMatchObject({ state: 'failed', nextRetryAt: expected[attempt]!.toISOString() });
      else expect(view.autopay).toMatchObject({ state: 'gaveUp', nextRetryAt: null });
    }
    expect(await chargeJobs(d.tenant.id)).toHaveLength(0);
    expect((await invoiceView(me, invoiceId)).amountDueMinor).toBe(5000);
    const failed = await app.owner.outboxEmail.findMany({ where: { tenantId: d.tenant.id, subject: { startsWith: 'Payment failed' } } });
    expect(failed).toHaveLength(4);
    expect(failed[0]!.text).toContain(`/invoices/${invoiceId}`);
    expect(await app.owner.meterContractAutopay.count({ where: { tenantId: d.tenant.id } })).toBe(1);
  });

  it('an invoice of several contracts is charged only when all are on autopay with one method', async () => {
    const d = await dealer();
    // Same method on both: charged, once, for the whole invoice.
    const same = await customerOf(d);
    const card = await saveCard(same, '4242424242424242');
    for (const serial of ['S1', 'S2']) expect((await setAutopay(same, await contractFor(d, same, serial), card)).errors).toBeUndefined();
    // Two methods: left to the customer.
    const two = await customerOf(d);
    expect((await setAutopay(two, await contractFor(d, two, 'T1'), await saveCard(two, '4242424242424242'))).errors).toBeUndefined();
    expect((await setAutopay(two, await contractFor(d, two, 'T2'), await saveCard(two, '5555555555554444'))).errors).toBeUndefined();
    // One contract off autopay: left to the customer.
    const partly = await customerOf(d);
    expect((await setAutopay(partly, await contractFor(d, partly, 'P1'), await saveCard(partly, '4242424242424242'))).errors).toBeUndefined();
    await contractFor(d, partly, 'P2');
    // Turned on, then off: nothing.
    const off = await customerOf(d);
    const offContract = await contractFor(d, off, 'O1');
    expect((await setAutopay(off, offContract, await saveCard(off, '4242424242424242'))).errors).toBeUndefined();
    const turnedOff = await setAutopay(off, offContract, null);
    expect(turnedOff.data!.setMeterContractAutopay.autopay).toBeNull();

    const billed = await bill(d);
    expect(billed).toHaveLength(4);
    const invoices = await app.owner.invoice.findMany({ where: { tenantId: d.tenant.id }, select: { id: true, customerId: true, totalMinor: true } });
    const sameInvoice = invoices.find((i) => i.customerId === same.customer.id);
    expect(sameInvoice?.totalMinor).toBe(10_000);
    const jobs = await chargeJobs(d.tenant.id);
    expect(jobs.map((j) => j.payload.invoiceId)).toEqual([sameInvoice!.id]);
    expect(await chargeAutopay(app.deps, jobs[0]!.payload)).toBe('succeeded');
    expect((await app.owner.payment.findMany({ where: { tenantId: d.tenant.id }, select: { amountMinor: true } })).map((p) => p.amountMinor)).toEqual([10_000]);
  });

  it("nobody sets or reads autopay on another customer's or tenant's contract, or with another customer's card", async () => {
    const d = await dealer();
    const me = await customerOf(d);
    const neighbour = await customerOf(d);
    const mine = await contractFor(d, me, 'M1');
    const myCard = await saveCard(me, '4242424242424242');
    const theirCard = await saveCard(neighbour, '4242424242424242');
    expect((await setAutopay(me, mine, myCard)).errors).toBeUndefined();

    expect((await setAutopay(neighbour, mine, theirCard)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await setAutopay(neighbour, mine, null)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await setAutopay(me, mine, theirCard)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await setAutopay(me, 'not-an-id', null)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const theirList = await app.call<{ meterContracts: { nodes: unknown[] } }>('portal', PORTAL_LIST, {}, { token: neighbour.token });
    expect(theirList.data!.meterContracts.nodes).toEqual([]);

    const elsewhere = await dealer();
    const stranger = await customerOf(elsewhere);
    expect((await setAutopay(stranger, mine, await saveCard(stranger, '4242424242424242'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherOffice = await app.call('admin', ADMIN_ONE, { id: mine }, { token: elsewhere.token });
    expect(otherOffice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { token: technician } = await signedInStaff(app, d.tenant.id, 'technician');
    const asTechnician = await app.call('admin', ADMIN_ONE, { id: mine }, { token: technician });
    expect(asTechnician.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Row-level security underneath: a neighbour's and a technician's scope see no autopay row.
    const seen = (scope: Parameters<typeof withScope>[1]) => withScope(app.db, scope, (tx) => tx.meterContractAutopay.count());
    expect(await seen({ tenantId: d.tenant.id, role: 'customer', customerId: me.customer.id })).toBe(1);
    expect(await seen({ tenantId: d.tenant.id, role: 'customer', customerId: neighbour.customer.id })).toBe(0);
    expect(await seen({ tenantId: elsewhere.tenant.id, role: 'staff' })).toBe(0);
    const flags = await app.owner.$queryRaw<{ relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
      SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'meter_contract_autopay'`;
    expect(flags).toEqual([{ relrowsecurity: true, relforcerowsecurity: true }]);
    expect(await app.owner.meterContractAutopay.count({ where: { contractId: mine } })).toBe(1);
  });

  it('an ended contract cannot be put on autopay; with meters off, the door refuses', async () => {
    const d = await dealer();
    const me = await customerOf(d);
    const ended = await contractFor(d, me, 'E1', { endsOn: '2026-11-01' });
    await bill(d);
    const card = await saveCard(me, '4242424242424242');
    expect((await setAutopay(me, ended, card)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONTRACT_ENDED' });
    expect((await setAutopay(me, ended, null)).errors).toBeUndefined();

    const running = await contractFor(d, me, 'E2');
    await app.owner.tenant.update({ where: { id: d.tenant.id }, data: { featureMeters: false } });
    expect((await setAutopay(me, running, card)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
    expect(await app.owner.meterContractAutopay.count({ where: { tenantId: d.tenant.id } })).toBe(0);
  });
});
