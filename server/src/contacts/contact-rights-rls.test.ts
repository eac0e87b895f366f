// Contacts' rights at the database (issue 22): whatever the SQL, a contact's transaction sees and
// writes only what their rights and sites allow (migration 20261209000200_contact_rights). Raw
// statements without any WHERE clause, in exactly the scope app_open_request sets for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RlsScope } from '../db/rls.js';
import type { ContactRight } from '../generated/prisma/enums.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeContact, makeCustomer, makeCustomerRecords, makeTenant } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
let tenantId: string;
let acme: { customerId: string; primaryId: string };
let records: Awaited<ReturnType<typeof makeCustomerRecords>>;
let otherSite: { id: string };
let otherSiteJob: { id: string };
let otherSiteInvoice: { id: string };
let siteInvoice: { id: string };
let neighbour: string;

beforeAll(async () => {
  app = await startTestApp();
  tenantId = (await makeTenant(app.owner)).id;
  const made = await makeCustomer(app.owner, tenantId);
  acme = { customerId: made.customer.id, primaryId: made.account!.id };
  records = await makeCustomerRecords(app.owner, tenantId, acme.customerId);
  otherSite = await app.owner.site.create({
    data: { tenantId, customerId: acme.customerId, label: 'Annex', addressLine1: '2 Main St', city: 'Springfield', postalCode: '12345', country: 'US' },
  });
  otherSiteJob = await app.owner.job.create({
    data: {
      tenantId,
      customerId: acme.customerId,
      siteId: otherSite.id,
      serviceTypeId: records.job.serviceTypeId,
      title: 'Annex visit',
      status: 'scheduled',
      scheduledStart: new Date('2026-12-01T15:00:00Z'),
      scheduledEnd: new Date('2026-12-01T16:00:00Z'),
    },
  });
  const invoiceAt = (jobId: string, number: string) =>
    app.owner.invoice.create({
      data: {
        tenantId,
        customerId: acme.customerId,
        jobId,
        number,
        status: 'issued',
        currency: 'USD',
        issueDate: new Date('2026-11-02'),
        dueDate: new Date('2026-11-16'),
        subtotalMinor: 100,
        taxMinor: 0,
        totalMinor: 100,
      },
    });
  siteInvoice = await invoiceAt(records.job.id, `S-${tenantId.slice(0, 8)}`);
  otherSiteInvoice = await invoiceAt(otherSiteJob.id, `A-${tenantId.slice(0, 8)}`);
  await app.owner.payment.create({
    data: { tenantId, customerId: acme.customerId, invoiceId: records.invoice.id, amountMinor: 100, currency: 'USD', method: 'cash', status: 'succeeded' },
  });
  await app.owner.serviceRequest.create({ data: { tenantId, customerId: acme.customerId, description: 'The heater rattles.' } });
  const other = await makeCustomer(app.owner, tenantId);
  neighbour = other.customer.id;
  await makeCustomerRecords(app.owner, tenantId, neighbour);
});
afterAll(() => app.close());

async function contactScope(rights: ContactRight[], siteIds: string[] = []): Promise<RlsScope> {
  const contact = await makeContact(app.owner, { tenantId, customerId: acme.customerId }, { rights, siteIds });
  return { tenantId, role: 'customer', customerId: acme.customerId, contactId: contact.id, contactRights: rights, contactSiteIds: siteIds };
}

const primaryScope = (): RlsScope => ({ tenantId, role: 'customer', customerId: acme.customerId, contactId: acme.primaryId, contactRights: '*' });

