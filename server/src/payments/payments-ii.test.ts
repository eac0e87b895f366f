// Payments II through GraphQL against the real database: bank debits in the sandbox (processing,
// settled by the worker's task, returns in words), a second payment refused while one is
// processing, tips (offer, custom amount, recorded apart, refunds, report per technician), and
// who may reach each new field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_START, startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';
import { settleSandboxBankDebit } from './bank-payments.service.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const START = `mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) {
  clientSecret amountMinor tipMinor methods mandateText payment { id status amountMinor tipMinor } } }`;
const BANK = `mutation($input: ConfirmSandboxBankPaymentInput!) { confirmSandboxBankPayment(input: $input) { id status amountMinor failureReason cardBrand last4 method } }`;
const CARD = `mutation($input: ConfirmSandboxPaymentInput!) { confirmSandboxPayment(input: $input) { id status amountMinor tipMinor } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { status amountDueMinor paidMinor paymentProcessing tipOptions { currency baseMinor maxTipMinor presets { percent amountMinor } }
  payments { id status failureReason tipMinor } } }`;

async function world(options: { tips?: boolean } = {}) {
  const tenant = await makeTenant(app.owner);
  if (options.tips) await app.owner.tenant.update({ where: { id: tenant.id }, data: { tipsEnabled: true, tipPresetsPercent: [10, 15, 20] } });
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const tech = await signedInStaff(app, tenant.id, 'technician');
  await app.owner.job.update({ where: { tenantId_id: { tenantId: tenant.id, id: records.job.id } }, data: { technicianId: tech.staff.id } });
  await app.owner.invoice.update({ where: { tenantId_id: { tenantId: tenant.id, id: records.invoice.id } }, data: { jobId: records.job.id } });
  const { token } = await customerToken(app, account!);
  return { tenant, customer, invoice: records.invoice, job: records.job, token, tech };
}
type World = Awaited<ReturnType<typeof world>>;

async function start(me: World, input: Record<string, unknown> = {}) {
  return app.call<{ startInvoicePayment: { clientSecret: string; amountMinor: number; tipMinor: number; methods: string[]; mandateText: string | null; payment: { id: string } } }>(
    'portal',
    START,
    { input: { invoiceId: me.invoice.id, ...input } },
    { token: me.token },
  );
}

async function payByBank(me: World, clientSecret: string, accountNumber: string, extra: Record<string, unknown> = {}) {
  return app.call<{ confirmSandboxBankPayment: { id: string; status: string; failureReason: string | null; cardBrand: string | null; last4: string | null; method: string } }>(
    'portal',
    BANK,
    { input: { clientSecret, accountHolderName: 'Jane Doe', routingNumber: '110000000', accountNumber, mandateAccepted: true, ...extra } },
    { token: me.token },
  );
}

interface InvoiceView {
  status: string;
  amountDueMinor: number;
  paidMinor: number;
  paymentProcessing: boolean;
  tipOptions: { currency: string; baseMinor: number; maxTipMinor: number; presets: { percent: number; amountMinor: number }[] } | null;
  payments: { id: string; status: string; failureReason: string | null; tipMinor: number }[];
}

async function invoiceOf(me: World): Promise<InvoiceView> {
  const res = await app.call<{ invoice: InvoiceView }>('portal', INVOICE, { id: me.invoice.id }, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.invoice;
}

/** The settlement job a bank debit queued: its key, when it runs, and its payload. */
async function settleJobs(tenantId: string) {
  return app.owner.$queryRawUnsafe<{ key: string | null; run_at: Date; payload: { tenantId: string; intentId: string } }[]>(
    `SELECT j.key, j.run_at, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = 'sandbox-bank-settle' AND j.flags ? $1 ORDER BY j.id`,
    `tenant:${tenantId}`,
  );
}

/** Runs the worker's settlement of each queued debit at its run time (the job's clock), then puts the clock back. */
async function runSettlements(tenantId: string) {
  for (const job of await settleJobs(tenantId)) {
    app.clock.now = job.run_at;
    await settleSandboxBankDebit(app.deps, job.payload);
    await app.owner.$executeRawUnsafe(`SELECT graphile_worker.remove_job($1)`, job.key);
  }
  app.clock.now = new Date(TEST_START);
}

const emailsTo = (tenantId: string) => app.owner.outboxEmail.findMany({ where: { tenantId }, orderBy: { createdAt: 'asc' } });

describe('bank debits in the sandbox', () => {
  it('a USD invoice offers card and bank, with the mandate to accept', async () => {
    const me = await world();
    const started = await start(me);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startInvoicePayment.methods).toEqual(['card', 'us_bank_account']);
    expect(started.data!.startInvoicePayment.mandateText).toContain(me.tenant.name);
  });

  it('the success account goes processing (nothing received, payment processing shown), then the worker settles it 3 minutes later', async () => {
    const me = await world();
    const session = (await start(me, { method: 'us_bank_account' })).data!.startInvoicePayment;
    const paid = await payByBank(me, session.clientSecret, '000123456789');
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.confirmSandboxBankPayment).toMatchObject({ status: 'processing', cardBrand: 'STRIPE TEST BANK', last4: '6789', method: 'us_bank_account' });
    expect(await invoiceOf(me)).toMatchObject({ amountDueMinor: 15000, paidMinor: 0, paymentProcessing: true });

    const mandate = await app.owner.paymentMandate.findFirst({ where: { tenantId: me.tenant.id } });
    expect(mandate).toMatchObject({ customerId: me.customer.id, acceptedAt: TEST_START });
    expect(mandate?.text).toContain('authorise');

    const jobs = await settleJobs(me.tenant.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.run_at).toEqual(new Date(TEST_START.getTime() + 3 * 60_000));
    await runSettlements(me.tenant.id);
    const after = await invoiceOf(me);
    expect(after).toMatchObject({ status: 'paid', amountDueMinor: 0, paidMinor: 15000, paymentProcessing: false });
    expect(after.payments[0]).toMatchObject({ status: 'succeeded', failureReason: null });
  });

  it('while a bank payment is processing, a second payment of the invoice is refused', async () => {
    const me = await world();
    const session = (await start(me, { method: 'us_bank_account' })).data!.startInvoicePayment;
    await payByBank(me, session.clientSecret, '000444444440');
    const again = await start(me, { method: 'card' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PAYMENT_IN_PROGRESS' });
    // 000444444440 stays processing: no settlement is queued.
    expect(await settleJobs(me.tenant.id)).toHaveLength(0);
  });

  it.each([
    ['000222222227', 'The bank returned this payment: insufficient funds.'],
    ['000111111113', 'The bank returned this payment: account closed.'],
    ['000111111116', 'The bank returned this payment: no account was found with these details.'],
    ['000333333335', 'The bank returned this payment: the account holder did not authorize this debit.'],
  ])('account %s is returned by the bank: the payment fails with the return in words and the customer is emailed', async (account, reason) => {
    const me = await world();
    const session = (await start(me, { method: 'us_bank_account' })).data!.startInvoicePayment;
    expect((await payByBank(me, session.clientSecret, account)).data!.confirmSandboxBankPayment.status).toBe('processing');
    await runSettlements(me.tenant.id);
    const after = await invoiceOf(me);
    expect(after).toMatchObject({ amountDueMinor: 15000, paymentProcessing: false });
    expect(after.payments[0]).toMatchObject({ status: 'failed', failureReason: reason });
    const emails = await emailsTo(me.tenant.id);
    expect(emails.some((e) => e.subject.startsWith('Payment failed') && e.text.includes(reason))).toBe(true);
  });

  it('a settlement run twice records once', async () => {
    const me = await world();
    const session = (await start(me, { method: 'us_bank_account' })).data!.startInvoicePayment;
    await payByBank(me, session.clientSecret, '000123456789');
    const [job] = await settleJobs(me.tenant.id);
    app.clock.now = job!.run_at;
    const runs = await Promise.all([settleSandboxBankDebit(app.deps, job!.payload), settleSandboxBankDebit(app.deps, job!.payload)]);
    app.clock.now = new Date(TEST_START);
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id, status: 'succeeded' } })).toBe(1);
    expect((await invoiceOf(me)).paidMinor).toBe(15000);
  });

  it.each([
    [{ routingNumber: '123456789' }, 'routingNumber', 'BANK_ROUTING_NUMBER_INVALID'],
    [{ accountNumber: '12' }, 'accountNumber', 'BANK_ACCOUNT_NUMBER_INVALID'],
    [{ accountNumber: '000999999999' }, 'accountNumber', 'TEST_BANK_ACCOUNT_REQUIRED'],
    [{ accountHolderName: '  ' }, 'accountHolderName', 'BANK_ACCOUNT_HOLDER_REQUIRED'],
    [{ mandateAccepted: false }, 'mandateAccepted', 'BANK_MANDATE_REQUIRED'],
    [{ accountType: 'brokerage' }, 'accountType', 'BANK_ACCOUNT_TYPE_INVALID'],
  ])('bad bank details %o are refused on their field and change nothing', async (extra, field, reason) => {
    const me = await world();
    const session = (await start(me, { method: 'us_bank_account' })).data!.startInvoicePayment;
    const res = await payByBank(me, session.clientSecret, '000123456789', extra);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect((await invoiceOf(me)).payments[0]?.status).toBe('pending');
    expect(await settleJobs(me.tenant.id)).toHaveLength(0);
  });

  it('a card-only session refuses a bank debit', async () => {
    const me = await world();
    const session = (await start(me, { method: 'card' })).data!.startInvoicePayment;
    const res = await payByBank(me, session.clientSecret, '000123456789');
    expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'BANK_DEBIT_NOT_OFFERED' });
  });

  it("another customer cannot confirm someone else's bank payment", async () => {
    const me = await world();
    const session = (await start(me, { method: 'us_bank_account' })).data!.startInvoicePayment;
    const { account } = await makeCustomer(app.owner, me.tenant.id);
    const other = await customerToken(app, account!);
    const res = await payByBank({ ...me, token: other.token }, session.clientSecret, '000123456789');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stranger = await world();
    const cross = await payByBank(stranger, session.clientSecret, '000123456789');
    expect(cross.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('tips', () => {
  it('no offer unless the business enables tips', async () => {
    const me = await world();
    expect((await invoiceOf(me)).tipOptions).toBeNull();
    const res = await start(me, { tipMinor: 500 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tipMinor', reason: 'TIP_NOT_OFFERED' });
  });

  it('no offer on an invoice whose job is not completed', async () => {
    const me = await world({ tips: true });
    await app.owner.job.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.job.id } }, data: { status: 'scheduled' } });
    expect((await invoiceOf(me)).tipOptions).toBeNull();
  });

  it('presets are computed from the invoice total', async () => {
    const me = await world({ tips: true });
    expect((await invoiceOf(me)).tipOptions).toEqual({
      currency: 'USD',
      baseMinor: 15000,
      maxTipMinor: 15000,
      presets: [
        { percent: 10, amountMinor: 1500 },
        { percent: 15, amountMinor: 2250 },
        { percent: 20, amountMinor: 3000 },
      ],
    });
  });

  it('a custom tip is charged with the payment, recorded apart for the technician, and not applied to the invoice', async () => {
    const me = await world({ tips: true });
    const session = (await start(me, { tipMinor: 1234 })).data!.startInvoicePayment;
    expect(session).toMatchObject({ amountMinor: 16234, tipMinor: 1234, payment: { amountMinor: 15000, tipMinor: 1234 } });
    const paid = await app.call<{ confirmSandboxPayment: { status: string; amountMinor: number; tipMinor: number } }>(
      'portal',
      CARD,
      { input: { clientSecret: session.clientSecret, cardNumber: '4242424242424242', expiry: '12/30', cvc: '123' } },
      { token: me.token },
    );
    expect(paid.data!.confirmSandboxPayment).toMatchObject({ status: 'succeeded', amountMinor: 15000, tipMinor: 1234 });
    expect(await invoiceOf(me)).toMatchObject({ status: 'paid', amountDueMinor: 0, paidMinor: 15000 });
    const tips = await app.owner.tip.findMany({ where: { tenantId: me.tenant.id } });
    expect(tips).toEqual([
      expect.objectContaining({ paymentId: session.payment.id, jobId: me.job.id, technicianId: me.tech.staff.id, amountMinor: 1234, refundedMinor: 0, currency: 'USD' }),
    ]);
  });

  it.each([
    [-1, 'TIP_INVALID'],
    [15001, 'TIP_TOO_LARGE'],
  ])('a tip of %i is refused (%s) and starts nothing', async (tipMinor, reason) => {
    const me = await world({ tips: true });
    const res = await start(me, { tipMinor });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tipMinor', reason });
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it('refunding the whole payment gives back the tip too; the report counts what was kept, per technician', async () => {
    const me = await world({ tips: true });
    const manager = await signedInStaff(app, me.tenant.id, 'admin');
    const second = await app.owner.invoice.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.customer.id,
        jobId: me.job.id,
        number: `${me.invoice.number}-2`,
        status: 'issued',
        currency: 'USD',
        issueDate: new Date('2026-11-01'),
        dueDate: new Date('2026-12-15'),
        subtotalMinor: 15000,
        taxMinor: 0,
        totalMinor: 15000,
      },
    });
    for (const [invoiceId, tip] of [
      [me.invoice.id, 1500],
      [second.id, 700],
    ] as const) {
      const session = (await start(me, { invoiceId, tipMinor: tip })).data!.startInvoicePayment;
      await app.call('portal', CARD, { input: { clientSecret: session.clientSecret, cardNumber: '4242424242424242', expiry: '12/30', cvc: '123' } }, { token: me.token });
    }
    const report = `query($from: String!, $to: String!) { tipsReport(from: $from, to: $to) { currency count totalMinor technicians { technicianId technicianName count totalMinor } } }`;
    const before = await app.call<{ tipsReport: unknown }>('admin', report, { from: '2026-11-20', to: '2026-11-20' }, { token: manager.token });
    expect(before.errors).toBeUndefined();
    expect(before.data!.tipsReport).toEqual({
      currency: 'USD',
      count: 2,
      totalMinor: 2200,
      technicians: [{ technicianId: me.tech.staff.id, technicianName: me.tech.staff.name, count: 2, totalMinor: 2200 }],
    });

    const first = await app.owner.payment.findFirst({ where: { tenantId: me.tenant.id, tipMinor: 700 } });
    const refunded = await app.call<{ refundPayment: { status: string } }>(
      'admin',
      'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { status } }',
      { input: { paymentId: first!.id } },
      { token: manager.token },
    );
    expect(refunded.errors).toBeUndefined();
    expect(await app.owner.tip.findFirst({ where: { tenantId: me.tenant.id, paymentId: first!.id } })).toMatchObject({ amountMinor: 700, refundedMinor: 700 });
    const after = await app.call<{ tipsReport: { totalMinor: number } }>('admin', report, { from: '2026-11-20', to: '2026-11-20' }, { token: manager.token });
    expect(after.data!.tipsReport.totalMinor).toBe(1500);
    const otherDay = await app.call<{ tipsReport: { count: number } }>('admin', report, { from: '2026-11-21', to: '2026-11-30' }, { token: manager.token });
    expect(otherDay.data!.tipsReport.count).toBe(0);
  });

  it('only owners and admins read the tips report, and only their own business’s', async () => {
    const me = await world({ tips: true });
    const report = `query { tipsReport(from: "2026-11-01", to: "2026-11-30") { count } }`;
    for (const role of ['dispatcher', 'technician'] as const) {
      const staff = await signedInStaff(app, me.tenant.id, role);
      expect((await app.call('admin', report, {}, { token: staff.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const session = (await start(me, { tipMinor: 100 })).data!.startInvoicePayment;
    await app.call('portal', CARD, { input: { clientSecret: session.clientSecret, cardNumber: '4242424242424242', expiry: '12/30', cvc: '123' } }, { token: me.token });
    const elsewhere = await world({ tips: true });
    const otherAdmin = await signedInStaff(app, elsewhere.tenant.id, 'admin');
    expect((await app.call<{ tipsReport: { count: number } }>('admin', report, {}, { token: otherAdmin.token })).data!.tipsReport.count).toBe(0);
  });

  it('tip settings are checked and saved through updateTenantSettings', async () => {
    const me = await world();
    const admin = await signedInStaff(app, me.tenant.id, 'admin');
    const UPDATE = 'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { tipsEnabled tipPresetsPercent } }';
    const saved = await app.call<{ updateTenantSettings: unknown }>('admin', UPDATE, { input: { tipsEnabled: true, tipPresetsPercent: [20, 15, 18] } }, { token: admin.token });
    expect(saved.data!.updateTenantSettings).toEqual({ tipsEnabled: true, tipPresetsPercent: [15, 18, 20] });
    const bad = await app.call('admin', UPDATE, { input: { tipPresetsPercent: [10, 10] } }, { token: admin.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tipPresetsPercent', reason: 'TIP_PRESETS_INVALID' });
  });
});
