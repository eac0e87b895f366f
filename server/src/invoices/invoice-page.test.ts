// The portal's invoice page as one SQL statement (invoice-page.ts): the invoice with its lines,
// agreement, credit notes and payments, and the view logged, all in the one statement; the same
// answer the loaders give; NOT_FOUND as before; row-level security alone keeping others out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStatements, startTestApp, type TestApp } from '../test/app.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// What the portal's invoice page asks of the invoice (portal-web/src/routes/[tenant=slug]/portal/invoices/[id]/+page.ts).
const INVOICE_FIELDS = `
  id number status issueDate dueDate currency subtotalMinor taxMinor totalMinor amountDueMinor paidMinor refundedMinor creditedMinor refundState
  creditNotes { id number amountMinor reason issuedAt pdfUrl }
  recurringLabel pdfUrl canPay allowPartialPayment
  payments { id status amountMinor refundedMinor currency method cardBrand last4 failureReason createdAt receiptUrl }
  lines { id description quantity unitPriceMinor taxRateBp totalMinor }`;
const INVOICE = `query PortalInvoice($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;
// The whole page's document: savedPaymentMethods is a root field of its own (payments/).
const PAGE = `query PortalInvoice($id: ID!) {
  invoice(id: $id) { ${INVOICE_FIELDS} }
  savedPaymentMethods { id kind brand last4 expMonth expYear }
}`;

interface InvoicePage {
  invoice: {
    id: string;
    recurringLabel: string | null;
    pdfUrl: string;
    lines: { description: string }[];
    creditNotes: { number: string; pdfUrl: string }[];
    payments: { id: string; status: string; receiptUrl: string | null }[];
  };
}

const DAY = 86_400_000;

/** A customer whose invoice holds some of everything the page shows: lines, an agreement, credit notes, payments of each kind. */
async function customerWithInvoice(tenantId: string, tag: string) {
  const { account, customer } = await makeCustomer(app.owner, tenantId);
  const { invoice } = await makeCustomerRecords(app.owner, tenantId, customer.id);
  const agreement = await app.owner.serviceAgreement.create({
    data: { tenantId, customerId: customer.id, name: `Annual plan ${tag}`, priceMinor: 15000, intervalMonths: 12, nextInvoiceOn: new Date('2027-11-01') },
  });
  await app.owner.invoice.update({
    where: { tenantId_id: { tenantId, id: invoice.id } },
    data: { agreementId: agreement.id, paidMinor: 6000, refundedMinor: 1000, creditedMinor: 1500 },
  });
  const at = (days: number) => new Date(app.clock.now.getTime() - days * DAY);
  for (const [n, days, amountMinor] of [
    [2, 3, 500],
    [1, 9, 1000],
  ] as const) {
    await app.owner.creditNote.create({
      data: { tenantId, customerId: customer.id, invoiceId: invoice.id, number: `CN-${tag}-${n}`, amountMinor, currency: 'USD', reason: `Reason ${n}`, issuedAt: at(days) },
    });
  }
  const payment = (status: 'succeeded' | 'failed' | 'partially_refunded', days: number, extra: { refundedMinor?: number; failureReason?: string } = {}) =>
    app.owner.payment.create({
      data: {
        tenantId,
        customerId: customer.id,
        invoiceId: invoice.id,
        amountMinor: 3000,
        currency: 'USD',
        method: 'card',
        status,
        provider: 'sandbox',
        cardBrand: 'visa',
        last4: '4242',
        receivedAt: at(days),
        ...extra,
      },
    });
  const payments = [await payment('succeeded', 8), await payment('failed', 7, { failureReason: 'Card declined' }), await payment('partially_refunded', 5, { refundedMinor: 1000 })];
  const draft = await app.owner.invoice.create({
    data: { tenantId, customerId: customer.id, status: 'draft', currency: 'USD', totalMinor: 100, subtotalMinor: 100 },
  });
  const { token } = await customerToken(app, account!);
  return { tenantId, customerId: customer.id, token, invoice, draft, payments };
}
type Customer = Awaited<ReturnType<typeof customerWithInvoice>>;

const open = (who: Customer, id: string, query = INVOICE) => app.call<InvoicePage>('portal', query, { id }, { token: who.token, headers: { 'user-agent': 'Invoice page test' } });
const views = (who: Customer) => app.owner.activityLog.findMany({ where: { tenantId: who.tenantId, action: 'invoice.viewed' }, orderBy: { createdAt: 'asc' } });

let me: Customer;
let neighbour: Customer;
let stranger: Customer;
beforeAll(async () => {
  const tenant = await makeTenant(app.owner);
  const other = await makeTenant(app.owner);
  me = await customerWithInvoice(tenant.id, 'me');
  neighbour = await customerWithInvoice(tenant.id, 'nb');
  stranger = await customerWithInvoice(other.id, 'st');
});

describe('the invoice page, one statement', () => {
  it('shows what the loaders show: lines, the agreement, credit notes oldest first, payments newest first with their receipts', async () => {
    const res = await open(me, me.invoice.id);
    expect(res.errors).toBeUndefined();
    const invoice = res.data!.invoice;
    expect(invoice.recurringLabel).toBe('Annual plan me');
    expect(invoice.lines.map((l) => l.description)).toEqual(['Labour', 'Filter']);
    expect(invoice.creditNotes.map((c) => c.number)).toEqual(['CN-me-1', 'CN-me-2']);
    expect(invoice.payments.map((p) => [p.id, p.status, p.receiptUrl === null])).toEqual([
      [me.payments[2]!.id, 'partially_refunded', false],
      [me.payments[1]!.id, 'failed', true],
      [me.payments[0]!.id, 'succeeded', false],
    ]);
    // The invoice list still reads every relation through the loaders: the same answer, links included.
    const listed = await app.call<{ invoices: { nodes: unknown[] } }>('portal', `{ invoices { nodes { ${INVOICE_FIELDS} } } }`, {}, { token: me.token });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.invoices.nodes).toEqual([invoice]);
  });

  it("answers in one SQL statement besides opening the scope, the view's log included", async () => {
    const before = (await views(me)).length;
    app.statements.length = 0;
    const res = await open(me, me.invoice.id);
    expect(res.errors).toBeUndefined();
    expect(pageStatements(app.statements)).toHaveLength(1);
    expect(app.statements).toHaveLength(3); // opening the scope, the page, COMMIT
    expect(await views(me)).toHaveLength(before + 1);
    // The page's whole document adds savedPaymentMethods' own read of the customer's payment-provider record.
    app.statements.length = 0;
    const page = await open(me, me.invoice.id, PAGE);
    expect(page.errors).toBeUndefined();
    const statements = pageStatements(app.statements);
    expect(statements).toHaveLength(2);
    expect(statements.filter((sql) => sql.includes('payment_customers'))).toHaveLength(1);
  });

  it('logs the view as the very row recordCustomerActivity writes (the PDF download logs through it)', async () => {
    const res = await open(me, me.invoice.id);
    const viewed = (await views(me)).at(-1)!;
    const pdf = await fetch(`${app.url}${res.data!.invoice.pdfUrl}`, { headers: { 'user-agent': 'Invoice page test' } });
    expect(pdf.status).toBe(200);
    const downloaded = await app.owner.activityLog.findFirstOrThrow({ where: { tenantId: me.tenantId, action: 'invoice.downloaded' }, orderBy: { createdAt: 'desc' } });
    const { id: viewedId, action: viewedAction, ...viewedRest } = viewed;
    const { id: downloadedId, action: downloadedAction, ...downloadedRest } = downloaded;
    expect([viewedAction, downloadedAction]).toEqual(['invoice.viewed', 'invoice.downloaded']);
    expect(viewedRest).toEqual(downloadedRest);
    expect(viewedRest).toMatchObject({
      actorType: 'customer',
      actorId: me.customerId,
      customerId: me.customerId,
      subjectId: me.invoice.id,
      userAgent: 'Invoice page test',
      createdAt: app.clock.now,
    });
    expect(viewedId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(viewedId).not.toBe(downloadedId);
  });

  it('a draft, another customer’s, another tenant’s or a malformed id is NOT_FOUND as before, and nothing is logged', async () => {
    const before = await app.owner.activityLog.count({ where: { action: 'invoice.viewed', tenantId: { in: [me.tenantId, stranger.tenantId] } } });
    for (const id of [me.draft.id, neighbour.invoice.id, stranger.invoice.id, 'not-an-id']) {
      app.statements.length = 0;
      const res = await open(me, id);
      expect(res.data, id).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('This invoice was not found.');
      // One statement, rolled back; a malformed id reads nothing.
      expect(pageStatements(app.statements), id).toHaveLength(id === 'not-an-id' ? 0 : 1);
    }
    expect(await app.owner.activityLog.count({ where: { action: 'invoice.viewed', tenantId: { in: [me.tenantId, stranger.tenantId] } } })).toBe(before);
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers and tenants out', async () => {
    const before = (await views(me)).length;
    const mine = await expectRowLevelSecurityAlone(app, () => open(me, me.invoice.id));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.invoice.creditNotes).toHaveLength(2);
    expect(mine.data!.invoice.payments).toHaveLength(3);
    for (const who of [neighbour, stranger]) {
      const theirs = await expectRowLevelSecurityAlone(app, () => open(me, who.invoice.id));
      expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // My invoice was viewed twice (with and without the filters); no view of anyone else's was logged.
    expect(await views(me)).toHaveLength(before + 2);
    expect(await app.owner.activityLog.count({ where: { action: 'invoice.viewed', subjectId: { in: [neighbour.invoice.id, stranger.invoice.id] } } })).toBe(0);
  });
});
