// Quotes through the real endpoints on the real database: the office builds, sends and revises a
// quote; the customer sees only the latest sent version, prices selections, declines or signs; a
// signature approves it, issues the deposit invoice, and paying that converts the quote once;
// later invoices take the deposit off once; expiry follows the business's zone; and who may see
// what (another customer, a technician, another business). The test clock starts on Friday 20 Nov
// 2026, 15:00Z (09:00 in Chicago).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { normalise, pdfText } from '../test/pdf.js';
import { inTenantScope } from '../platform/scope.js';
import { runSignedHandlers } from '../signatures/signing-handlers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
afterEach(() => {
  app.clock.now = new Date(TEST_START);
});

const ITEM = 'id kind description quantity unitPriceMinor taxRateBp totalMinor';
const TOTALS = 'subtotalMinor taxMinor totalMinor depositMinor currency';
const CONTENT = `commonItems { ${ITEM} } options { id name items { ${ITEM} } totals { ${TOTALS} } } optionalItems { ${ITEM} } depositRule { kind value } validUntil terms`;
const COMMON = `id number status nextStates currency sentAt approvedAt declinedAt declineReason selection { optionId optionalItemIds } approvedTotals { ${TOTALS} }
  signingRequestId signedDocumentId depositInvoiceId jobId convertedProjectId threadId`;
const PORTAL = `${COMMON} version title intro ${CONTENT} nextSteps`;
const ADMIN = `${COMMON} currentVersion sentVersion current { version title ${CONTENT} sentAt } versions { version sentAt } customer { id }`;

const CREATE = `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { ${ADMIN} } }`;
const UPDATE = `mutation($id: ID!, $input: QuoteContentInput!) { updateQuoteDraft(id: $id, input: $input) { ${ADMIN} } }`;
const SEND = `mutation($id: ID!) { sendQuote(id: $id) { ${ADMIN} } }`;
const REVISE = `mutation($id: ID!) { reviseQuote(id: $id) { ${ADMIN} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawQuote(id: $id) { ${ADMIN} } }`;
const CONVERT = `mutation($id: ID!) { convertQuote(id: $id) { ${ADMIN} } }`;
const ADMIN_QUOTE = `query($id: ID!) { quote(id: $id) { ${ADMIN} } }`;
const ADMIN_QUOTES = `query($customerId: ID, $status: QuoteStatus) { quotes(customerId: $customerId, status: $status) { nodes { id status } } }`;
const PORTAL_QUOTE = `query($id: ID!) { quote(id: $id) { ${PORTAL} } }`;
const PORTAL_QUOTES = `{ quotes { nodes { id number status version } } }`;
const PRICE = `query($id: ID!, $selection: QuoteSelectionInput!) { priceQuote(id: $id, selection: $selection) { ${TOTALS} } }`;
const DECLINE = `mutation($id: ID!, $reason: String) { declineQuote(id: $id, reason: $reason) { ${PORTAL} } }`;
const SIGN = `mutation($id: ID!, $selection: QuoteSelectionInput!) { startQuoteSigning(id: $id, selection: $selection) { ${PORTAL} } }`;
const PAY_OFFLINE = `mutation($input: OfflinePaymentInput!) { recordOfflinePayment(input: $input) { id status } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(id: $id) { id totalMinor } }`;

interface Item {
  id: string;
  kind: string;
  description: string;
}
interface QuoteView {
  id: string;
  number: string;
  status: string;
  nextStates: string[];
  version?: number;
  title?: string;
  options: { id: string; name: string; totals: { totalMinor: number; depositMinor: number } }[];
  optionalItems: Item[];
  selection: { optionId: string | null; optionalItemIds: string[] } | null;
  approvedTotals: { totalMinor: number; depositMinor: number } | null;
  signingRequestId: string | null;
  depositInvoiceId: string | null;
  jobId: string | null;
  convertedProjectId: string | null;
  declineReason: string | null;
  nextSteps?: string[];
  currentVersion?: number;
  sentVersion?: number | null;
  current?: { version: number; title: string; options: { id: string }[]; optionalItems: Item[] };
  versions?: { version: number; sentAt: string | null }[];
}

