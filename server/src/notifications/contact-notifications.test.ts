// Notifications reach each contact of an account (issue 22): who is told is who may see the
// subject (row-level security decides, in each contact's own scope), each by their own choice per
// kind, at their own address and in their language; each contact's bell holds only their rows, and
// a colleague's doing is news to the others.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRight } from '../generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeBookingTenant, makeContact, makeCustomer, makeCustomerRecords, makeSite, makeTenant, signedInStaff } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { subscribeLive, type LiveSubscription } from '../test/live.js';
import { inTenantScope } from '../platform/scope.js';
import { notifyCustomer } from './notify.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
const subscriptions: LiveSubscription[] = [];
afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.dispose()));
  await app.close();
});

const LIST = '{ myNotifications(first: 20) { nodes { id kind subjectId } } }';
const PREFS = '{ myNotificationPreferences { kind channel roleReceives } }';
const SET_PREFS = 'mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { kind channel } }';
const MARK = 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }';
const MARK_ALL = 'mutation { markAllNotificationsRead { marked unreadCount } }';
const CREATE_INVOICE = 'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }';
const ISSUE = 'mutation($id: ID!) { issueInvoice(id: $id) { id number } }';
const START = 'mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) { clientSecret } }';
const PAY = 'mutation($input: ConfirmSandboxPaymentInput!) { confirmSandboxPayment(input: $input) { id status } }';
const BOOK = 'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status } }';
// Monday 23 Nov 2026, 09:00 in Chicago (the test clock starts the Friday before).
const MON_0900 = '2026-11-23T15:00:00.000Z';

/** A business account like Lakeview Dental: its primary contact, accounts payable (invoices, in French), the front desk (appointments, requests). */
async function account() {
  const tenant = await makeTenant(app.owner);
  const office = await signedInStaff(app, tenant.id, 'owner');
  const { customer, account: primaryRow } = await makeCustomer(app.owner, tenant.id);
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const contact = async (rights: ContactRight[], options: { locale?: string; siteIds?: string[]; status?: 'invited' | 'active' | 'deactivated' } = {}) => {
    const row = await makeContact(app.owner, { tenantId: tenant.id, customerId: customer.id }, { rights, ...options });
    return { row, token: options.status && options.status !== 'active' ? '' : (await customerToken(app, row)).token };
  };
  const primary = { row: primaryRow!, token: (await customerToken(app, primaryRow!)).token };
  const payables = await contact(['invoices'], { locale: 'fr' });
  const desk = await contact(['appointments', 'requests']);
  return { tenant, office, customer, records, primary, payables, desk, contact };
}
type Account = Awaited<ReturnType<typeof account>>;

async function bellRows(token: string) {
  const res = await app.call<{ myNotifications: { nodes: { id: string; kind: string; subjectId: string }[] } }>('portal', LIST, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.myNotifications.nodes;
}

/** What a contact's bell holds: each row's kind and subject, newest first. */
async function bell(token: string) {
  return (await bellRows(token)).map(({ kind, subjectId }) => ({ kind, subjectId }));
}

const mailTo = (tenantId: string, to: string) => app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: { createdAt: 'asc' } });

async function issueInvoice(a: Account) {
  const draft = await app.call<{ createInvoice: { id: string } }>(
    'admin',
    CREATE_INVOICE,
    { input: { customerId: a.customer.id, lines: [{ description: 'Cleaning', unitPriceMinor: 9900 }] } },
    { token: a.office.token },
  );
  const issued = await app.call<{ issueInvoice: { id: string; number: string } }>('admin', ISSUE, { id: draft.data!.createInvoice.id }, { token: a.office.token });
  expect(issued.errors).toBeUndefined();
  return issued.data!.issueInvoice;
}