function count(scope: RlsScope, table: string): Promise<number> {
  return withScope(app.db, scope, async (tx) => Number((await tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n));
}

function ids(scope: RlsScope, table: string): Promise<string[]> {
  return withScope(app.db, scope, async (tx) => (await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM ${table} ORDER BY id`)).map((r) => r.id));
}

const MONEY = ['invoices', 'invoice_lines', 'payments'];

describe("contacts' rights in the transaction", () => {
  it('the primary contact sees everything of the account, and nothing of another account', async () => {
    const scope = primaryScope();
    expect(await count(scope, 'invoices')).toBe(3);
    expect(await count(scope, 'invoice_lines')).toBe(2);
    expect(await count(scope, 'payments')).toBe(1);
    expect(await count(scope, 'jobs')).toBe(2);
    expect(await count(scope, 'sites')).toBe(2);
    expect(await count(scope, 'service_requests')).toBe(1);
    expect(await count(scope, 'documents')).toBe(1);
    expect(await count(scope, 'portal_accounts')).toBeGreaterThanOrEqual(1);
    const seen = await withScope(app.db, scope, (tx) => tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM invoices WHERE customer_id = ${neighbour}::uuid`);
    expect(Number(seen[0]!.n)).toBe(0);
  });

  it('a contact without the invoices right selects no invoice, line or payment, and cannot write one', async () => {
    const scope = await contactScope(['appointments', 'requests']);
    for (const table of [...MONEY, 'quotes', 'credit_notes', 'tips', 'sandbox_payment_methods', 'payment_customers']) expect(await count(scope, table), table).toBe(0);
    expect(await count(scope, 'jobs')).toBe(2);
    expect(await count(scope, 'service_requests')).toBe(1);
    const updated = await withScope(app.db, scope, (tx) => tx.$executeRawUnsafe(`UPDATE invoices SET notes = 'mine now'`));
    expect(updated).toBe(0);
    await expect(
      withScope(
        app.db,
        scope,
        (tx) =>
          tx.$executeRaw`INSERT INTO invoices (id, tenant_id, customer_id, number, status, currency, issue_date, due_date, subtotal_minor, tax_minor, total_minor, updated_at)
          VALUES (gen_random_uuid(), ${tenantId}::uuid, ${acme.customerId}::uuid, 'X-1', 'issued', 'USD', now(), now(), 1, 0, 1, now())`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('a contact with only the invoices right sees the money, and no job, request or document', async () => {
    const scope = await contactScope(['invoices']);
    expect(await count(scope, 'invoices')).toBe(3);
    expect(await count(scope, 'invoice_lines')).toBe(2);
    expect(await count(scope, 'payments')).toBe(1);
    for (const table of ['jobs', 'service_requests', 'request_attachments', 'documents', 'calendar_feeds']) expect(await count(scope, table), table).toBe(0);
    expect(await withScope(app.db, scope, (tx) => tx.$executeRawUnsafe(`UPDATE jobs SET customer_notes = 'changed'`))).toBe(0);
    expect(await withScope(app.db, scope, (tx) => tx.$executeRawUnsafe(`DELETE FROM service_requests`))).toBe(0);
  });

  it('documents: all of the account, only those shared with the contact, or none', async () => {
    const all = await contactScope(['documents_all']);
    expect(await ids(all, 'documents')).toEqual([records.sharedDocument.id]);
    const sharedOnly = await contactScope(['documents_shared']);
    expect(await count(sharedOnly, 'documents')).toBe(0);
    await app.owner.documentContactShare.create({ data: { tenantId, documentId: records.sharedDocument.id, contactId: sharedOnly.contactId! } });
    expect(await ids(sharedOnly, 'documents')).toEqual([records.sharedDocument.id]);
    expect(await count(sharedOnly, 'document_contact_shares')).toBe(1);
    // Shared with one contact is not shared with another who has only that right.
    expect(await count(await contactScope(['documents_shared']), 'documents')).toBe(0);
    expect(await count(await contactScope(['invoices']), 'documents')).toBe(0);
    expect(await count(all, 'document_contact_shares')).toBe(0);
  });

  it('a contact limited to a site sees that site, its jobs and their invoices, plus what is tied to no site', async () => {
    const scope = await contactScope(['invoices', 'appointments', 'requests'], [records.site.id]);
    expect(await ids(scope, 'sites')).toEqual([records.site.id]);
    expect(await ids(scope, 'jobs')).toEqual([records.job.id]);
    // The invoice of the annex's job is out of sight; the one without a job is not tied to a site.
    expect((await ids(scope, 'invoices')).sort()).toEqual([records.invoice.id, siteInvoice.id].sort());
    expect(await ids(scope, 'invoices')).not.toContain(otherSiteInvoice.id);
    expect(await count(scope, 'service_requests')).toBe(1);
    expect(await withScope(app.db, scope, (tx) => tx.$executeRaw`UPDATE sites SET label = 'Mine' WHERE id = ${otherSite.id}::uuid`)).toBe(0);
    // The site limit needs no appointments right to hide an invoice at another site.
    const moneyOnly = await contactScope(['invoices'], [otherSite.id]);
    expect((await ids(moneyOnly, 'invoices')).sort()).toEqual([records.invoice.id, otherSiteInvoice.id].sort());
  });

  it('contacts: each reads and edits their own row only, never their own rights; the contacts right manages the others', async () => {
    const desk = await contactScope(['appointments']);
    expect(await ids(desk, 'portal_accounts')).toEqual([desk.contactId]);
    expect(await withScope(app.db, desk, (tx) => tx.$executeRaw`UPDATE portal_accounts SET name = 'Dana', phone = '555 0101'`)).toBe(1);
    await expect(withScope(app.db, desk, (tx) => tx.$executeRaw`UPDATE portal_accounts SET rights = ARRAY['invoices']::contact_right[]`)).rejects.toThrow(/own or the primary/);
    await expect(withScope(app.db, desk, (tx) => tx.$executeRaw`UPDATE portal_accounts SET is_primary = true`)).rejects.toThrow(/primary/);
    expect(await withScope(app.db, desk, (tx) => tx.$executeRaw`UPDATE portal_accounts SET rights = ARRAY['invoices']::contact_right[] WHERE id = ${acme.primaryId}::uuid`)).toBe(
      0,
    );

    const manager = await contactScope(['contacts']);
    expect(await count(manager, 'portal_accounts')).toBeGreaterThanOrEqual(3);
    expect(
      await withScope(app.db, manager, (tx) => tx.$executeRaw`UPDATE portal_accounts SET rights = ARRAY['invoices']::contact_right[] WHERE id = ${desk.contactId}::uuid`),
    ).toBe(1);
    await expect(
      withScope(app.db, manager, (tx) => tx.$executeRaw`UPDATE portal_accounts SET rights = ARRAY[]::contact_right[] WHERE id = ${acme.primaryId}::uuid`),
    ).rejects.toThrow(/own or the primary/);
  });

  it("another account's contacts, whatever their rights, see nothing of this account", async () => {
    const other: RlsScope = { tenantId, role: 'customer', customerId: neighbour, contactRights: '*' };
    for (const table of ['invoices', 'jobs', 'sites', 'documents']) {
      const seen = await withScope(app.db, other, (tx) => tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${table} WHERE customer_id = '${acme.customerId}'`));
      expect(Number(seen[0]!.n), table).toBe(0);
    }
  });

  it('a customer scope without contact rights sees none of the guarded rows (setScope refuses to leave them out)', async () => {
    const { setScope } = await import('../db/rls.js');
    await expect(app.db.$transaction((tx) => setScope(tx, { tenantId, role: 'customer', customerId: acme.customerId }))).rejects.toThrow(/contact rights/);
    const none: RlsScope = { tenantId, role: 'customer', customerId: acme.customerId, contactRights: [] };
    for (const table of [...MONEY, 'jobs', 'service_requests', 'documents']) expect(await count(none, table), table).toBe(0);
  });

  it('the rights are evaluated once per statement (an initplan), not once per row', async () => {
    const scope = await contactScope(['invoices']);
    const plan = await withScope(app.db, scope, (tx) => tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>('EXPLAIN SELECT * FROM invoices'));
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/InitPlan/);
  });
});