type Result = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Result) => res.errors?.[0]?.extensions;

async function world(options: { conversion?: 'JOB' | 'PROJECT'; timeZone?: string } = {}) {
  const tenant = await makeTenant(app.owner, { timeZone: options.timeZone ?? 'America/Chicago' });
  await app.owner.tenant.update({ where: { id: tenant.id }, data: { quoteConversion: options.conversion ?? 'JOB', quoteDefaultTerms: 'Payment on completion.' } });
  const tenantId = tenant.id;
  const signIn = async (tid: string, role: 'owner' | 'dispatcher' | 'technician') => {
    const staff = await makeStaff(app.owner, tid, role);
    return { staff, token: (await staffToken(app, staff)).token };
  };
  const customer = async (tid = tenantId) => {
    const { customer: row, account } = await makeCustomer(app.owner, tid);
    if (!account) throw new Error('account expected');
    const records = await makeCustomerRecords(app.owner, tid, row.id);
    return { customer: row, account, ...records, token: (await customerToken(app, account)).token };
  };
  const owner = await signIn(tenantId, 'owner');
  const dispatcher = await signIn(tenantId, 'dispatcher');
  const tech = await signIn(tenantId, 'technician');
  const me = await customer();
  const neighbour = await customer();
  const next = await makeTenant(app.owner);
  const nextOwner = await signIn(next.id, 'owner');
  const stranger = await customer(next.id);
  return { tenant, tenantId, owner, dispatcher, tech, me, neighbour, next, nextOwner, stranger };
}
type World = Awaited<ReturnType<typeof world>>;

const FURNACE = {
  title: 'Furnace: repair or replace',
  intro: 'Your furnace failed its inspection.',
  commonItems: [{ description: 'Diagnostic visit', unitPriceMinor: 9_900, taxRateBp: 825 }],
  options: [
    { name: 'Repair', items: [{ description: 'Replace the igniter and the blower motor', unitPriceMinor: 45_000, taxRateBp: 825 }] },
    {
      name: 'Replace',
      items: [
        { description: 'High-efficiency furnace', unitPriceMinor: 320_000, taxRateBp: 825 },
        { description: 'Installation', unitPriceMinor: 80_000 },
      ],
    },
  ],
  optionalItems: [{ description: 'Smart thermostat', unitPriceMinor: 24_900, taxRateBp: 825 }],
  depositRule: { kind: 'PERCENT', value: 2500 },
};