describe('who of the account is told', () => {
  it('an issued invoice reaches the contacts who may see invoices, each at their address and in their language; the front desk hears nothing', async () => {
    const a = await account();
    const invited = await a.contact(['invoices'], { status: 'invited' });
    const gone = await a.contact(['invoices'], { status: 'deactivated' });
    const invoice = await issueInvoice(a);

    expect(await bell(a.primary.token)).toEqual([{ kind: 'invoiceIssued', subjectId: invoice.id }]);
    expect(await bell(a.payables.token)).toEqual([{ kind: 'invoiceIssued', subjectId: invoice.id }]);
    expect(await bell(a.desk.token)).toEqual([]);

    const [toPrimary] = await mailTo(a.tenant.id, a.primary.row.email);
    expect(toPrimary?.subject).toContain(invoice.number);
    expect(toPrimary?.text).toMatch(/^Hello /);
    const [toPayables] = await mailTo(a.tenant.id, a.payables.row.email);
    expect(toPayables?.subject).toContain(invoice.number);
    expect(toPayables?.text).toContain('Reste à payer');
    expect(toPayables?.text).toContain(a.payables.row.name);
    for (const nobody of [a.desk.row.email, invited.row.email, gone.row.email]) expect(await mailTo(a.tenant.id, nobody)).toEqual([]);
  });

  it('a site-limited contact is told of visits at their buildings only; the primary of all', async () => {
    const a = await account();
    const annex = await app.owner.site.create({
      data: { tenantId: a.tenant.id, customerId: a.customer.id, label: 'Annex', addressLine1: '2 Side St', city: 'Springfield', postalCode: '12345', country: 'US' },
    });
    const annexDesk = await a.contact(['appointments'], { siteIds: [annex.id] });
    const annexJob = await app.owner.job.create({
      data: { ...pick(a.records.job), siteId: annex.id, title: 'Annex boiler' },
    });
    for (const job of [a.records.job, annexJob]) {
      await inTenantScope(app.deps, { tenantId: a.tenant.id, role: 'system' }, (ctx) =>
        notifyCustomer(ctx, { customerId: a.customer.id, kind: 'jobCompleted', subject: { type: 'job', id: job.id }, params: { title: job.title } }),
      );
    }
    expect((await bell(annexDesk.token)).map((n) => n.subjectId)).toEqual([annexJob.id]);
    expect((await bell(a.desk.token)).map((n) => n.subjectId).sort()).toEqual([a.records.job.id, annexJob.id].sort());
    expect((await bell(a.primary.token)).map((n) => n.subjectId).sort()).toEqual([a.records.job.id, annexJob.id].sort());
    expect(await bell(a.payables.token)).toEqual([]);
  });

  it('a document shared with one contact tells that contact and those who see every document, not another contact with shared documents only', async () => {
    const a = await account();
    const mine = await a.contact(['documents_shared']);
    const other = await a.contact(['documents_shared']);
    const everything = await a.contact(['documents_all']);
    await app.owner.documentContactShare.create({ data: { tenantId: a.tenant.id, documentId: a.records.sharedDocument.id, contactId: mine.row.id } });
    await inTenantScope(app.deps, { tenantId: a.tenant.id, role: 'system' }, (ctx) =>
      notifyCustomer(ctx, {
        customerId: a.customer.id,
        kind: 'documentShared',
        subject: { type: 'document', id: a.records.sharedDocument.id },
        params: { title: 'Service report' },
      }),
    );
    for (const told of [mine, everything, a.primary]) expect((await bell(told.token)).map((n) => n.kind)).toEqual(['documentShared']);
    for (const untold of [other, a.desk, a.payables]) expect(await bell(untold.token)).toEqual([]);
  });

  it('a payment tells every contact who may see invoices, the payer too (the provider confirmed it); the front desk hears nothing', async () => {
    const a = await account();
    const started = await app.call<{ startInvoicePayment: { clientSecret: string } }>('portal', START, { input: { invoiceId: a.records.invoice.id } }, { token: a.payables.token });
    const paid = await app.call<{ confirmSandboxPayment: { status: string } }>(
      'portal',
      PAY,
      { input: { clientSecret: started.data!.startInvoicePayment.clientSecret, cardNumber: '4242424242424242', expiry: '12/30', cvc: '123' } },
      { token: a.payables.token },
    );
    expect(paid.data?.confirmSandboxPayment.status).toBe('succeeded');
    for (const told of [a.payables, a.primary]) expect(await bell(told.token)).toEqual([{ kind: 'paymentReceived', subjectId: a.records.invoice.id }]);
    expect(await bell(a.desk.token)).toEqual([]);
    expect(await mailTo(a.tenant.id, a.payables.row.email)).toHaveLength(1);
    expect(await mailTo(a.tenant.id, a.desk.row.email)).toEqual([]);
  });

  it("a colleague's booking is news to the primary; the contact who booked gets the receipt by email, not a bell", async () => {
    const setup = await makeBookingTenant(app.owner, { mode: 'request' });
    const { customer, account: primaryRow } = await makeCustomer(app.owner, setup.tenant.id);
    const site = await makeSite(app.owner, setup.tenant.id, customer.id);
    const desk = await makeContact(app.owner, { tenantId: setup.tenant.id, customerId: customer.id }, { rights: ['appointments'] });
    const payables = await makeContact(app.owner, { tenantId: setup.tenant.id, customerId: customer.id }, { rights: ['invoices'] });
    const booked = await app.call<{ bookAppointment: { id: string; status: string } }>(
      'portal',
      BOOK,
      { input: { serviceTypeId: setup.serviceType.id, start: MON_0900, siteId: site.id, description: 'The chair squeaks.' } },
      { token: (await customerToken(app, desk)).token },
    );
    expect(booked.data?.bookAppointment.status).toBe('requested');
    expect(await bell((await customerToken(app, desk)).token)).toEqual([]);
    expect(await bell((await customerToken(app, primaryRow!)).token)).toEqual([{ kind: 'bookingConfirmed', subjectId: booked.data!.bookAppointment.id }]);
    expect(await bell((await customerToken(app, payables)).token)).toEqual([]);
    expect((await mailTo(setup.tenant.id, desk.email)).map((m) => m.subject)).toEqual([expect.stringMatching(/^Request received: Furnace tune-up/)]);
    expect(await mailTo(setup.tenant.id, payables.email)).toEqual([]);
  });

  it('an account without a login is told at its own address, as before contacts', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer } = await makeCustomer(app.owner, tenant.id, { withAccount: false });
    const deliveries = await inTenantScope(app.deps, { tenantId: tenant.id, role: 'system' }, (ctx) =>
      notifyCustomer(ctx, { customerId: customer.id, kind: 'invoiceIssued', subject: { type: 'invoice', id: customer.id }, params: { number: 'INV-1' } }),
    );
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]?.emailed).toBe(true);
    expect(deliveries[0]?.notificationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await mailTo(tenant.id, customer.email)).toHaveLength(1);
    expect(await app.owner.notification.findMany({ where: { tenantId: tenant.id }, select: { customerId: true, contactId: true } })).toEqual([
      { customerId: customer.id, contactId: null },
    ]);
  });
});

