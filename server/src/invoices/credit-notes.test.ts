// Credit notes: staff (owners, admins) take an amount off what an invoice owes; numbered in their
// own gap-free sequence, with a PDF; the customer sees their own; nobody else sees any.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { withScope } from '../test/rls-scope.js';
import { pdfText } from '../test/pdf.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff } from '../test/factory.js';
import { creditNoteNumberFormat } from './invoice-numbers.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ISSUE = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) {
  creditNote { id number amountMinor currency reason invoiceNumber pdfUrl } invoice { status amountDueMinor creditedMinor } } }`;
const PORTAL_INVOICE = `query($id: ID!) { invoice(id: $id) { status amountDueMinor creditedMinor creditNotes { id number amountMinor reason pdfUrl } } }`;
const ADMIN_INVOICE = `query($id: ID!) { invoice(id: $id) { creditNotes { id number } } }`;

interface Issued {
  issueCreditNote: {
    creditNote: { id: string; number: string; amountMinor: number; currency: string; reason: string; invoiceNumber: string; pdfUrl: string };
    invoice: { status: string; amountDueMinor: number; creditedMinor: number };
  };
}

async function world(options: { currency?: string; totalMinor?: number } = {}) {
  const tenant = await makeTenant(app.owner, { currency: options.currency });
  const { account, customer } = await makeCustomer(app.owner, tenant.id);
  const { invoice } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  if (options.currency || options.totalMinor) {
    await app.owner.invoice.update({
      where: { tenantId_id: { tenantId: tenant.id, id: invoice.id } },
      data: { currency: options.currency ?? 'USD', totalMinor: options.totalMinor ?? 15000, subtotalMinor: options.totalMinor ?? 15000 },
    });
  }
  const { token, sessionId } = await customerToken(app, account!);
  const admin = await signedInStaff(app, tenant.id, 'admin');
  return { tenant, customer, account: account!, invoice, token, sessionId, adminToken: admin.token };
}
type World = Awaited<ReturnType<typeof world>>;

function issue(me: World, amountMinor: number, reason = 'Arrived two hours late', token = me.adminToken) {
  return app.call<Issued>('admin', ISSUE, { input: { invoiceId: me.invoice.id, amountMinor, reason } }, { token });
}

describe('credit note numbers', () => {
  it("follow the business's invoice format with CN for its leading letters", () => {
    expect(creditNoteNumberFormat('INV-{YYYY}-{SEQ:5}')).toBe('CN-{YYYY}-{SEQ:5}');
    expect(creditNoteNumberFormat('FA{YY}{MM}-{SEQ:4}')).toBe('CN{YY}{MM}-{SEQ:4}');
    expect(creditNoteNumberFormat('{YYYY}/{SEQ}')).toBe('CN{YYYY}/{SEQ}');
  });
});

describe('issuing credit notes', () => {
  it('takes the amount off the balance, numbered CN-YYYY-00001, 00002 apart from invoices; crediting the rest settles the invoice', async () => {
    const me = await world();
    const first = await issue(me, 5000);
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueCreditNote).toMatchObject({
      creditNote: { number: 'CN-2026-00001', amountMinor: 5000, currency: 'USD', reason: 'Arrived two hours late', invoiceNumber: me.invoice.number },
      invoice: { status: 'overdue', amountDueMinor: 10000, creditedMinor: 5000 },
    });
    const second = await issue(me, 10000, 'Waived the rest');
    expect(second.data!.issueCreditNote).toMatchObject({ creditNote: { number: 'CN-2026-00002' }, invoice: { status: 'paid', amountDueMinor: 0, creditedMinor: 15000 } });
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.credited', subjectId: me.invoice.id } })).toBe(2);
    // Paid now: more credit would mean money owed back, which is a refund.
    expect((await issue(me, 100)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses more than the balance due, a blank reason, and a void invoice, changing nothing', async () => {
    const me = await world();
    const tooMuch = await issue(me, 15001);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    expect(tooMuch.errors?.[0]?.message).toBe('A credit note can take off at most the $150.00 still due.');
    expect((await issue(me, 100, '   ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await issue(me, 0)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    await app.owner.invoice.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.invoice.id } }, data: { status: 'void' } });
    expect((await issue(me, 100)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.owner.creditNote.count({ where: { tenantId: me.tenant.id } })).toBe(0);
    expect((await app.owner.invoice.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.invoice.id } })).creditedMinor).toBe(0);
  });

  it('amounts in messages use the currency’s own decimals: JPY has none, KWD three', async () => {
    const yen = await world({ currency: 'JPY', totalMinor: 15000 });
    expect((await issue(yen, 15001)).errors?.[0]?.message).toBe('A credit note can take off at most the ¥15,000 still due.');
    const dinar = await world({ currency: 'KWD', totalMinor: 12345 });
    expect((await issue(dinar, 12346)).errors?.[0]?.message).toMatch(/^A credit note can take off at most the KWD\s12\.345 still due\.$/);
  });

  it('10 concurrent credit notes on one invoice take turns: gap-free numbers, never more than the balance', async () => {
    const me = await world();
    const answers = await Promise.all(Array.from({ length: 10 }, () => issue(me, 2000)));
    const ok = answers.filter((a) => !a.errors);
    expect(ok).toHaveLength(7);
    expect(answers.filter((a) => a.errors).every((a) => a.errors?.[0]?.extensions?.field === 'amountMinor')).toBe(true);
    const numbers = ok.map((a) => a.data!.issueCreditNote.creditNote.number).sort();
    expect(numbers).toEqual(Array.from({ length: 7 }, (_, i) => `CN-2026-0000${i + 1}`));
    const row = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: me.tenant.id, id: me.invoice.id } });
    expect([row.creditedMinor, row.status]).toEqual([14000, 'issued']);
  });
});

describe('who may issue and see credit notes', () => {
  it('owners and admins issue; dispatchers read; technicians, another tenant and customers cannot', async () => {
    const me = await world();
    for (const role of ['owner', 'admin'] as const) {
      const { token } = await signedInStaff(app, me.tenant.id, role);
      expect((await issue(me, 100, 'Goodwill', token)).errors, role).toBeUndefined();
    }
    for (const role of ['dispatcher', 'technician'] as const) {
      const { token } = await signedInStaff(app, me.tenant.id, role);
      expect((await issue(me, 100, 'Goodwill', token)).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const dispatcher = await signedInStaff(app, me.tenant.id, 'dispatcher');
    const read = await app.call<{ invoice: { creditNotes: { number: string }[] } }>('admin', ADMIN_INVOICE, { id: me.invoice.id }, { token: dispatcher.token });
    expect(read.data!.invoice.creditNotes.map((n) => n.number)).toEqual(['CN-2026-00001', 'CN-2026-00002']);
    const technician = await signedInStaff(app, me.tenant.id, 'technician');
    expect((await app.call('admin', ADMIN_INVOICE, { id: me.invoice.id }, { token: technician.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const stranger = await signedInStaff(app, (await makeTenant(app.owner)).id, 'owner');
    expect((await issue(me, 100, 'Goodwill', stranger.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Customers have no such mutation at all.
    const asCustomer = await app.call('portal', ISSUE, { input: { invoiceId: me.invoice.id, amountMinor: 100, reason: 'x' } }, { token: me.token });
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(asCustomer.data ?? null).toBeNull();
    expect(await app.owner.creditNote.count({ where: { tenantId: me.tenant.id } })).toBe(2);
  });

  it('the customer sees their credit notes on the invoice and downloads the PDF; staff download it too', async () => {
    const me = await world();
    const issued = (await issue(me, 2500, 'Goodwill: arrived late')).data!.issueCreditNote.creditNote;
    const res = await app.call<{ invoice: { amountDueMinor: number; creditedMinor: number; creditNotes: { id: string; number: string; pdfUrl: string }[] } }>(
      'portal',
      PORTAL_INVOICE,
      { id: me.invoice.id },
      { token: me.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.invoice).toMatchObject({ amountDueMinor: 12500, creditedMinor: 2500, creditNotes: [{ id: issued.id, number: 'CN-2026-00001' }] });
    for (const url of [res.data!.invoice.creditNotes[0]!.pdfUrl, issued.pdfUrl]) {
      expect(url).toMatch(/^\/files\/v1\/credit-note-pdf\//);
      const pdf = await fetch(`${app.url}${url}`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
      for (const expected of ['Credit note', 'CN-2026-00001', me.invoice.number!, '$25.00', 'Goodwill: arrived late', me.customer.email]) expect(text).toContain(expected);
    }
  });

  it("another customer's or another tenant's credit note is NOT_FOUND, its link 404, and row-level security hides it", async () => {
    const me = await world();
    await issue(me, 1000);
    const note = await app.owner.creditNote.findFirstOrThrow({ where: { tenantId: me.tenant.id } });
    const { account: neighbour } = await makeCustomer(app.owner, me.tenant.id);
    const neighbourSession = await customerToken(app, neighbour!);
    const elsewhere = await world();

    // The invoice holding it is NOT_FOUND for the neighbour.
    expect((await app.call('portal', PORTAL_INVOICE, { id: me.invoice.id }, { token: neighbourSession.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A correctly signed link, as if GraphQL had handed one out, for the neighbour and for another tenant's customer.
    for (const who of [
      { tenantId: me.tenant.id, customerId: neighbour!.customerId, accountId: neighbour!.id, sessionId: neighbourSession.sessionId },
      { tenantId: elsewhere.tenant.id, customerId: elsewhere.customer.id, accountId: elsewhere.account.id, sessionId: elsewhere.sessionId },
    ]) {
      const ctx = { principal: { kind: 'customer', ...who }, deps: app.deps, now: () => app.clock.now } as unknown as RequestContext;
      const res = await fetch(`${app.url}${await signedLink(ctx, 'credit-note-pdf', note.id)}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
    }

    // Row-level security alone, with no WHERE clause: forced on, the customer's own only, the tenant's for staff.
    const [flags] = await app.owner.$queryRaw<
      { relrowsecurity: boolean; relforcerowsecurity: boolean }[]
    >`SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'credit_notes'`;
    expect(flags).toEqual({ relrowsecurity: true, relforcerowsecurity: true });
    const seen = (scope: Parameters<typeof withScope>[1]) => withScope(app.db, scope, (tx) => tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM credit_notes`);
    expect(await seen({ tenantId: me.tenant.id, role: 'customer', customerId: me.customer.id })).toEqual([{ id: note.id }]);
    expect(await seen({ tenantId: me.tenant.id, role: 'customer', customerId: neighbour!.customerId })).toEqual([]);
    expect(await seen({ tenantId: elsewhere.tenant.id, role: 'staff' })).toEqual([]);
    expect(await seen({ tenantId: me.tenant.id, role: 'staff' })).toEqual([{ id: note.id }]);
    const write = withScope(app.db, { tenantId: me.tenant.id, role: 'customer', customerId: me.customer.id }, (tx) => tx.$executeRaw`UPDATE credit_notes SET amount_minor = 1`);
    expect(await write).toBe(0);
  });
});
