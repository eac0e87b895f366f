// Every money path locks the invoice first (payment-records.ts): a sandbox confirmation racing
// a saved-card payment, a void, an offline payment or a refund of the same invoice takes turns,
// and the loser answers a clean CONFLICT, never INTERNAL (a PostgreSQL deadlock, 40P01).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GraphQLResult, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';
import { createHash } from 'node:crypto';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ROUNDS = 20;
const START = `mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) { clientSecret payment { id status } } }`;
const CONFIRM = `mutation($input: ConfirmSandboxPaymentInput!) { confirmSandboxPayment(input: $input) { id status } }`;
const AUTHENTICATE = `mutation($clientSecret: String!) { completeSandboxAuthentication(clientSecret: $clientSecret, approve: true) { id status } }`;
const VOID = `mutation($id: ID!) { voidInvoice(id: $id, reason: "Billed twice") { status } }`;
const OFFLINE = `mutation($input: OfflinePaymentInput!) { recordOfflinePayment(input: $input) { status } }`;
const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { status } }`;

/** A customer with an issued invoice of 150.00, a card saved with the sandbox, and an admin. */
async function world(options: { partial?: boolean } = {}) {
  const tenant = await makeTenant(app.owner);
  if (options.partial) await app.owner.tenant.update({ where: { id: tenant.id }, data: { allowPartialPayments: true } });
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const { invoice } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const customerRef = `cus_sandbox_${createHash('sha256').update(`${tenant.id}:${customer.id}`).digest('hex').slice(0, 20)}`;
  await app.owner.paymentCustomer.create({ data: { tenantId: tenant.id, customerId: customer.id, provider: 'sandbox', providerCustomerId: customerRef } });
  const card = await app.owner.sandboxPaymentMethod.create({
    data: { tenantId: tenant.id, id: `pm_sandbox_${customer.id.slice(0, 8)}`, customerId: customer.id, customerRef, brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
  });
  const { token } = await customerToken(app, account!);
  const admin = await signedInStaff(app, tenant.id, 'admin');
  return { tenant, customer, invoice, token, adminToken: admin.token, cardId: card.id };
}
type World = Awaited<ReturnType<typeof world>>;

async function openAttempt(me: World, amountMinor?: number): Promise<{ clientSecret: string; paymentId: string }> {
  const res = await app.call<{ startInvoicePayment: { clientSecret: string; payment: { id: string } } }>(
    'portal',
    START,
    { input: { invoiceId: me.invoice.id, amountMinor } },
    { token: me.token },
  );
  expect(res.errors).toBeUndefined();
  return { clientSecret: res.data!.startInvoicePayment.clientSecret, paymentId: res.data!.startInvoicePayment.payment.id };
}

function confirm(me: World, clientSecret: string, cardNumber = '4242424242424242') {
  return app.call('portal', CONFIRM, { input: { clientSecret, cardNumber, expiry: '12/30', cvc: '123' } }, { token: me.token });
}

/** Every answer either went through or is a clean CONFLICT; returns how many went through. */
function outcomes(answers: GraphQLResult[]): number {
  for (const answer of answers) {
    const code = answer.errors?.[0]?.extensions?.code;
    expect(code === undefined || code === 'CONFLICT', JSON.stringify(answer.errors)).toBe(true);
  }
  return answers.filter((a) => !a.errors).length;
}

async function invoiceRow(me: World) {
  return app.owner.invoice.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.invoice.id } });
}

async function succeededMinor(me: World): Promise<number> {
  const rows = await app.owner.payment.findMany({ where: { tenantId: me.tenant.id, invoiceId: me.invoice.id, status: { in: ['succeeded', 'partially_refunded', 'refunded'] } } });
  return rows.reduce((sum, p) => sum + p.amountMinor, 0);
}

describe('concurrent money operations on one invoice take turns (invoice locked first)', () => {
  it(`a sandbox confirmation against a saved-card payment, ${ROUNDS} times: one pays, never twice, never INTERNAL`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const me = await world();
      const { clientSecret } = await openAttempt(me);
      const answers = await Promise.all([
        confirm(me, clientSecret),
        app.call('portal', START, { input: { invoiceId: me.invoice.id, savedPaymentMethodId: me.cardId } }, { token: me.token }),
      ]);
      expect(outcomes(answers)).toBe(1);
      const invoice = await invoiceRow(me);
      expect([invoice.status, invoice.paidMinor, await succeededMinor(me)]).toEqual(['paid', 15000, 15000]);
    }
  });

  it(`a sandbox confirmation against staff voiding the invoice, ${ROUNDS} times: paid or void, never both`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const me = await world();
      const { clientSecret } = await openAttempt(me);
      const answers = await Promise.all([confirm(me, clientSecret), app.call('admin', VOID, { id: me.invoice.id }, { token: me.adminToken })]);
      expect(outcomes(answers)).toBe(1);
      const invoice = await invoiceRow(me);
      const paid = await succeededMinor(me);
      expect([invoice.status, invoice.paidMinor, paid]).toEqual(invoice.status === 'void' ? ['void', 0, 0] : ['paid', 15000, 15000]);
    }
  });

  it(`a sandbox confirmation against an offline payment of the whole amount, ${ROUNDS} times: the invoice is paid once`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const me = await world();
      const { clientSecret } = await openAttempt(me);
      const answers = await Promise.all([
        confirm(me, clientSecret),
        app.call('admin', OFFLINE, { input: { invoiceId: me.invoice.id, amountMinor: 15000, method: 'cheque', receivedOn: '2026-11-19' } }, { token: me.adminToken }),
      ]);
      expect(outcomes(answers)).toBe(1);
      const invoice = await invoiceRow(me);
      expect([invoice.status, invoice.paidMinor, await succeededMinor(me)]).toEqual(['paid', 15000, 15000]);
    }
  });

  it(`a 3-D Secure approval against a saved-card payment, ${ROUNDS} times: one pays`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const me = await world();
      const { clientSecret } = await openAttempt(me);
      const challenged = await confirm(me, clientSecret, '4000002500003155');
      expect(challenged.errors).toBeUndefined();
      const answers = await Promise.all([
        app.call('portal', AUTHENTICATE, { clientSecret }, { token: me.token }),
        app.call('portal', START, { input: { invoiceId: me.invoice.id, savedPaymentMethodId: me.cardId } }, { token: me.token }),
      ]);
      expect(outcomes(answers)).toBe(1);
      const invoice = await invoiceRow(me);
      expect([invoice.status, invoice.paidMinor, await succeededMinor(me)]).toEqual(['paid', 15000, 15000]);
    }
  });

  it(`a sandbox confirmation against a refund of an earlier part payment, ${ROUNDS} times: both go through, the books add up`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const me = await world({ partial: true });
      const first = await openAttempt(me, 5000);
      expect((await confirm(me, first.clientSecret)).errors).toBeUndefined();
      const { clientSecret } = await openAttempt(me);
      const answers = await Promise.all([
        confirm(me, clientSecret),
        app.call('admin', REFUND, { input: { paymentId: first.paymentId, amountMinor: 1000 } }, { token: me.adminToken }),
      ]);
      outcomes(answers);
      const payments = await app.owner.payment.findMany({ where: { tenantId: me.tenant.id, invoiceId: me.invoice.id } });
      const received = payments.filter((p) => ['succeeded', 'partially_refunded', 'refunded'].includes(p.status)).reduce((sum, p) => sum + p.amountMinor, 0);
      const refunded = payments.reduce((sum, p) => sum + p.refundedMinor, 0);
      const invoice = await invoiceRow(me);
      expect(received).toBeLessThanOrEqual(15000);
      expect(invoice.paidMinor).toBe(received - refunded);
    }
  });
});