describe("each contact's own bell and choices", () => {
  it('a contact reads and marks only their own notifications; marking all leaves a colleague’s unread', async () => {
    const a = await account();
    await issueInvoice(a);
    const [primaryRow] = await bellRows(a.primary.token);
    const [payablesRow] = await bellRows(a.payables.token);
    expect(primaryRow!.id).not.toBe(payablesRow!.id);
    const foreign = await app.call('portal', MARK, { id: primaryRow!.id }, { token: a.payables.token });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const all = await app.call<{ markAllNotificationsRead: { marked: number; unreadCount: number } }>('portal', MARK_ALL, {}, { token: a.payables.token });
    expect(all.data?.markAllNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
    const stored = await app.owner.notification.findFirstOrThrow({ where: { id: primaryRow!.id } });
    expect(stored.readAt).toBeNull();
  });

  it("the live bell: each contact's socket hears of their own new notifications only", async () => {
    const a = await account();
    const live = (token: string) => subscribeLive(app, 'portal', { token });
    const primaryLive = await live(a.primary.token);
    const payablesLive = await live(a.payables.token);
    const deskLive = await live(a.desk.token);
    subscriptions.push(primaryLive, payablesLive, deskLive);
    await issueInvoice(a);
    const [forPrimary] = await bellRows(a.primary.token);
    const [forPayables] = await bellRows(a.payables.token);
    await primaryLive.until((e) => e.subject === 'NOTIFICATION');
    await payablesLive.until((e) => e.subject === 'NOTIFICATION');
    // Then a visit the desk may see: its event is the desk's first, so nothing of the invoice's came before it.
    await inTenantScope(app.deps, { tenantId: a.tenant.id, role: 'system' }, (ctx) =>
      notifyCustomer(ctx, { customerId: a.customer.id, kind: 'jobCompleted', subject: { type: 'job', id: a.records.job.id }, params: { title: 'Furnace tune-up' } }),
    );
    const [forDesk] = await bellRows(a.desk.token);
    await deskLive.until((e) => e.subject === 'NOTIFICATION');
    expect(deskLive.events.filter((e) => e.subject === 'NOTIFICATION').map((e) => e.subjectId)).toEqual([forDesk!.id]);
    expect(payablesLive.events.filter((e) => e.subject === 'NOTIFICATION').map((e) => e.subjectId)).toEqual([forPayables!.id]);
    expect(primaryLive.events.filter((e) => e.subject === 'NOTIFICATION').map((e) => e.subjectId)).toContain(forPrimary!.id);
    expect(primaryLive.events.map((e) => e.subjectId)).not.toContain(forPayables!.id);
  });

  it('row-level security: a contact selects only their own rows whatever the SQL; the primary also the account’s rows from before it had a login', async () => {
    const a = await account();
    await issueInvoice(a);
    const older = await app.owner.notification.create({
      data: { tenantId: a.tenant.id, customerId: a.customer.id, kind: 'jobCompleted', subjectType: 'job', subjectId: a.records.job.id },
    });
    const asContact = (row: { id: string; rights: ContactRight[]; isPrimary: boolean }) =>
      withScope(
        app.db,
        { tenantId: a.tenant.id, role: 'customer', customerId: a.customer.id, contactId: row.id, contactRights: row.isPrimary ? '*' : row.rights },
        (tx) => tx.$queryRaw<{ contact_id: string | null }[]>`SELECT contact_id::text FROM notifications`,
      );
    expect((await asContact(a.payables.row)).map((r) => r.contact_id)).toEqual([a.payables.row.id]);
    expect(await asContact(a.desk.row)).toEqual([]);
    expect((await asContact(a.primary.row)).map((r) => r.contact_id).sort()).toEqual([a.primary.row.id, null].sort());
    // Nor can one mark a colleague's row read behind the API.
    const marked = await withScope(
      app.db,
      { tenantId: a.tenant.id, role: 'customer', customerId: a.customer.id, contactId: a.desk.row.id, contactRights: a.desk.row.rights },
      (tx) => tx.$executeRaw`UPDATE notifications SET read_at = now() WHERE id = ${older.id}::uuid`,
    );
    expect(marked).toBe(0);
  });

  it('a contact cannot ask who else of another account would be told', async () => {
    const a = await account();
    const b = await account();
    const rows = await withScope(
      app.db,
      { tenantId: a.tenant.id, role: 'customer', customerId: a.customer.id, contactId: a.primary.row.id, contactRights: '*' },
      (tx) => tx.$queryRaw<unknown[]>`SELECT * FROM app_contacts_to_notify(${b.customer.id}::uuid, 'job', ${b.records.job.id}::uuid)`,
    );
    expect(rows).toEqual([]);
    const sameTenant = await makeCustomer(app.owner, a.tenant.id);
    const neighbour = await withScope(
      app.db,
      { tenantId: a.tenant.id, role: 'customer', customerId: a.customer.id, contactId: a.desk.row.id, contactRights: a.desk.row.rights },
      (tx) => tx.$queryRaw<unknown[]>`SELECT * FROM app_contacts_to_notify(${sameTenant.customer.id}::uuid, 'job', ${a.records.job.id}::uuid)`,
    );
    expect(neighbour).toEqual([]);
  });

  it('each contact chooses for themself; a kind their rights never bring says so', async () => {
    const a = await account();
    const set = await app.call('portal', SET_PREFS, { input: { preferences: [{ kind: 'invoiceIssued', channel: 'inApp' }] } }, { token: a.payables.token });
    expect(set.errors).toBeUndefined();
    const invoice = await issueInvoice(a);
    expect(await bell(a.payables.token)).toEqual([{ kind: 'invoiceIssued', subjectId: invoice.id }]);
    expect(await mailTo(a.tenant.id, a.payables.row.email)).toEqual([]);
    expect(await mailTo(a.tenant.id, a.primary.row.email)).toHaveLength(1);

    type Prefs = { myNotificationPreferences: { kind: string; channel: string; roleReceives: boolean }[] };
    const prefsOf = async (token: string) => (await app.call<Prefs>('portal', PREFS, {}, { token })).data!.myNotificationPreferences;
    const payables = await prefsOf(a.payables.token);
    expect(payables.find((p) => p.kind === 'invoiceIssued')).toEqual({ kind: 'invoiceIssued', channel: 'inApp', roleReceives: true });
    expect(payables.find((p) => p.kind === 'bookingConfirmed')).toMatchObject({ roleReceives: false });
    const desk = await prefsOf(a.desk.token);
    expect(desk.find((p) => p.kind === 'invoiceIssued')).toEqual({ kind: 'invoiceIssued', channel: 'both', roleReceives: false });
    expect(desk.find((p) => p.kind === 'bookingConfirmed')).toMatchObject({ roleReceives: true });
    expect(desk.find((p) => p.kind === 'messageReceived')).toMatchObject({ roleReceives: true });
    expect((await prefsOf(a.primary.token)).every((p) => p.roleReceives)).toBe(true);
    // The primary's own choices were not touched.
    expect((await prefsOf(a.primary.token)).find((p) => p.kind === 'invoiceIssued')).toMatchObject({ channel: 'both' });
  });
});

describe('the migration', () => {
  it("gives the account's bell and choices to its primary contact", async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account: login } = await makeCustomer(app.owner, tenant.id);
    const colleague = await makeContact(app.owner, { tenantId: tenant.id, customerId: customer.id }, { rights: ['invoices'] });
    // As the migration found them: the account's choices on the customer, its bell rows naming no contact.
    await app.owner.customer.updateMany({ where: { id: customer.id }, data: { notificationPreferences: { invoiceIssued: 'inApp' } } });
    const row = await app.owner.notification.create({ data: { tenantId: tenant.id, customerId: customer.id, kind: 'jobCompleted', subjectType: 'job', subjectId: customer.id } });
    const migration = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations/20261209000600_contact_notifications/migration.sql'),
      'utf8',
    );
    const statements = [/UPDATE notifications n[\s\S]*?AND pa\.is_primary/, /UPDATE portal_accounts pa[\s\S]*?= '\{\}'::jsonb/].map((re) => re.exec(migration)?.[0]);
    expect(statements.every(Boolean)).toBe(true);
    // The migration's own statements, kept to this test's business (tests share the database).
    for (const statement of statements) await app.owner.$executeRawUnsafe(`${statement} AND pa.tenant_id = '${tenant.id}'`);
    expect((await app.owner.notification.findFirstOrThrow({ where: { id: row.id } })).contactId).toBe(login!.id);
    expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: login!.id } })).notificationPreferences).toEqual({ invoiceIssued: 'inApp' });
    expect((await app.owner.portalAccount.findFirstOrThrow({ where: { id: colleague.id } })).notificationPreferences).toEqual({});
  });
});

/** A job's columns to copy into another job of the same customer. */
function pick(job: Account['records']['job']) {
  return {
    tenantId: job.tenantId,
    customerId: job.customerId,
    serviceTypeId: job.serviceTypeId,
    status: job.status,
    scheduledStart: job.scheduledStart,
    scheduledEnd: job.scheduledEnd,
  };
}
