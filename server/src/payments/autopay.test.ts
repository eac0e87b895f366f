// Autopay of service agreements through GraphQL and the worker's task, with a fixed clock: saved
// sandbox methods, setAutopay, the charge on issue (exactly once under concurrency), and dunning
// retries 1, 3 and 7 days after the first failure, each failure emailed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_START, startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant } from '../test/factory.js';
import { generateDueRecurringInvoices } from '../agreements/agreements.service.js';
import { chargeAutopay } from './autopay.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SAVE_CARD = `mutation($input: SaveSandboxCardInput!) { saveSandboxCard(input: $input) { id kind brand last4 expMonth expYear } }`;
const SAVE_BANK = `mutation($input: SaveSandboxBankAccountInput!) { saveSandboxBankAccount(input: $input) { id kind brand last4 } }`;
const SET = `mutation($agreementId: ID!, $paymentMethodId: ID) { setAutopay(agreementId: $agreementId, paymentMethodId: $paymentMethodId) { id autopay { paymentMethodId kind last4 } } }`;
const AGREEMENTS = `query { serviceAgreements { id name autopay { paymentMethodId last4 } } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { amountDueMinor paymentProcessing autopay { attempts state lastFailureReason nextRetryAt } } }`;

async function world() {
  const tenant = await makeTenant(app.owner);
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const agreement = await app.owner.serviceAgreement.create({
    data: { tenantId: tenant.id, customerId: customer.id, name: 'Monthly filter plan', priceMinor: 2500, intervalMonths: 1, nextInvoiceOn: new Date('2026-11-20') },
  });
  const { token } = await customerToken(app, account!);
  return { tenant, customer, agreement, token };
}
type World = Awaited<ReturnType<typeof world>>;

