// Online payments through the built-in sandbox provider, end to end through GraphQL, and
// staff's side (reading, refunding, the role matrix).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ORIGIN, startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const START = `mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) {
  provider clientSecret publishableKey amountMinor currency payment { id status amountMinor invoiceId invoiceNumber } } }`;
const CONFIRM = `mutation($input: ConfirmSandboxPaymentInput!) { confirmSandboxPayment(input: $input) {
  id status amountMinor failureReason cardBrand last4 receiptUrl } }`;
const AUTHENTICATE = `mutation($clientSecret: String!, $approve: Boolean!) { completeSandboxAuthentication(clientSecret: $clientSecret, approve: $approve) { id status failureReason } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { status amountDueMinor canPay allowPartialPayment payments { id status amountMinor failureReason receiptUrl } } }`;

interface Session {
  provider: string;
  clientSecret: string;
  amountMinor: number;
  payment: { id: string; status: string };
}
interface PaymentView {
  id: string;
  status: string;
  amountMinor: number;
  failureReason: string | null;
  cardBrand: string | null;
  last4: string | null;
  receiptUrl: string | null;
}

async function customerWithInvoice(options: { partial?: boolean; locale?: string } = {}) {
  const tenant = await makeTenant(app.owner);
  if (options.partial) await app.owner.tenant.update({ where: { id: tenant.id }, data: { allowPartialPayments: true } });
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  if (options.locale) await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { locale: options.locale } });
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const { token } = await customerToken(app, account!);
  return { tenant, customer, account: account!, invoice: records.invoice, token };
}

type World = Awaited<ReturnType<typeof customerWithInvoice>>;

async function start(me: World, input: Record<string, unknown> = {}) {
  return app.call<{ startInvoicePayment: Session }>('portal', START, { input: { invoiceId: me.invoice.id, ...input } }, { token: me.token });
}

async function pay(me: World, clientSecret: string, cardNumber: string, extra: Record<string, string> = {}) {
  return app.call<{ confirmSandboxPayment: PaymentView }>('portal', CONFIRM, { input: { clientSecret, cardNumber, expiry: '12/30', cvc: '123', ...extra } }, { token: me.token });
}

async function invoiceOf(me: World) {
  const res = await app.call<{ invoice: { status: string; amountDueMinor: number; canPay: boolean; allowPartialPayment: boolean; payments: PaymentView[] } }>(
    'portal',
    INVOICE,
    { id: me.invoice.id },
    { token: me.token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.invoice;
}

describe('paying an invoice in the sandbox', () => {
  it('the success card pays the whole amount due: the invoice is paid at once, a receipt is emailed and downloadable', async () => {
    const me = await customerWithInvoice();
    const started = await start(me);
    expect(started.errors).toBeUndefined();
    const session = started.data!.startInvoicePayment;
    expect(session).toMatchObject({
      provider: 'sandbox',
      publishableKey: null,
      amountMinor: 15000,
      currency: 'USD',
      payment: { status: 'pending', amountMinor: 15000, invoiceId: me.invoice.id, invoiceNumber: me.invoice.number },
    });
    expect(session.clientSecret).toMatch(/^pi_sandbox_\w+_secret_\w+$/);
    expect((await invoiceOf(me)).canPay).toBe(true);

    const paid = await pay(me, session.clientSecret, '4242 4242 4242 4242');
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.confirmSandboxPayment).toMatchObject({ id: session.payment.id, status: 'succeeded', cardBrand: 'visa', last4: '4242', failureReason: null });

    const invoice = await invoiceOf(me);
    expect(invoice).toMatchObject({ status: 'paid', amountDueMinor: 0, canPay: false });
    expect(invoice.payments.map((p) => p.status)).toEqual(['succeeded']);
    const receipt = await fetch(`${app.url}${invoice.payments[0]!.receiptUrl}`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    expect((await receipt.arrayBuffer()).byteLength).toBeGreaterThan(500);

    const emails = await app.owner.outboxEmail.findMany({ where: { tenantId: me.tenant.id, customerId: me.customer.id } });
    expect(emails.map((e) => e.subject)).toEqual([`Payment receipt: invoice ${me.invoice.number} from ${me.tenant.name}`]);
    expect(emails[0]!.text).toContain(`${TEST_ORIGIN}/${me.tenant.slug}/portal/invoices/${me.invoice.id}\n`);
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.paid', subjectId: me.invoice.id } })).toBe(1);
  });

  it('a declined card is recorded with a readable reason and a French email for a French customer; a retry then succeeds', async () => {
    const me = await customerWithInvoice({ locale: 'fr' });
    const first = (await start(me)).data!.startInvoicePayment;
    const declined = await pay(me, first.clientSecret, '4000000000000002');
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.confirmSandboxPayment).toMatchObject({ status: 'failed', failureReason: 'Your card was declined.', receiptUrl: null });
    expect(await invoiceOf(me)).toMatchObject({ status: 'overdue', amountDueMinor: 15000, canPay: true });
    const failureMail = await app.owner.outboxEmail.findFirst({ where: { tenantId: me.tenant.id, customerId: me.customer.id } });
    expect(failureMail?.subject).toBe(`Échec du paiement : facture ${me.invoice.number} de ${me.tenant.name}`);
    expect(failureMail?.text).toContain('Votre carte a été refusée.');
    expect(failureMail?.text).toContain(`${TEST_ORIGIN}/${me.tenant.slug}/portal/invoices/${me.invoice.id}\n`);

    const second = (await start(me)).data!.startInvoicePayment;
    expect(second.clientSecret).not.toBe(first.clientSecret);
    const poor = await pay(me, second.clientSecret, '4000 0000 0000 9995');
    expect(poor.data!.confirmSandboxPayment).toMatchObject({ status: 'failed', failureReason: 'Your card has insufficient funds.' });

    const third = (await start(me)).data!.startInvoicePayment;
    const ok = await pay(me, third.clientSecret, '4242424242424242');
    expect(ok.data!.confirmSandboxPayment.status).toBe('succeeded');
    const invoice = await invoiceOf(me);
    expect(invoice).toMatchObject({ status: 'paid', amountDueMinor: 0 });
    expect(invoice.payments.map((p) => p.status).sort()).toEqual(['failed', 'failed', 'succeeded']);
  });

  it('the 3-D Secure card waits for authentication: approved it succeeds, refused it fails', async () => {
    const me = await customerWithInvoice();
    const first = (await start(me)).data!.startInvoicePayment;
    const challenged = await pay(me, first.clientSecret, '4000002500003155');
    expect(challenged.data!.confirmSandboxPayment).toMatchObject({ status: 'requires_action' });
    expect((await invoiceOf(me)).amountDueMinor).toBe(15000);
    const refused = await app.call<{ completeSandboxAuthentication: PaymentView }>(
      'portal',
      AUTHENTICATE,
      { clientSecret: first.clientSecret, approve: false },
      { token: me.token },
    );
    expect(refused.data!.completeSandboxAuthentication).toMatchObject({
      status: 'failed',
      failureReason: 'We could not authenticate your payment. Please try again or use another payment method.',
    });

    const second = (await start(me)).data!.startInvoicePayment;
    await pay(me, second.clientSecret, '4000002500003155');
    const approved = await app.call<{ completeSandboxAuthentication: PaymentView }>(
      'portal',
      AUTHENTICATE,
      { clientSecret: second.clientSecret, approve: true },
      { token: me.token },
    );
    expect(approved.data!.completeSandboxAuthentication.status).toBe('succeeded');
    expect(await invoiceOf(me)).toMatchObject({ status: 'paid', amountDueMinor: 0 });
    // Answering the challenge again changes nothing.
    const again = await app.call('portal', AUTHENTICATE, { clientSecret: second.clientSecret, approve: true }, { token: me.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('20 concurrent confirmations of one payment charge it once and pay the invoice once', async () => {
    const me = await customerWithInvoice();
    const { clientSecret } = (await start(me)).data!.startInvoicePayment;
    const answers = await Promise.all(Array.from({ length: 20 }, () => pay(me, clientSecret, '4242424242424242')));
    expect(answers.filter((a) => a.data?.confirmSandboxPayment.status === 'succeeded')).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const invoice = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.invoice.id } });
    expect([invoice.status, invoice.paidMinor]).toEqual(['paid', 15000]);
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id, status: 'succeeded' } })).toBe(1);
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.paid' } })).toBe(1);
  });

  it('starting twice hands back the open payment instead of a second one', async () => {
    const me = await customerWithInvoice();
    const a = (await start(me)).data!.startInvoicePayment;
    const b = (await start(me)).data!.startInvoicePayment;
    expect(b.clientSecret).toBe(a.clientSecret);
    expect(b.payment.id).toBe(a.payment.id);
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id } })).toBe(1);
  });

  it('card details are checked field by field and a refused card changes nothing', async () => {
    const me = await customerWithInvoice();
    const { clientSecret } = (await start(me)).data!.startInvoicePayment;
    const cases: [Record<string, string>, string][] = [
      [{ cardNumber: '4242 4242 4242 4241' }, 'cardNumber'],
      [{ cardNumber: '4111111111111111' }, 'cardNumber'],
      [{ cardNumber: '4242424242424242', expiry: '10/26' }, 'expiry'],
      [{ cardNumber: '4242424242424242', expiry: '13/30' }, 'expiry'],
      [{ cardNumber: '4242424242424242', cvc: '1' }, 'cvc'],
    ];
    for (const [card, field] of cases) {
      const res = await pay(me, clientSecret, card.cardNumber ?? '', card);
      expect(res.errors?.[0]?.extensions, JSON.stringify(card)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const payment = await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id } });
    expect(payment.status).toBe('pending');
  });
});

describe('one payable attempt at a time', () => {
  const VOID = `mutation($id: ID!) { voidInvoice(id: $id, reason: "Billed twice") { status } }`;
  const OFFLINE = `mutation($input: OfflinePaymentInput!) { recordOfflinePayment(input: $input) { status amountDueMinor } }`;

  it('a new amount cancels the earlier attempt: its card form can no longer charge, so the invoice is never paid twice', async () => {
    const me = await customerWithInvoice({ partial: true });
    const full = (await start(me)).data!.startInvoicePayment;
    const part = (await start(me, { amountMinor: 5000 })).data!.startInvoicePayment;
    expect(part.payment.id).not.toBe(full.payment.id);
    const stale = await pay(me, full.clientSecret, '4242424242424242');
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await pay(me, part.clientSecret, '4242424242424242')).data!.confirmSandboxPayment.status).toBe('succeeded');
    const invoice = await invoiceOf(me);
    expect(invoice).toMatchObject({ status: 'overdue', amountDueMinor: 10000 });
    expect(invoice.payments.map((p) => [p.amountMinor, p.status]).sort()).toEqual([
      [15000, 'canceled'],
      [5000, 'succeeded'],
    ]);
  });

  it('a new start after a decline cancels the declined attempt, which stays declined with its reason', async () => {
    const me = await customerWithInvoice();
    const first = (await start(me)).data!.startInvoicePayment;
    await pay(me, first.clientSecret, '4000000000000002');
    const second = (await start(me)).data!.startInvoicePayment;
    expect((await pay(me, first.clientSecret, '4242424242424242')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await pay(me, second.clientSecret, '4242424242424242')).data!.confirmSandboxPayment.status).toBe('succeeded');
    const invoice = await invoiceOf(me);
    expect(invoice.status).toBe('paid');
    expect(invoice.payments.map((p) => [p.status, p.failureReason]).sort()).toEqual([
      ['failed', 'Your card was declined.'],
      ['succeeded', null],
    ]);
  });

  it('an earlier attempt the provider does not know (made under other keys) does not stand in the way', async () => {
    const me = await customerWithInvoice();
    await app.owner.payment.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        invoiceId: me.invoice.id,
        amountMinor: 15000,
        currency: 'USD',
        method: 'card',
        status: 'failed',
        provider: 'sandbox',
        providerRef: 'pi_elsewhere_0001',
        failureReason: 'Your card was declined.',
        receivedAt: app.clock.now,
      },
    });
    const started = await start(me);
    expect(started.errors).toBeUndefined();
    expect((await pay(me, started.data!.startInvoicePayment.clientSecret, '4242424242424242')).data!.confirmSandboxPayment.status).toBe('succeeded');
  });

  it('staff voiding the invoice, or recording money received offline, cancels an open online attempt', async () => {
    for (const change of ['void', 'offline'] as const) {
      const me = await customerWithInvoice();
      const admin = await signedInStaff(app, me.tenant.id, 'admin');
      const open = (await start(me)).data!.startInvoicePayment;
      const res =
        change === 'void'
          ? await app.call('admin', VOID, { id: me.invoice.id }, { token: admin.token })
          : await app.call('admin', OFFLINE, { input: { invoiceId: me.invoice.id, amountMinor: 15000, method: 'cheque', receivedOn: '2026-11-19' } }, { token: admin.token });
      expect(res.errors).toBeUndefined();
      expect((await pay(me, open.clientSecret, '4242424242424242')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const payment = await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: open.payment.id } });
      expect(payment.status).toBe('canceled');
      expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id, status: 'succeeded', provider: 'sandbox' } })).toBe(0);
    }
  });
});

describe('what can be paid, and how much', () => {
  it('a paid or a void invoice cannot be paid again (CONFLICT), and nothing is created', async () => {
    const me = await customerWithInvoice();
    await app.owner.invoice.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.invoice.id } }, data: { status: 'paid', paidMinor: 15000 } });
    expect((await start(me)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await app.owner.invoice.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.invoice.id } }, data: { status: 'void', paidMinor: 0 } });
    expect((await start(me)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it('payments are FORBIDDEN when the business switched invoices off in its portal', async () => {
    const me = await customerWithInvoice();
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { featureInvoices: false } });
    expect((await start(me)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.call('portal', '{ payments { nodes { id } } }', {}, { token: me.token });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("another customer's, another tenant's, a draft and a malformed invoice are NOT_FOUND", async () => {
    const me = await customerWithInvoice();
    const { customer: neighbour } = await makeCustomer(app.owner, me.tenant.id);
    const theirs = await makeCustomerRecords(app.owner, me.tenant.id, neighbour.id);
    const elsewhere = await customerWithInvoice();
    const draft = await app.owner.invoice.create({ data: { tenantId: me.tenant.id, customerId: me.customer.id, currency: 'USD', totalMinor: 500, status: 'draft' } });
    for (const invoiceId of [theirs.invoice.id, elsewhere.invoice.id, draft.id, 'nope']) {
      const res = await app.call('portal', START, { input: { invoiceId } }, { token: me.token });
      expect(res.errors?.[0]?.extensions?.code, invoiceId).toBe('NOT_FOUND');
    }
    expect(await app.owner.payment.count({ where: { tenantId: { in: [me.tenant.id, elsewhere.tenant.id] } } })).toBe(0);
  });

  it('a partial amount is refused unless the business allows it, then must be above 0 and at most the amount due', async () => {
    const strict = await customerWithInvoice();
    const refused = await start(strict, { amountMinor: 5000 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });

    const me = await customerWithInvoice({ partial: true });
    expect((await invoiceOf(me)).allowPartialPayment).toBe(true);
    for (const amountMinor of [0, -100, 15001]) {
      const res = await start(me, { amountMinor });
      expect(res.errors?.[0]?.extensions, String(amountMinor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    }
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id } })).toBe(0);
    const part = (await start(me, { amountMinor: 5000 })).data!.startInvoicePayment;
    expect(part.amountMinor).toBe(5000);
    await pay(me, part.clientSecret, '4242424242424242');
    expect(await invoiceOf(me)).toMatchObject({ status: 'overdue', amountDueMinor: 10000, canPay: true });
    const rest = (await start(me)).data!.startInvoicePayment;
    expect(rest.amountMinor).toBe(10000);
  });

  it("a client secret of another customer's payment is NOT_FOUND", async () => {
    const me = await customerWithInvoice();
    const other = await customerWithInvoice();
    const theirs = (await start(other)).data!.startInvoicePayment;
    const res = await pay(me, theirs.clientSecret, '4242424242424242');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const auth = await app.call('portal', AUTHENTICATE, { clientSecret: theirs.clientSecret, approve: true }, { token: me.token });
    expect(auth.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('payment history and saved cards', () => {
  const LIST = `query($invoiceId: ID) { payments(invoiceId: $invoiceId) { nodes { id status invoiceNumber } pageInfo { hasNextPage } } }`;
  const ONE = `query($id: ID!) { payment(id: $id) { id status } }`;

  it("a customer sees only their own payments; another customer's or tenant's payment is NOT_FOUND", async () => {
    const me = await customerWithInvoice();
    const other = await customerWithInvoice();
    const mine = (await start(me)).data!.startInvoicePayment;
    const theirs = (await start(other)).data!.startInvoicePayment;
    const { account: neighbourAccount } = await makeCustomer(app.owner, me.tenant.id);
    const neighbourToken = (await customerToken(app, neighbourAccount!)).token;
    const list = await app.call<{ payments: { nodes: { id: string }[] } }>('portal', LIST, {}, { token: me.token });
    expect(list.data!.payments.nodes.map((p) => p.id)).toEqual([mine.payment.id]);
    expect((await app.call('portal', ONE, { id: theirs.payment.id }, { token: me.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.call('portal', ONE, { id: mine.payment.id }, { token: neighbourToken })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.call<{ payments: { nodes: unknown[] } }>('portal', LIST, {}, { token: neighbourToken })).data!.payments.nodes).toEqual([]);
  });

  it('a card kept at payment is offered next time, pays the next invoice at once, and can be removed', async () => {
    const me = await customerWithInvoice({ partial: true });
    const first = (await start(me, { amountMinor: 5000, savePaymentMethod: true })).data!.startInvoicePayment;
    await pay(me, first.clientSecret, '5555555555554444');
    const saved = await app.call<{ savedPaymentMethods: { id: string; brand: string; last4: string }[] }>(
      'portal',
      '{ savedPaymentMethods { id kind brand last4 expMonth expYear } }',
      {},
      { token: me.token },
    );
    expect(saved.data!.savedPaymentMethods).toMatchObject([{ brand: 'mastercard', last4: '4444' }]);
    const card = saved.data!.savedPaymentMethods[0]!;

    const other = await customerWithInvoice();
    const neighbourCards = await app.call<{ savedPaymentMethods: unknown[] }>('portal', '{ savedPaymentMethods { id } }', {}, { token: other.token });
    expect(neighbourCards.data!.savedPaymentMethods).toEqual([]);
    const stolen = await app.call('portal', START, { input: { invoiceId: other.invoice.id, savedPaymentMethodId: card.id } }, { token: other.token });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.call('portal', 'mutation($id: ID!) { removePaymentMethod(id: $id) }', { id: card.id }, { token: other.token })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    const quick = await start(me, { savedPaymentMethodId: card.id });
    expect(quick.data!.startInvoicePayment.payment.status).toBe('succeeded');
    expect(await invoiceOf(me)).toMatchObject({ status: 'paid', amountDueMinor: 0 });

    const removed = await app.call<{ removePaymentMethod: boolean }>('portal', 'mutation($id: ID!) { removePaymentMethod(id: $id) }', { id: card.id }, { token: me.token });
    expect(removed.data!.removePaymentMethod).toBe(true);
    const after = await app.call<{ savedPaymentMethods: unknown[] }>('portal', '{ savedPaymentMethods { id } }', {}, { token: me.token });
    expect(after.data!.savedPaymentMethods).toEqual([]);
  });
});

describe('staff and payments', () => {
  const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id status refundedMinor amountMinor } }`;
  const CUSTOMER_PAYMENTS = `query($customerId: ID!) { customerPayments(customerId: $customerId) { nodes { id status amountMinor } } }`;
  const ADMIN_INVOICE = `query($id: ID!) { invoice(id: $id) { status amountDueMinor paidMinor refundedMinor refundState payments { id status refundedMinor } } }`;

  async function paidInvoice() {
    const me = await customerWithInvoice();
    const { clientSecret, payment } = (await start(me)).data!.startInvoicePayment;
    await pay(me, clientSecret, '4242424242424242');
    return { ...me, paymentId: payment.id };
  }

  it('owners and admins refund in part then in full, the invoice stays paid (refunded beside it); dispatchers read; technicians get nothing', async () => {
    const me = await paidInvoice();
    const tokens = Object.fromEntries(
      await Promise.all((['owner', 'admin', 'dispatcher', 'technician'] as const).map(async (role) => [role, (await signedInStaff(app, me.tenant.id, role)).token])),
    ) as Record<'owner' | 'admin' | 'dispatcher' | 'technician', string>;

    for (const role of ['owner', 'admin', 'dispatcher'] as const) {
      const read = await app.call<{ customerPayments: { nodes: { id: string }[] } }>('admin', CUSTOMER_PAYMENTS, { customerId: me.customer.id }, { token: tokens[role] });
      expect(
        read.data?.customerPayments.nodes.map((p) => p.id),
        role,
      ).toEqual([me.paymentId]);
    }
    const techRead = await app.call('admin', CUSTOMER_PAYMENTS, { customerId: me.customer.id }, { token: tokens.technician });
    expect(techRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['dispatcher', 'technician'] as const) {
      const res = await app.call('admin', REFUND, { input: { paymentId: me.paymentId, amountMinor: 100 } }, { token: tokens[role] });
      expect(res.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    expect((await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.paymentId } })).refundedMinor).toBe(0);

    const tooMuch = await app.call('admin', REFUND, { input: { paymentId: me.paymentId, amountMinor: 15001 } }, { token: tokens.owner });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    const part = await app.call<{ refundPayment: { status: string; refundedMinor: number } }>(
      'admin',
      REFUND,
      { input: { paymentId: me.paymentId, amountMinor: 5000, reason: 'Filter not fitted' } },
      { token: tokens.admin },
    );
    expect(part.data!.refundPayment).toMatchObject({ status: 'partially_refunded', refundedMinor: 5000 });
    const invoice = await app.call<{ invoice: { status: string; amountDueMinor: number; paidMinor: number } }>(
      'admin',
      ADMIN_INVOICE,
      { id: me.invoice.id },
      { token: tokens.dispatcher },
    );
    expect(invoice.data!.invoice).toMatchObject({ status: 'paid', amountDueMinor: 0, paidMinor: 10000, refundedMinor: 5000, refundState: 'partially_refunded' });

    const rest = await app.call<{ refundPayment: { status: string; refundedMinor: number } }>('admin', REFUND, { input: { paymentId: me.paymentId } }, { token: tokens.owner });
    expect(rest.data!.refundPayment).toMatchObject({ status: 'refunded', refundedMinor: 15000 });
    const again = await app.call('admin', REFUND, { input: { paymentId: me.paymentId } }, { token: tokens.owner });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const final = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.invoice.id } });
    expect([final.status, final.paidMinor, final.refundedMinor]).toEqual(['paid', 0, 15000]);
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'payment.refunded' } })).toBe(2);
  });

  it("another tenant's payment and customer are NOT_FOUND for staff", async () => {
    const me = await paidInvoice();
    const { token } = await signedInStaff(app, (await makeTenant(app.owner)).id, 'owner');
    expect((await app.call('admin', REFUND, { input: { paymentId: me.paymentId } }, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.call('admin', CUSTOMER_PAYMENTS, { customerId: me.customer.id }, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.owner.payment.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.paymentId } })).refundedMinor).toBe(0);
  });
});

