import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_ORIGIN, TEST_START, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface InvoiceView {
  id: string;
  number: string | null;
  status: string;
  issueDate: string | null;
  dueDate: string | null;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  amountDueMinor: number;
  paidMinor: number;
  voidReason: string | null;
  lines: { description: string; quantity: number; totalMinor: number }[];
}

const FIELDS = 'id number status issueDate dueDate subtotalMinor taxMinor totalMinor amountDueMinor paidMinor voidReason lines { description quantity totalMinor }';
const CREATE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { ${FIELDS} } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(id: $id) { ${FIELDS} } }`;
const VOID = `mutation($id: ID!, $reason: String!) { voidInvoice(id: $id, reason: $reason) { ${FIELDS} } }`;
const PAY = `mutation($input: OfflinePaymentInput!) { recordOfflinePayment(input: $input) { ${FIELDS} } }`;
const RESEND = `mutation($id: ID!) { resendInvoice(id: $id) { id } }`;
const UPDATE = `mutation($id: ID!, $input: InvoiceDraftInput!) { updateDraftInvoice(id: $id, input: $input) { ${FIELDS} } }`;

const LINES = [
  { description: 'Labour', quantity: 2, unitPriceMinor: 1050, taxRateBp: 825 },
  { description: 'Filter', unitPriceMinor: 999 },
];

async function office(role: 'owner' | 'admin' | 'dispatcher' | 'technician' = 'owner', options: { timeZone?: string } = {}) {
  const tenant = await makeTenant(app.owner, options);
  const { customer } = await makeCustomer(app.owner, tenant.id);
  const { staff, token } = await signedInStaff(app, tenant.id, role);
  return { tenant, customer, staff, token };
}

async function create(me: { token: string; customer: { id: string } }, extra: Record<string, unknown> = {}) {
  const res = await app.call<{ createInvoice: InvoiceView }>('admin', CREATE, { input: { customerId: me.customer.id, lines: LINES, ...extra } }, { token: me.token });
  expect(res.errors).toBeUndefined();
  return res.data!.createInvoice;
}

describe('creating and issuing invoices', () => {
  it('an owner creates a draft whose totals and per-line tax (rounded half up) are computed by the server', async () => {
    const me = await office();
    const draft = await create(me, { notes: 'Thanks!' });
    // 2 × 10.50 = 21.00 at 8.25 % = 1.7325 → 1.73; 9.99 without tax.
    expect(draft).toMatchObject({ status: 'draft', number: null, issueDate: null, subtotalMinor: 3099, taxMinor: 173, totalMinor: 3272, amountDueMinor: 0 });
    expect(draft.lines).toEqual([
      { description: 'Labour', quantity: 2, totalMinor: 2100 },
      { description: 'Filter', quantity: 1, totalMinor: 999 },
    ]);
    const logged = await app.owner.activityLog.findMany({ where: { tenantId: me.tenant.id }, select: { action: true, actorId: true, customerId: true } });
    expect(logged).toEqual([{ action: 'invoice.created', actorId: me.staff.id, customerId: me.customer.id }]);
  });

  it("issuing numbers the invoice from the tenant's format, dated today in its time zone and due 14 days later", async () => {
    // 02:00 UTC on 1 December is still 30 November in Chicago.
    app.clock.now = new Date('2026-12-01T02:00:00Z');
    try {
      const me = await office('admin');
      await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { invoiceNumberFormat: 'F{YY}{MM}-{SEQ:3}' } });
      const first = await create(me, { issue: true });
      expect(first).toMatchObject({ status: 'unpaid', number: 'F2611-001', issueDate: '2026-11-30', dueDate: '2026-12-14', amountDueMinor: 3272 });
      const draft = await create(me, { dueDate: '2027-01-31' });
      const res = await app.call<{ issueInvoice: InvoiceView }>('admin', ISSUE, { id: draft.id }, { token: me.token });
      expect(res.data?.issueInvoice).toMatchObject({ number: 'F2611-002', dueDate: '2027-01-31' });
      const again = await app.call('admin', ISSUE, { id: draft.id }, { token: me.token });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    } finally {
      app.clock.now = new Date(TEST_START);
    }
  });

  it('30 invoices issued at once get consecutive numbers with no duplicate and no gap', async () => {
    const me = await office();
    await app.owner.invoice.createMany({
      data: Array.from({ length: 30 }, () => ({ tenantId: me.tenant.id, customerId: me.customer.id, currency: 'USD', totalMinor: 100, subtotalMinor: 100 })),
    });
    const drafts = await app.owner.invoice.findMany({ where: { tenantId: me.tenant.id }, select: { id: true } });
    const results = await Promise.all(drafts.map((d) => app.call<{ issueInvoice: InvoiceView }>('admin', ISSUE, { id: d.id }, { token: me.token })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data!.issueInvoice.number).sort();
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => `INV-2026-${String(i + 1).padStart(5, '0')}`));
    const sequence = await app.owner.invoiceSequence.findMany({ where: { tenantId: me.tenant.id } });
    expect(sequence.map((s) => [s.period, s.lastValue])).toEqual([['2026', 30]]);
  });

  it('an issue rolled back with its request gives its number back: the next invoice takes it', async () => {
    const me = await office();
    const draft = await create(me);
    // The second field fails, so the whole request, the issue included, is rolled back.
    const failed = await app.call(
      'admin',
      'mutation($id: ID!) { issueInvoice(id: $id) { number } voidInvoice(id: "nope", reason: "x") { id } }',
      { id: draft.id },
      { token: me.token },
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.owner.invoice.findFirst({ where: { tenantId: me.tenant.id, id: draft.id } }))?.status).toBe('draft');
    const res = await app.call<{ issueInvoice: InvoiceView }>('admin', ISSUE, { id: draft.id }, { token: me.token });
    expect(res.data?.issueInvoice.number).toBe('INV-2026-00001');
  });

  it('bad lines are BAD_USER_INPUT naming the field, and nothing is created', async () => {
    const me = await office();
    const cases: [unknown[], string][] = [
      [[{ description: 'x', quantity: 0, unitPriceMinor: 100 }], 'quantity'],
      [[{ description: 'x', unitPriceMinor: -1 }], 'unitPriceMinor'],
      [[{ description: 'x', unitPriceMinor: 100, taxRateBp: 10_001 }], 'taxRateBp'],
      [[{ description: '  ', unitPriceMinor: 100 }], 'description'],
      [[], 'lines'],
    ];
    for (const [lines, field] of cases) {
      const res = await app.call('admin', CREATE, { input: { customerId: me.customer.id, lines } }, { token: me.token });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badDate = await app.call('admin', CREATE, { input: { customerId: me.customer.id, lines: LINES, dueDate: '2026-02-30' } }, { token: me.token });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(await app.owner.invoice.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it('only a draft can be edited; editing replaces its lines and totals', async () => {
    const me = await office();
    const draft = await create(me);
    const edited = await app.call<{ updateDraftInvoice: InvoiceView }>(
      'admin',
      UPDATE,
      { id: draft.id, input: { lines: [{ description: 'Visit', unitPriceMinor: 5000, taxRateBp: 1000 }] } },
      { token: me.token },
    );
    expect(edited.data?.updateDraftInvoice).toMatchObject({
      subtotalMinor: 5000,
      taxMinor: 500,
      totalMinor: 5500,
      lines: [{ description: 'Visit', quantity: 1, totalMinor: 5000 }],
    });
    await app.call('admin', ISSUE, { id: draft.id }, { token: me.token });
    const refused = await app.call('admin', UPDATE, { id: draft.id, input: { lines: LINES } }, { token: me.token });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only a draft invoice can be edited.', extensions: { code: 'CONFLICT' } });
  });
});

describe('voiding and offline payments', () => {
  it('a partial then a full cheque payment leave the invoice paid, with both payments recorded', async () => {
    const me = await office();
    const invoice = await create(me, { issue: true });
    const part = await app.call<{ recordOfflinePayment: InvoiceView }>(
      'admin',
      PAY,
      { input: { invoiceId: invoice.id, amountMinor: 1000, method: 'cheque', receivedOn: '2026-11-19', reference: '1042' } },
      { token: me.token },
    );
    expect(part.data?.recordOfflinePayment).toMatchObject({ status: 'partially_paid', paidMinor: 1000, amountDueMinor: 2272 });
    const rest = await app.call<{ recordOfflinePayment: InvoiceView }>(
      'admin',
      PAY,
      { input: { invoiceId: invoice.id, amountMinor: 2272, method: 'cash', receivedOn: '2026-11-20' } },
      { token: me.token },
    );
    expect(rest.data?.recordOfflinePayment).toMatchObject({ status: 'paid', paidMinor: 3272, amountDueMinor: 0 });
    const payments = await app.owner.payment.findMany({ where: { tenantId: me.tenant.id }, orderBy: { amountMinor: 'asc' } });
    expect(payments.map((p) => [p.amountMinor, p.method, p.provider, p.providerRef, p.status])).toEqual([
      [1000, 'cheque', 'offline', '1042', 'succeeded'],
      [2272, 'cash', 'offline', null, 'succeeded'],
    ]);
  });

  it('more than is due, a future date or a draft invoice are refused and change nothing', async () => {
    const me = await office();
    const invoice = await create(me, { issue: true });
    const draft = await create(me);
    const over = await app.call('admin', PAY, { input: { invoiceId: invoice.id, amountMinor: 3273, method: 'cash', receivedOn: '2026-11-20' } }, { token: me.token });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    const future = await app.call('admin', PAY, { input: { invoiceId: invoice.id, amountMinor: 100, method: 'cash', receivedOn: '2026-11-21' } }, { token: me.token });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
    const onDraft = await app.call('admin', PAY, { input: { invoiceId: draft.id, amountMinor: 100, method: 'bank_transfer', receivedOn: '2026-11-20' } }, { token: me.token });
    expect(onDraft.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.owner.payment.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it('voiding an invoice with a payment is a CONFLICT (refund first) and changes nothing; an unpaid one is voided with its reason', async () => {
    const me = await office();
    const paid = await create(me, { issue: true });
    await app.call('admin', PAY, { input: { invoiceId: paid.id, amountMinor: 100, method: 'cash', receivedOn: '2026-11-20' } }, { token: me.token });
    const refused = await app.call('admin', VOID, { id: paid.id, reason: 'Duplicate' }, { token: me.token });
    expect(refused.errors?.[0]).toMatchObject({ message: 'This invoice has payments recorded: refund them first, then void it.', extensions: { code: 'CONFLICT' } });
    expect((await app.owner.invoice.findFirst({ where: { tenantId: me.tenant.id, id: paid.id } }))?.status).toBe('issued');

    const unpaid = await create(me, { issue: true });
    const noReason = await app.call('admin', VOID, { id: unpaid.id, reason: ' ' }, { token: me.token });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const voided = await app.call<{ voidInvoice: InvoiceView }>('admin', VOID, { id: unpaid.id, reason: 'Billed twice' }, { token: me.token });
    expect(voided.data?.voidInvoice).toMatchObject({ status: 'void', voidReason: 'Billed twice', amountDueMinor: 0 });
    const twice = await app.call('admin', VOID, { id: unpaid.id, reason: 'Again' }, { token: me.token });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('sending invoices', () => {
  const mailOf = (me: { tenant: { id: string } }) => app.owner.outboxEmail.findMany({ where: { tenantId: me.tenant.id }, orderBy: { createdAt: 'asc' } });

  it("issuing emails the customer the invoice with the link to it in the portal, in the customer's language; resending emails it again", async () => {
    const me = await office();
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.customer.id } }, data: { locale: 'fr-CA' } });
    const invoice = await create(me, { issue: true });
    const issued = await mailOf(me);
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ customerId: me.customer.id, toAddress: me.customer.email, subject: `Facture INV-2026-00001 de ${me.tenant.name}` });
    expect(issued[0]?.text).toContain(`${TEST_ORIGIN}/${me.tenant.slug}/portal/invoices/${invoice.id}\n`);

    const res = await app.call('admin', RESEND, { id: invoice.id }, { token: me.token });
    expect(res.errors).toBeUndefined();
    const mail = await mailOf(me);
    expect(mail).toHaveLength(2);
    expect(mail[1]).toMatchObject({ customerId: me.customer.id, subject: `Facture INV-2026-00001 de ${me.tenant.name}`, text: issued[0]?.text });
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.resent' } })).toBe(1);
  });

  it('a Spanish-speaking customer is emailed the invoice in Spanish', async () => {
    const me = await office();
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.customer.id } }, data: { locale: 'es' } });
    await create(me, { issue: true });
    const [email] = await mailOf(me);
    expect(email?.subject).toBe(`Factura INV-2026-00001 de ${me.tenant.name}`);
    expect(email?.text).toMatch(/^Hola, /);
    expect(email?.text).toContain('Importe pendiente: $');
    expect(email?.text).toContain('portal de clientes');
  });

  it('a customer who turned invoice emails off gets none when a draft is issued, but one when staff resend it', async () => {
    const me = await office();
    await app.owner.portalAccount.updateMany({ where: { customerId: me.customer.id }, data: { notificationPreferences: { invoiceIssued: 'inApp' } } });
    const draft = await create(me);
    const issued = await app.call<{ issueInvoice: { status: string } }>('admin', ISSUE, { id: draft.id }, { token: me.token });
    expect(issued.data?.issueInvoice.status).toBe('unpaid');
    expect(await mailOf(me)).toHaveLength(0);
    await app.call('admin', RESEND, { id: draft.id }, { token: me.token });
    expect(await mailOf(me)).toHaveLength(1);
  });

  it('a draft cannot be sent', async () => {
    const me = await office();
    const draft = await create(me);
    const res = await app.call('admin', RESEND, { id: draft.id }, { token: me.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.owner.outboxEmail.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });
});

describe('who may bill, and whose invoices', () => {
  it('a dispatcher reads invoices but cannot bill; a technician cannot even read them', async () => {
    const me = await office();
    const records = await makeCustomerRecords(app.owner, me.tenant.id, me.customer.id);
    const { token: dispatcher } = await signedInStaff(app, me.tenant.id, 'dispatcher');
    const { token: technician } = await signedInStaff(app, me.tenant.id, 'technician');
    const read = await app.call('admin', 'query($id: ID!) { invoice(id: $id) { id } }', { id: records.invoice.id }, { token: dispatcher });
    expect(read.errors).toBeUndefined();
    const calls: [string, Record<string, unknown>][] = [
      [CREATE, { input: { customerId: me.customer.id, lines: LINES } }],
      [VOID, { id: records.invoice.id, reason: 'x' }],
      [PAY, { input: { invoiceId: records.invoice.id, amountMinor: 1, method: 'cash', receivedOn: '2026-11-20' } }],
      [RESEND, { id: records.invoice.id }],
    ];
    for (const [query, vars] of calls) {
      const res = await app.call('admin', query, vars, { token: dispatcher });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    const techRead = await app.call('admin', 'query($id: ID!) { invoice(id: $id) { id } }', { id: records.invoice.id }, { token: technician });
    expect(techRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.owner.invoice.count({ where: { tenantId: me.tenant.id } })).toBe(1);
  });

  it("another tenant's or a malformed invoice or customer id is NOT_FOUND for every billing operation", async () => {
    const me = await office();
    const elsewhere = await office();
    const theirs = await create(elsewhere, { issue: true });
    const theirMail = await app.owner.outboxEmail.count({ where: { tenantId: elsewhere.tenant.id } });
    for (const id of [theirs.id, 'not-an-id']) {
      const calls: [string, Record<string, unknown>][] = [
        [ISSUE, { id }],
        [VOID, { id, reason: 'x' }],
        [PAY, { input: { invoiceId: id, amountMinor: 1, method: 'cash', receivedOn: '2026-11-20' } }],
        [RESEND, { id }],
        [UPDATE, { id, input: { lines: LINES } }],
      ];
      for (const [query, vars] of calls) {
        const res = await app.call('admin', query, vars, { token: me.token });
        expect(res.errors?.[0], `${query} ${id}`).toMatchObject({ message: 'This invoice was not found.', extensions: { code: 'NOT_FOUND' } });
      }
    }
    for (const customerId of [elsewhere.customer.id, 'nope']) {
      const res = await app.call('admin', CREATE, { input: { customerId, lines: LINES } }, { token: me.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const untouched = await app.owner.invoice.findFirst({ where: { tenantId: elsewhere.tenant.id, id: theirs.id } });
    expect(untouched).toMatchObject({ status: 'issued', paidMinor: 0 });
    expect(await app.owner.outboxEmail.count({ where: { tenantId: elsewhere.tenant.id } })).toBe(theirMail);
  });
});
