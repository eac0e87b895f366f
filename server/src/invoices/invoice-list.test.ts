import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStatements, startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// The portal's invoice page asks exactly this (portal-web .../portal/invoices/+page.ts), plus lines.
const LIST = `query($status: InvoiceStatus, $after: String, $first: Int) {
  invoices(status: $status, first: $first, after: $after) {
    nodes { id number status issueDate dueDate totalMinor amountDueMinor currency recurringLabel lines { description } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ListData {
  invoices: {
    nodes: { id: string; number: string | null; status: string; recurringLabel: string | null; lines: { description: string }[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** A customer with invoices of every state; numbers name them. Clock: 2026-11-20 (Chicago). */
async function customerWithInvoices(tenantId: string, prefix = 'INV') {
  const { customer, account } = await makeCustomer(app.owner, tenantId);
  const agreement = await app.owner.serviceAgreement.create({
    data: { tenantId, customerId: customer.id, name: 'Annual furnace plan', priceMinor: 15000, intervalMonths: 12, nextInvoiceOn: new Date('2027-11-01') },
  });
  const invoice = async (
    suffix: string | null,
    status: 'draft' | 'issued' | 'paid' | 'void',
    issueDate: string | null,
    dueDate: string | null,
    paidMinor = 0,
    createdAt?: string,
  ) => {
    const number = suffix && `${prefix}${suffix}`;
    const row = await app.owner.invoice.create({
      data: {
        tenantId,
        customerId: customer.id,
        number,
        status,
        currency: 'USD',
        issueDate: issueDate ? new Date(issueDate) : null,
        dueDate: dueDate ? new Date(dueDate) : null,
        subtotalMinor: 10000,
        totalMinor: 10000,
        paidMinor,
        ...(createdAt ? { createdAt: new Date(createdAt) } : {}),
        ...(suffix === '-3' ? { agreementId: agreement.id } : {}),
      },
    });
    await app.owner.invoiceLine.create({
      data: { tenantId, invoiceId: row.id, position: 0, description: `${number ?? 'draft'} labour`, quantity: 1, unitPriceMinor: 10000, totalMinor: 10000 },
    });
    return row;
  };
  await invoice(null, 'draft', null, null);
  await invoice('-1', 'paid', '2026-09-01', '2026-09-15', 10000);
  await invoice('-2', 'issued', '2026-10-01', '2026-10-15'); // overdue
  await invoice('-3', 'issued', '2026-11-10', '2026-11-24', 0, '2026-11-10T10:00:00Z'); // unpaid
  await invoice('-4', 'issued', '2026-11-10', '2026-11-24', 4000, '2026-11-10T11:00:00Z'); // partly paid, same day, created later
  await invoice('-5', 'void', '2026-11-15', '2026-11-29');
  return { customer, account: account! };
}

describe('invoice list (one statement)', () => {
  it("pages the customer's invoices newest first, never a draft, with the same cursor as before", async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await customerWithInvoices(tenant.id);
    const { token } = await customerToken(app, account);
    const seen: (string | null)[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const res: { data?: ListData | null; errors?: unknown } = await app.call<ListData>('portal', LIST, { first: 2, after }, { token });
      expect(res.errors).toBeUndefined();
      seen.push(...(res.data?.invoices.nodes.map((n) => n.number) ?? []));
      expect(res.data?.invoices.pageInfo.hasNextPage).toBe(page < 2);
      after = res.data?.invoices.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(['INV-5', 'INV-4', 'INV-3', 'INV-2', 'INV-1']);
  });

  it("answers an empty page for a cursor that is not in the list (another filter's), as Prisma's cursor did", async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await customerWithInvoices(tenant.id);
    const { token } = await customerToken(app, account);
    const first = await app.call<ListData>('portal', LIST, { first: 1 }, { token });
    expect(first.data?.invoices.nodes.map((n) => n.number)).toEqual(['INV-5']);
    const after = first.data?.invoices.pageInfo.endCursor;
    const filtered = await app.call<ListData>('portal', LIST, { status: 'unpaid', first: 20, after }, { token });
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data?.invoices).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('filters by display status in the tenant time zone', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await customerWithInvoices(tenant.id);
    const { token } = await customerToken(app, account);
    const numbers = async (status: string) => (await app.call<ListData>('portal', LIST, { status, first: 20 }, { token })).data?.invoices.nodes.map((n) => n.number);
    expect(await numbers('overdue')).toEqual(['INV-2']);
    expect(await numbers('unpaid')).toEqual(['INV-3']);
    expect(await numbers('partially_paid')).toEqual(['INV-4']);
    expect(await numbers('paid')).toEqual(['INV-1']);
    expect(await numbers('draft')).toEqual([]);
  });

  it("staff see the business's drafts first, and a customer's invoices only when they ask for that customer", async () => {
    const tenant = await makeTenant(app.owner);
    const { customer } = await customerWithInvoices(tenant.id);
    await customerWithInvoices(tenant.id, 'NB');
    const owner = await makeStaff(app.owner, tenant.id);
    const { token } = await staffToken(app, owner);
    const res = await app.call<ListData>('admin', `query($c: ID) { invoices(first: 100, customerId: $c) { nodes { number status } } }`, { c: customer.id }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.invoices.nodes.map((n) => n.number)).toEqual([null, 'INV-5', 'INV-4', 'INV-3', 'INV-2', 'INV-1']);
    const all = await app.call<ListData>('admin', '{ invoices(first: 100) { nodes { number } } }', {}, { token });
    expect(all.data?.invoices.nodes).toHaveLength(12);
  });

  it('answers with lines and recurring labels in one SQL statement besides opening the scope', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await customerWithInvoices(tenant.id);
    const { token } = await customerToken(app, account);
    app.statements.length = 0;
    const res = await app.call<ListData>('portal', LIST, { first: 20 }, { token });
    expect(res.errors).toBeUndefined();
    expect(pageStatements(app.statements)).toHaveLength(1);
    const nodes = res.data?.invoices.nodes ?? [];
    expect(nodes.find((n) => n.number === 'INV-3')?.recurringLabel).toBe('Annual furnace plan');
    expect(nodes.find((n) => n.number === 'INV-2')?.lines).toEqual([{ description: 'INV-2 labour' }]);
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers, drafts and tenants out', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await customerWithInvoices(tenant.id);
    await customerWithInvoices(tenant.id, 'NB');
    await customerWithInvoices((await makeTenant(app.owner)).id);
    const { token } = await customerToken(app, account);
    const answer = await expectRowLevelSecurityAlone(app, () => app.call<ListData>('portal', LIST, { first: 100 }, { token }));
    expect(answer.data?.invoices.nodes.map((n) => n.number)).toEqual(['INV-5', 'INV-4', 'INV-3', 'INV-2', 'INV-1']);
  });
});
