// One ledger per invoice, end to end: what the walkthrough saw (a goodwill refund on a paid
// invoice turning it back to "Unpaid", a part-paid invoice listing its total) and staff reopening.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const START = `mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) { clientSecret payment { id } } }`;
const CONFIRM = `mutation($input: ConfirmSandboxPaymentInput!) { confirmSandboxPayment(input: $input) { id status } }`;
const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { status refundedMinor } }`;
const REOPEN = `mutation($id: ID!) { reopenInvoice(id: $id) { status amountDueMinor paidMinor refundedMinor } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { status amountDueMinor totalMinor paidMinor refundedMinor creditedMinor refundState } }`;
const LIST = `query($status: InvoiceStatus) { invoices(status: $status) { nodes { id status amountDueMinor totalMinor } } }`;
const DASHBOARD = `{ dashboard { amountDueMinor counts { unpaidInvoices } unpaidInvoices { id status amountDueMinor } } }`;

interface InvoiceView {
  status: string;
  amountDueMinor: number;
  totalMinor: number;
  paidMinor: number;
  refundedMinor: number;
  creditedMinor: number;
  refundState: string;
}
interface DashboardView {
  dashboard: { amountDueMinor: number; counts: { unpaidInvoices: number }; unpaidInvoices: { id: string; status: string; amountDueMinor: number }[] };
}

async function world(options: { partial?: boolean; dueDate?: string } = {}) {
  const tenant = await makeTenant(app.owner);
  if (options.partial) await app.owner.tenant.update({ where: { id: tenant.id }, data: { allowPartialPayments: true } });
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const { invoice } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  if (options.dueDate) await app.owner.invoice.update({ where: { tenantId_id: { tenantId: tenant.id, id: invoice.id } }, data: { dueDate: new Date(options.dueDate) } });
  const { token } = await customerToken(app, account!);
  const admin = await signedInStaff(app, tenant.id, 'admin');
  return { tenant, customer, invoice, token, adminToken: admin.token };
}
type World = Awaited<ReturnType<typeof world>>;

/** Pays `amountMinor` (or all that is due) with the sandbox's success card; the payment's id. */
async function pay(me: World, amountMinor?: number): Promise<string> {
  const started = await app.call<{ startInvoicePayment: { clientSecret: string; payment: { id: string } } }>(
    'portal',
    START,
    { input: { invoiceId: me.invoice.id, amountMinor } },
    { token: me.token },
  );
  expect(started.errors).toBeUndefined();
  const { clientSecret, payment } = started.data!.startInvoicePayment;
  const paid = await app.call('portal', CONFIRM, { input: { clientSecret, cardNumber: '4242424242424242', expiry: '12/30', cvc: '123' } }, { token: me.token });
  expect(paid.errors).toBeUndefined();
  return payment.id;
}

async function portalInvoice(me: World): Promise<InvoiceView> {
  const res = await app.call<{ invoice: InvoiceView }>('portal', INVOICE, { id: me.invoice.id }, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.invoice;
}

async function dashboard(me: World): Promise<DashboardView['dashboard']> {
  const res = await app.call<DashboardView>('portal', DASHBOARD, {}, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.dashboard;
}

describe('one ledger per invoice', () => {
  it('a $50 goodwill refund on a paid invoice leaves it paid and refunded in part: not "Unpaid $50" on the dashboard', async () => {
    const me = await world();
    const paymentId = await pay(me);
    const refund = await app.call('admin', REFUND, { input: { paymentId, amountMinor: 5000, reason: 'Goodwill' } }, { token: me.adminToken });
    expect(refund.errors).toBeUndefined();

    expect(await portalInvoice(me)).toEqual({
      status: 'paid',
      amountDueMinor: 0,
      totalMinor: 15000,
      paidMinor: 10000,
      refundedMinor: 5000,
      creditedMinor: 0,
      refundState: 'partially_refunded',
    });
    expect(await dashboard(me)).toEqual({ amountDueMinor: 0, counts: { unpaidInvoices: 0 }, unpaidInvoices: [] });
    const list = await app.call<{ invoices: { nodes: { id: string }[] } }>('portal', LIST, { status: 'paid' }, { token: me.token });
    expect(list.data!.invoices.nodes.map((i) => i.id)).toEqual([me.invoice.id]);
  });

  it('a part-paid invoice shows "partially paid" and its balance, not its total, in the list and on the dashboard', async () => {
    const me = await world({ partial: true, dueDate: '2026-12-15' });
    await pay(me, 6000);

    expect(await portalInvoice(me)).toMatchObject({ status: 'partially_paid', amountDueMinor: 9000, totalMinor: 15000, paidMinor: 6000, refundState: 'none' });
    const list = await app.call<{ invoices: { nodes: { id: string; status: string; amountDueMinor: number }[] } }>(
      'portal',
      LIST,
      { status: 'partially_paid' },
      { token: me.token },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.invoices.nodes).toEqual([{ id: me.invoice.id, status: 'partially_paid', amountDueMinor: 9000, totalMinor: 15000 }]);
    const unpaid = await app.call<{ invoices: { nodes: unknown[] } }>('portal', LIST, { status: 'unpaid' }, { token: me.token });
    expect(unpaid.data!.invoices.nodes).toEqual([]);
    expect(await dashboard(me)).toEqual({
      amountDueMinor: 9000,
      counts: { unpaidInvoices: 1 },
      unpaidInvoices: [{ id: me.invoice.id, status: 'partially_paid', amountDueMinor: 9000 }],
    });
  });

  it('staff reopen a paid invoice that refunds left short on purpose: it is due again by what was given back', async () => {
    const me = await world();
    const paymentId = await pay(me);
    const whole = await app.call('admin', REOPEN, { id: me.invoice.id }, { token: me.adminToken });
    expect(whole.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await app.call('admin', REFUND, { input: { paymentId, amountMinor: 5000 } }, { token: me.adminToken });

    const dispatcher = await signedInStaff(app, me.tenant.id, 'dispatcher');
    expect((await app.call('admin', REOPEN, { id: me.invoice.id }, { token: dispatcher.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await signedInStaff(app, (await makeTenant(app.owner)).id, 'owner');
    expect((await app.call('admin', REOPEN, { id: me.invoice.id }, { token: stranger.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await portalInvoice(me)).status).toBe('paid');

    const reopened = await app.call<{ reopenInvoice: unknown }>('admin', REOPEN, { id: me.invoice.id }, { token: me.adminToken });
    expect(reopened.data?.reopenInvoice).toEqual({ status: 'overdue', amountDueMinor: 5000, paidMinor: 10000, refundedMinor: 5000 });
    expect((await dashboard(me)).amountDueMinor).toBe(5000);
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.reopened', subjectId: me.invoice.id } })).toBe(1);
  });

  it('the ledger is reached by nobody else: a technician cannot reopen, a customer has no admin endpoint, another customer or tenant reads nothing', async () => {
    const me = await world();
    await pay(me);
    const technician = await signedInStaff(app, me.tenant.id, 'technician');
    expect((await app.call('admin', REOPEN, { id: me.invoice.id }, { token: technician.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.call('admin', REOPEN, { id: me.invoice.id }, { token: me.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { account: neighbour } = await makeCustomer(app.owner, me.tenant.id);
    const { token: neighbourToken } = await customerToken(app, neighbour!);
    const theirs = await app.call('portal', INVOICE, { id: me.invoice.id }, { token: neighbourToken });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.data?.invoice ?? null).toBeNull();
    const other = await makeTenant(app.owner);
    const { account: stranger } = await makeCustomer(app.owner, other.id);
    const { token: strangerToken } = await customerToken(app, stranger!);
    expect((await app.call('portal', INVOICE, { id: me.invoice.id }, { token: strangerToken })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await portalInvoice(me)).status).toBe('paid');
  });

  it('an invoice whose money was all given back can be voided; one with money kept cannot', async () => {
    const me = await world();
    const paymentId = await pay(me);
    const VOID = `mutation($id: ID!) { voidInvoice(id: $id, reason: "Cancelled job") { status } }`;
    expect((await app.call('admin', VOID, { id: me.invoice.id }, { token: me.adminToken })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await app.call('admin', REFUND, { input: { paymentId } }, { token: me.adminToken });
    expect((await portalInvoice(me)).refundState).toBe('refunded');
    const voided = await app.call<{ voidInvoice: { status: string } }>('admin', VOID, { id: me.invoice.id }, { token: me.adminToken });
    expect(voided.data?.voidInvoice.status).toBe('void');
  });
});