async function call<T>(endpoint: 'portal' | 'admin', query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await app.call<T>(endpoint, query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

async function createQuote(w: World, input: Record<string, unknown> = {}): Promise<QuoteView> {
  return (await call<{ createQuote: QuoteView }>('admin', CREATE, { input: { customerId: w.me.customer.id, siteId: w.me.site.id, ...FURNACE, ...input } }, w.owner.token))
    .createQuote;
}
const send = async (w: World, id: string) => (await call<{ sendQuote: QuoteView }>('admin', SEND, { id }, w.owner.token)).sendQuote;
const portalQuote = async (w: World, id: string, token = w.me.token) => (await call<{ quote: QuoteView }>('portal', PORTAL_QUOTE, { id }, token)).quote;
const adminQuote = async (w: World, id: string) => (await call<{ quote: QuoteView }>('admin', ADMIN_QUOTE, { id }, w.owner.token)).quote;

/** Sent, the customer picks Replace with the thermostat and signs: the signatures module's callback. */
async function signed(w: World, input: Record<string, unknown> = {}): Promise<QuoteView> {
  const quote = await send(w, (await createQuote(w, input)).id);
  const replace = quote.current?.options[1]?.id ?? null;
  const thermostat = quote.current?.optionalItems[0]?.id;
  const selection = replace ? { optionId: replace, optionalItemIds: thermostat ? [thermostat] : [] } : { optionalItemIds: [] };
  const started = (await call<{ startQuoteSigning: QuoteView }>('portal', SIGN, { id: quote.id, selection }, w.me.token)).startQuoteSigning;
  // What the signatures module does once the customer has signed: its handlers, in a system scope.
  await inTenantScope(app.deps, { tenantId: w.tenantId, role: 'system' }, (ctx) =>
    runSignedHandlers(ctx, 'QUOTE', {
      requestId: started.signingRequestId ?? '',
      subjectId: quote.id,
      customerId: w.me.customer.id,
      signedDocumentId: randomUUID(),
      signerName: 'Alex',
      signedAt: app.clock.now,
    }),
  );
  return adminQuote(w, quote.id);
}

async function payOffline(w: World, invoiceId: string, amountMinor: number) {
  return call<{ recordOfflinePayment: { status: string } }>('admin', PAY_OFFLINE, { input: { invoiceId, amountMinor, method: 'cash', receivedOn: '2026-11-20' } }, w.owner.token);
}

describe('a quote', () => {
  it('is created as a numbered draft in the business’s format, with its options, add-ons and default terms; the customer cannot see it yet', async () => {
    const w = await world();
    await app.owner.tenant.update({ where: { id: w.tenantId }, data: { quoteNumberFormat: 'Q-{YYYY}-{SEQ:4}' } });
    const first = await createQuote(w);
    const second = await createQuote(w);
    expect(first.number).toBe('Q-2026-0001');
    expect(second.number).toBe('Q-2026-0002');
    expect(first).toMatchObject({ status: 'draft', nextStates: ['sent', 'withdrawn'], currentVersion: 1, sentVersion: null });
    expect(first.current?.options.length).toBe(2);
    const res = await app.call('portal', PORTAL_QUOTE, { id: first.id }, { token: w.me.token });
    expect(codeOf(res)?.code).toBe('NOT_FOUND');
    expect((await call<{ quotes: { nodes: unknown[] } }>('portal', PORTAL_QUOTES, {}, w.me.token)).quotes.nodes).toEqual([]);
  });

  it('refuses one lone option, a past validity date and another customer’s site, changing nothing', async () => {
    const w = await world();
    const lone = await app.call('admin', CREATE, { input: { customerId: w.me.customer.id, ...FURNACE, options: [FURNACE.options[0]] } }, { token: w.owner.token });
    expect(codeOf(lone)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONE_OPTION' });
    const past = await app.call('admin', CREATE, { input: { customerId: w.me.customer.id, ...FURNACE, validUntil: '2026-11-19' } }, { token: w.owner.token });
    expect(codeOf(past)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALID_UNTIL_PAST' });
    const site = await app.call('admin', CREATE, { input: { customerId: w.me.customer.id, siteId: w.neighbour.site.id, ...FURNACE } }, { token: w.owner.token });
    expect(codeOf(site)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_CUSTOMER_SITE' });
    expect(await app.owner.quote.count({ where: { tenantId: w.tenantId } })).toBe(0);
  });

  it('is sent: the customer sees it with live totals per option and prices any selection', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    expect(quote).toMatchObject({ status: 'sent', sentVersion: 1 });
    const seen = await portalQuote(w, quote.id);
    expect(seen).toMatchObject({ status: 'sent', version: 1, title: 'Furnace: repair or replace', nextSteps: ['CHOOSE_OPTION', 'APPROVE', 'DECLINE', 'ASK'] });
    expect(seen.options.map((o) => [o.name, o.totals.totalMinor, o.totals.depositMinor])).toEqual([
      ['Repair', 59_430, 14_858],
      ['Replace', 437_117, 109_279],
    ]);
    const [repair] = seen.options;
    const price = await call<{ priceQuote: { totalMinor: number; depositMinor: number } }>(
      'portal',
      PRICE,
      { id: quote.id, selection: { optionId: repair?.id, optionalItemIds: [seen.optionalItems[0]?.id] } },
      w.me.token,
    );
    expect(price.priceQuote).toMatchObject({ totalMinor: 59_430 + 24_900 + 2_054, currency: 'USD' });
    const none = await app.call('portal', PRICE, { id: quote.id, selection: { optionalItemIds: [] } }, { token: w.me.token });
    expect(codeOf(none)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OPTION_REQUIRED' });
  });

  it('is downloaded as a PDF as sent (every option and add-on) by the customer and the office, through a link only for them', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    const mine = await call<{ quote: { pdfUrl: string } }>('portal', `query($id: ID!) { quote(id: $id) { pdfUrl } }`, { id: quote.id }, w.me.token);
    const office = await call<{ quote: { pdfUrl: string } }>('admin', `query($id: ID!) { quote(id: $id) { pdfUrl } }`, { id: quote.id }, w.owner.token);
    for (const link of [mine.quote.pdfUrl, office.quote.pdfUrl]) {
      expect(link).toMatch(new RegExp(`^/files/v1/quote-pdf/${quote.id}\\?token=`));
      const res = await fetch(`${app.url}${link}`);
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      const text = normalise(await pdfText(new Uint8Array(await res.arrayBuffer())));
      expect(text).toContain(quote.number);
      expect(text).toContain('Repair');
      expect(text).toContain('Replace');
    }
    // The link names this quote: turned towards another id it opens nothing.
    const token = new URL(`${app.url}${mine.quote.pdfUrl}`).searchParams.get('token');
    expect((await fetch(`${app.url}/files/v1/quote-pdf/${randomUUID()}?token=${token}`)).status).toBe(404);
    // Nobody else gets a link: the quote is NOT_FOUND for the neighbour and the technician.
    const theirs = await app.call('portal', `query($id: ID!) { quote(id: $id) { pdfUrl } }`, { id: quote.id }, { token: w.neighbour.token });
    expect(codeOf(theirs)).toMatchObject({ code: 'NOT_FOUND' });
    const tech = await app.call('admin', `query($id: ID!) { quote(id: $id) { pdfUrl } }`, { id: quote.id }, { token: w.tech.token });
    expect(codeOf(tech)?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });

  it('is revised in a new draft version: the customer keeps the sent one (never the draft) until it is sent; history is kept', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    const revised = (await call<{ reviseQuote: QuoteView }>('admin', REVISE, { id: quote.id }, w.owner.token)).reviseQuote;
    expect(revised).toMatchObject({ status: 'sent', currentVersion: 2, sentVersion: 1 });
    await call(
      'admin',
      UPDATE,
      { id: quote.id, input: { ...FURNACE, title: 'Furnace: replace (revised)', options: [], commonItems: [{ description: 'New furnace', unitPriceMinor: 300_000 }] } },
      w.owner.token,
    );
    expect(await portalQuote(w, quote.id)).toMatchObject({ version: 1, title: 'Furnace: repair or replace' });
    // Row-level security alone: the customer's scope never reads a draft version.
    const versions = await withScope(app.db, { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id }, (tx) =>
      tx.$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM quote_versions WHERE quote_id = '${quote.id}' ORDER BY version`),
    );
    expect(versions.map((v) => v.version)).toEqual([1]);
    const resent = await send(w, quote.id);
    expect(resent).toMatchObject({ status: 'sent', currentVersion: 2, sentVersion: 2 });
    expect(resent.versions?.map((v) => v.version)).toEqual([2, 1]);
    expect(await portalQuote(w, quote.id)).toMatchObject({ version: 2, title: 'Furnace: replace (revised)', options: [] });
    // A sent version is never changed again.
    const edit = await app.call('admin', UPDATE, { id: quote.id, input: FURNACE }, { token: w.owner.token });
    expect(codeOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_DRAFT' });
  });

  it('is declined by the customer with a reason, which staff read; it cannot be declined twice', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    const declined = (await call<{ declineQuote: QuoteView }>('portal', DECLINE, { id: quote.id, reason: 'Too expensive for now.' }, w.me.token)).declineQuote;
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Too expensive for now.', nextSteps: ['ASK'] });
    expect(await adminQuote(w, quote.id)).toMatchObject({ status: 'declined', declineReason: 'Too expensive for now.', nextStates: ['sent', 'withdrawn'] });
    const again = await app.call('portal', DECLINE, { id: quote.id, reason: null }, { token: w.me.token });
    expect(codeOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });
  });

  it('expires after its last day in the business’s time zone (not UTC’s): then it can be neither signed nor declined', async () => {
    const w = await world({ timeZone: 'America/Chicago' });
    const quote = await send(w, (await createQuote(w, { validUntil: '2026-11-30' })).id);
    // 05:00Z on 1 Dec is still 30 Nov in Chicago.
    app.clock.now = new Date('2026-12-01T05:00:00Z');
    const before = { ...w, me: { ...w.me, token: (await customerToken(app, w.me.account)).token } };
    expect((await portalQuote(before, quote.id)).status).toBe('sent');
    app.clock.now = new Date('2026-12-01T06:30:00Z');
    const me = { ...w.me, token: (await customerToken(app, w.me.account)).token };
    const owner = { ...w.owner, token: (await staffToken(app, w.owner.staff)).token };
    const after = { ...w, me, owner };
    expect((await portalQuote(after, quote.id)).status).toBe('expired');
    expect((await call<{ quotes: { nodes: { id: string }[] } }>('admin', ADMIN_QUOTES, { status: 'expired' }, owner.token)).quotes.nodes.map((n) => n.id)).toEqual([quote.id]);
    expect((await call<{ quotes: { nodes: { id: string }[] } }>('admin', ADMIN_QUOTES, { status: 'sent' }, owner.token)).quotes.nodes).toEqual([]);
    const decline = await app.call('portal', DECLINE, { id: quote.id, reason: null }, { token: me.token });
    expect(codeOf(decline)).toMatchObject({ code: 'CONFLICT', reason: 'QUOTE_EXPIRED' });
  });

  it('is withdrawn by the office: the customer no longer sees it', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    expect((await call<{ withdrawQuote: QuoteView }>('admin', WITHDRAW, { id: quote.id }, w.owner.token)).withdrawQuote.status).toBe('withdrawn');
    expect(codeOf(await app.call('portal', PORTAL_QUOTE, { id: quote.id }, { token: w.me.token }))?.code).toBe('NOT_FOUND');
  });
});

describe('approval', () => {
  it('freezes the selection, renders its PDF for the signatures module, and on signing approves the quote and invoices the deposit', async () => {
    const w = await world();
    const approved = await signed(w);
    const requests = await app.owner.signingRequest.findMany({ where: { tenantId: w.tenantId, subjectId: approved.id } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ id: approved.signingRequestId, kind: 'QUOTE', customerId: w.me.customer.id, title: `${approved.number} — Furnace: repair or replace` });
    expect(requests[0]?.placement).toMatchObject({ page: 1, x: 50, y: 70, width: 220, height: 60 });
    const unsigned = await app.owner.document.findFirstOrThrow({ where: { id: requests[0]?.documentId ?? '' } });
    expect(unsigned).toMatchObject({ fileName: `${approved.number}-v1.pdf`, customerId: w.me.customer.id, shared: true });
    expect(approved.status).toBe('approved');
    expect(approved.selection?.optionId).toBe(approved.current?.options[1]?.id);
    // Replace (437 117) + thermostat (24 900 + 2 054), 25 % deposit.
    expect(approved.approvedTotals).toMatchObject({ totalMinor: 464_071, depositMinor: 116_018 });
    const invoice = await app.owner.invoice.findFirstOrThrow({ where: { id: approved.depositInvoiceId ?? '' }, include: { lines: true } });
    expect(invoice).toMatchObject({ status: 'issued', totalMinor: 116_018, customerId: w.me.customer.id });
    expect(invoice.lines.map((l) => l.description)).toEqual([`Deposit for quote ${approved.number}`]);
    expect(approved.jobId).toBeNull();
    expect((await portalQuote(w, approved.id)).nextSteps).toEqual(['PAY_DEPOSIT', 'ASK']);
  });

  it('converts into an unscheduled job when the deposit invoice is paid, and later invoices of that job take the deposit off once, never below zero', async () => {
    const w = await world();
    const approved = await signed(w);
    await payOffline(w, approved.depositInvoiceId ?? '', 116_018);
    const converted = await adminQuote(w, approved.id);
    expect(converted.status).toBe('converted');
    const job = await app.owner.job.findFirstOrThrow({ where: { id: converted.jobId ?? '' } });
    expect(job).toMatchObject({ status: 'requested', customerId: w.me.customer.id, siteId: w.me.site.id, title: 'Furnace: repair or replace', technicianId: null });
    expect(job.description).toContain('Replace:');
    expect(job.description).toContain('1 × Smart thermostat');

    // A first invoice of 100 000 for the job takes 100 000 off (not below zero); the next, the remaining 15 543; a third, nothing.
    const invoiceFor = async (amount: number) => {
      const draft = await app.owner.invoice.create({
        data: {
          tenantId: w.tenantId,
          customerId: w.me.customer.id,
          jobId: job.id,
          currency: 'USD',
          subtotalMinor: amount,
          totalMinor: amount,
          lines: { createMany: { data: [{ position: 1, description: 'Work', unitPriceMinor: amount, totalMinor: amount }] } },
        },
      });
      return (await call<{ issueInvoice: { totalMinor: number } }>('admin', ISSUE, { id: draft.id }, w.owner.token)).issueInvoice.totalMinor;
    };
    expect(await invoiceFor(100_000)).toBe(0);
    expect(await invoiceFor(400_000)).toBe(400_000 - 16_018);
    expect(await invoiceFor(50_000)).toBe(50_000);
    const lines = await app.owner.invoiceLine.findMany({ where: { tenantId: w.tenantId, description: `Less deposit paid (${approved.number})` } });
    expect(lines.map((l) => l.totalMinor).sort()).toEqual([-100_000, -16_018].sort());
  });

  it('converts at signing when no deposit is due, into a project for a business that converts to projects', async () => {
    const w = await world({ conversion: 'PROJECT' });
    const approved = await signed(w, { depositRule: null });
    expect(approved).toMatchObject({ status: 'converted', depositInvoiceId: null, jobId: null });
    const project = await app.owner.project.findFirstOrThrow({ where: { id: approved.convertedProjectId ?? '' } });
    expect(project).toMatchObject({ customerId: w.me.customer.id, name: 'Furnace: repair or replace', contractValueMinor: 464_071 });
  });

  it('is converted by the office exactly once, however many ask at the same time', async () => {
    const w = await world();
    const approved = await signed(w);
    const results = await Promise.all([1, 2, 3].map(() => app.call<{ convertQuote: QuoteView }>('admin', CONVERT, { id: approved.id }, { token: w.owner.token })));
    for (const res of results) expect(res.errors).toBeUndefined();
    const jobIds = new Set(results.map((r) => r.data?.convertQuote.jobId));
    expect(jobIds.size).toBe(1);
    expect(await app.owner.job.count({ where: { tenantId: w.tenantId, title: 'Furnace: repair or replace' } })).toBe(1);
    // Paying the deposit afterwards converts nothing more.
    await payOffline(w, approved.depositInvoiceId ?? '', 116_018);
    expect(await app.owner.job.count({ where: { tenantId: w.tenantId, title: 'Furnace: repair or replace' } })).toBe(1);
  });

  it('is not converted before approval', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    expect(codeOf(await app.call('admin', CONVERT, { id: quote.id }, { token: w.owner.token }))).toMatchObject({ code: 'CONFLICT', reason: 'STATUS_NOT_ALLOWED' });
  });
});

describe('emails', () => {
  it('tell the customer of a sent quote in their language with its portal link, and the office (not technicians) of its approval', async () => {
    const w = await world();
    await app.owner.customer.update({ where: { tenantId_id: { tenantId: w.tenantId, id: w.me.customer.id } }, data: { locale: 'fr' } });
    const approved = await signed(w);
    const toCustomer = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenantId, toAddress: w.me.customer.email, subject: { contains: approved.number } } });
    expect(toCustomer).toHaveLength(1);
    expect(toCustomer[0]?.subject).toBe(`Votre devis ${approved.number} : Furnace: repair or replace`);
    expect(toCustomer[0]?.text).toContain(`/portal/quotes/${approved.id}`);
    const toOffice = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenantId, subject: { startsWith: `Quote ${approved.number} approved` } } });
    expect(toOffice.map((e) => e.toAddress).sort()).toEqual([w.owner.staff.email, w.dispatcher.staff.email].sort());
    expect(toOffice[0]?.text).toContain(`/quotes/${approved.id}`);
  });
});

describe('who may see a quote', () => {
  it('another customer, a technician and another business find nothing, by any id-taking field', async () => {
    const w = await world();
    const quote = await send(w, (await createQuote(w)).id);
    const option = quote.current?.options[0]?.id;
    const portalOps: [string, Record<string, unknown>][] = [
      [PORTAL_QUOTE, { id: quote.id }],
      [PRICE, { id: quote.id, selection: { optionId: option, optionalItemIds: [] } }],
      [DECLINE, { id: quote.id, reason: 'x' }],
      [SIGN, { id: quote.id, selection: { optionId: option, optionalItemIds: [] } }],
    ];
    for (const token of [w.neighbour.token, w.stranger.token]) {
      for (const [query, variables] of portalOps) expect(codeOf(await app.call('portal', query, variables, { token }))?.code).toBe('NOT_FOUND');
      expect((await call<{ quotes: { nodes: unknown[] } }>('portal', PORTAL_QUOTES, {}, token)).quotes.nodes).toEqual([]);
    }
    const adminOps: [string, Record<string, unknown>][] = [
      [ADMIN_QUOTE, { id: quote.id }],
      [SEND, { id: quote.id }],
      [REVISE, { id: quote.id }],
      [WITHDRAW, { id: quote.id }],
      [CONVERT, { id: quote.id }],
      [UPDATE, { id: quote.id, input: FURNACE }],
    ];
    for (const [query, variables] of adminOps) {
      expect(codeOf(await app.call('admin', query, variables, { token: w.nextOwner.token }))?.code).toBe('NOT_FOUND');
      expect(codeOf(await app.call('admin', query, variables, { token: w.tech.token }))?.code).toBe('FORBIDDEN');
    }
    const otherCustomer = await app.call('admin', CREATE, { input: { customerId: w.stranger.customer.id, ...FURNACE } }, { token: w.owner.token });
    expect(codeOf(otherCustomer)?.code).toBe('NOT_FOUND');
    // Row-level security alone: a technician's scope and another business's read no row.
    const techRows = await withScope(app.db, { tenantId: w.tenantId, role: 'staff', staffId: w.tech.staff.id, staffRole: 'technician' }, (tx) =>
      tx.$queryRawUnsafe<unknown[]>(`SELECT id FROM quotes UNION ALL SELECT id FROM quote_versions UNION ALL SELECT id FROM quote_items`),
    );
    expect(techRows).toEqual([]);
    const nextRows = await withScope(app.db, { tenantId: w.next.id, role: 'staff', staffId: w.nextOwner.staff.id, staffRole: 'owner' }, (tx) =>
      tx.$queryRawUnsafe<unknown[]>(`SELECT id FROM quotes WHERE id = '${quote.id}'`),
    );
    expect(nextRows).toEqual([]);
    // The dispatcher is office: they may read it.
    expect((await call<{ quote: QuoteView }>('admin', ADMIN_QUOTE, { id: quote.id }, w.dispatcher.token)).quote.id).toBe(quote.id);
  });
});