async function saveCard(me: World, cardNumber: string) {
  const res = await app.call<{ saveSandboxCard: { id: string } }>('portal', SAVE_CARD, { input: { cardNumber, expiry: '12/30', cvc: '123' } }, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.saveSandboxCard.id;
}

async function autopayOn(me: World, methodId: string) {
  const res = await app.call<{ setAutopay: unknown }>('portal', SET, { agreementId: me.agreement.id, paymentMethodId: methodId }, { token: me.token });
  expect(res.errors).toBeUndefined();
}

async function chargeJobs(tenantId: string) {
  return app.owner.$queryRawUnsafe<{ key: string; run_at: Date; payload: { tenantId: string; invoiceId: string; attempt: number } }[]>(
    `SELECT j.key, j.run_at, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = 'autopay-charge' AND j.flags ? $1 ORDER BY j.run_at`,
    `tenant:${tenantId}`,
  );
}

async function issue(me: World) {
  await generateDueRecurringInvoices(app.deps, app.clock.now);
  const invoice = await app.owner.invoice.findFirst({ where: { tenantId: me.tenant.id, agreementId: me.agreement.id } });
  return invoice!;
}

async function invoiceView(me: World, id: string) {
  const res = await app.call<{
    invoice: {
      amountDueMinor: number;
      paymentProcessing: boolean;
      autopay: { attempts: number; state: string; lastFailureReason: string | null; nextRetryAt: string | null } | null;
    };
  }>('portal', INVOICE, { id }, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.invoice;
}

describe('autopay', () => {
  it('a saved card on autopay is charged once when the invoice is issued, even by concurrent runs', async () => {
    const me = await world();
    const card = await saveCard(me, '4242424242424242');
    await autopayOn(me, card);
    const listed = await app.call<{ serviceAgreements: { id: string; autopay: { paymentMethodId: string; last4: string } | null }[] }>(
      'portal',
      AGREEMENTS,
      {},
      { token: me.token },
    );
    expect(listed.data!.serviceAgreements).toEqual([{ id: me.agreement.id, name: 'Monthly filter plan', autopay: { paymentMethodId: card, last4: '4242' } }]);

    const invoice = await issue(me);
    const jobs = await chargeJobs(me.tenant.id);
    expect(jobs.map((j) => j.payload)).toEqual([{ tenantId: me.tenant.id, invoiceId: invoice.id, attempt: 0 }]);
    const runs = await Promise.all([chargeAutopay(app.deps, jobs[0]!.payload), chargeAutopay(app.deps, jobs[0]!.payload), chargeAutopay(app.deps, jobs[0]!.payload)]);
    expect(runs.filter((r) => r === 'succeeded')).toHaveLength(1);
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id, status: 'succeeded' } })).toBe(1);
    expect(await invoiceView(me, invoice.id)).toMatchObject({ amountDueMinor: 0, autopay: { attempts: 1, state: 'succeeded', lastFailureReason: null, nextRetryAt: null } });
  });

  it('a card that declines when charged is retried 1, 3 and 7 days after the first failure, each failure emailed, then left to the customer', async () => {
    const me = await world();
    await autopayOn(me, await saveCard(me, '4000000000000341'));
    const invoice = await issue(me);
    const day = 86_400_000;
    const expected = [1, 3, 7].map((d) => new Date(TEST_START.getTime() + d * day));
    for (let attempt = 0; attempt <= 3; attempt++) {
      const job = (await chargeJobs(me.tenant.id)).find((j) => j.payload.attempt === attempt);
      expect(job).toBeDefined();
      app.clock.now = job!.run_at;
      expect(await chargeAutopay(app.deps, job!.payload)).toBe('failed');
      await app.owner.$executeRawUnsafe(`SELECT graphile_worker.remove_job($1)`, job!.key);
      // The customer's access token is short-lived: they read the invoice at the start's time.
      app.clock.now = new Date(TEST_START);
      const view = await invoiceView(me, invoice.id);
      expect(view.autopay).toMatchObject({ attempts: attempt + 1, lastFailureReason: 'Your card was declined.' });
      if (attempt < 3) {
        expect(view.autopay?.state).toBe('failed');
        expect(new Date(view.autopay!.nextRetryAt!)).toEqual(expected[attempt]);
      } else expect(view.autopay).toMatchObject({ state: 'gaveUp', nextRetryAt: null });
    }
    app.clock.now = new Date(TEST_START);
    expect(await chargeJobs(me.tenant.id)).toHaveLength(0);
    expect(await invoiceView(me, invoice.id)).toMatchObject({ amountDueMinor: 2500 });
    const failed = await app.owner.outboxEmail.findMany({ where: { tenantId: me.tenant.id, subject: { startsWith: 'Payment failed' } } });
    expect(failed).toHaveLength(4);
    expect(failed[0]!.text).toContain(`/invoices/${invoice.id}`);
    // Autopay stays on for the next invoices.
    expect(await app.owner.agreementAutopay.count({ where: { tenantId: me.tenant.id } })).toBe(1);
  });

  it('a saved bank account on autopay goes processing; no retry is scheduled while it is', async () => {
    const me = await world();
    const saved = await app.call<{ saveSandboxBankAccount: { id: string; kind: string; last4: string } }>(
      'portal',
      SAVE_BANK,
      { input: { accountHolderName: 'Jane Doe', routingNumber: '110000000', accountNumber: '000123456789', mandateAccepted: true } },
      { token: me.token },
    );
    expect(saved.data!.saveSandboxBankAccount).toMatchObject({ kind: 'us_bank_account', last4: '6789' });
    await autopayOn(me, saved.data!.saveSandboxBankAccount.id);
    const invoice = await issue(me);
    const [job] = await chargeJobs(me.tenant.id);
    expect(await chargeAutopay(app.deps, job!.payload)).toBe('processing');
    expect(await invoiceView(me, invoice.id)).toMatchObject({ paymentProcessing: true, autopay: { state: 'processing' } });
  });

  it("nobody can put autopay on another customer's agreement or use another customer's card", async () => {
    const me = await world();
    const other = await world();
    const theirCard = await saveCard(other, '4242424242424242');
    const mine = await saveCard(me, '4242424242424242');
    const onTheirs = await app.call('portal', SET, { agreementId: other.agreement.id, paymentMethodId: mine }, { token: me.token });
    expect(onTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const withTheirCard = await app.call('portal', SET, { agreementId: me.agreement.id, paymentMethodId: theirCard }, { token: me.token });
    expect(withTheirCard.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const sameTenant = await makeCustomer(app.owner, me.tenant.id);
    const neighbour = await customerToken(app, sameTenant.account!);
    const onMine = await app.call('portal', SET, { agreementId: me.agreement.id, paymentMethodId: null }, { token: neighbour.token });
    expect(onMine.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await app.owner.agreementAutopay.count({ where: { tenantId: { in: [me.tenant.id, other.tenant.id] } } })).toBe(0);
  });
});