describe('payment settings', () => {
  const SETTINGS = '{ tenantSettings { stripeConfigured stripePublishableKey stripeSecretKeyLast4 stripeWebhookConfigured allowPartialPayments } }';
  const UPDATE = 'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { stripeConfigured stripeSecretKeyLast4 allowPartialPayments } }';

  it('Stripe secrets are write-only and stored sealed; a malformed key is refused with its field', async () => {
    const tenant = await makeTenant(app.owner);
    const { token } = await signedInStaff(app, tenant.id, 'owner');
    const secretKey = 'sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const bad = await app.call('admin', UPDATE, { input: { stripeSecretKey: 'not-a-key' } }, { token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stripeSecretKey' });
    const res = await app.call<{ updateTenantSettings: unknown }>(
      'admin',
      UPDATE,
      { input: { stripeSecretKey: secretKey, stripePublishableKey: 'pk_test_51AbCdEfGhIjKlMnOp', stripeWebhookSecret: 'whsec_0123456789abcdef', allowPartialPayments: true } },
      { token },
    );
    expect(res.data!.updateTenantSettings).toEqual({ stripeConfigured: true, stripeSecretKeyLast4: '6789', allowPartialPayments: true });
    const read = await app.call<{ tenantSettings: Record<string, unknown> }>('admin', SETTINGS, {}, { token });
    expect(read.data!.tenantSettings).toEqual({
      stripeConfigured: true,
      stripePublishableKey: 'pk_test_51AbCdEfGhIjKlMnOp',
      stripeSecretKeyLast4: '6789',
      stripeWebhookConfigured: true,
      allowPartialPayments: true,
    });
    const row = await app.owner.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(row.stripeSecretKeyEnc).not.toContain('sk_test');
    expect(row.stripeWebhookSecretEnc).not.toContain('whsec_');
    // The schema has no field that could return a secret.
    const introspect = await app.call<{ __type: { fields: { name: string }[] } }>('admin', '{ __type(name: "TenantSettings") { fields { name } } }', {}, { token });
    expect(introspect.data!.__type.fields.map((f) => f.name).filter((n) => /secret|webhookSecret/i.test(n) && !/Last4|Configured/.test(n))).toEqual([]);
  });
});
