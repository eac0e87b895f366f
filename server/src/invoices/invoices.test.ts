import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('portal invoices', () => {
  it('a customer lists their own invoices with lines and a derived status', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id);
    const records = await makeCustomerRecords(app.owner, tenant.id, account!.customerId);
    const { token } = await customerToken(app, account!);
    const res = await app.call<{ invoices: { nodes: { id: string; status: string; lines: { description: string }[] }[] } }>(
      'portal',
      '{ invoices { nodes { id status amountDueMinor lines { description totalMinor } } pageInfo { hasNextPage endCursor } } }',
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.invoices.nodes).toHaveLength(1);
    expect(res.data?.invoices.nodes[0]?.id).toBe(records.invoice.id);
    // Due 2026-11-15, clock at 2026-11-20 in Chicago: overdue.
    expect(res.data?.invoices.nodes[0]?.status).toBe('overdue');
    expect(res.data?.invoices.nodes[0]?.lines.map((l) => l.description)).toEqual(['Labour', 'Filter']);
  });
});

async function customerWithInvoice() {
  const tenant = await makeTenant(app.owner);
  const { account } = await makeCustomer(app.owner, tenant.id);
  const records = await makeCustomerRecords(app.owner, tenant.id, account!.customerId);
  const { token } = await customerToken(app, account!);
  return { tenant, account: account!, records, token };
}

const ONE = 'query($id: ID!) { invoice(id: $id) { id number totalMinor amountDueMinor recurringLabel lines { description } } }';

describe('portal invoice detail', () => {
  it('a customer opens their invoice with its lines and the view is logged', async () => {
    const me = await customerWithInvoice();
    const res = await app.call<{ invoice: { id: string; recurringLabel: string | null; lines: unknown[] } }>('portal', ONE, { id: me.records.invoice.id }, { token: me.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.invoice).toMatchObject({ id: me.records.invoice.id, recurringLabel: null });
    expect(res.data?.invoice.lines).toHaveLength(2);
    const logged = await app.owner.activityLog.findMany({ where: { tenantId: me.tenant.id, action: 'invoice.viewed' } });
    expect(logged.map((l) => [l.subjectId, l.customerId, l.actorType])).toEqual([[me.records.invoice.id, me.account.customerId, 'customer']]);
  });

  it("an invoice from a service agreement carries the agreement's name as its recurring label", async () => {
    const me = await customerWithInvoice();
    const agreement = await app.owner.serviceAgreement.create({
      data: {
        tenantId: me.tenant.id,
        customerId: me.account.customerId,
        name: 'Annual furnace plan',
        priceMinor: 15000,
        intervalMonths: 12,
        nextInvoiceOn: new Date('2027-11-01'),
      },
    });
    await app.owner.invoice.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.records.invoice.id } }, data: { agreementId: agreement.id } });
    const res = await app.call<{ invoices: { nodes: { recurringLabel: string | null }[] } }>('portal', '{ invoices { nodes { recurringLabel } } }', {}, { token: me.token });
    expect(res.data?.invoices.nodes).toEqual([{ recurringLabel: 'Annual furnace plan' }]);
  });

  it("another customer's, another tenant's and a malformed invoice id all answer NOT_FOUND, and nothing is logged", async () => {
    const me = await customerWithInvoice();
    const { account: neighbour } = await makeCustomer(app.owner, me.tenant.id);
    const theirs = await makeCustomerRecords(app.owner, me.tenant.id, neighbour!.customerId);
    const elsewhere = await customerWithInvoice();
    for (const id of [theirs.invoice.id, elsewhere.records.invoice.id, 'not-an-id']) {
      const res = await app.call('portal', ONE, { id }, { token: me.token });
      expect(res.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('This invoice was not found.');
    }
    expect(await app.owner.activityLog.count({ where: { tenantId: me.tenant.id, action: 'invoice.viewed' } })).toBe(0);
  });

  it('invoices are FORBIDDEN with a clear message when the business switched them off', async () => {
    const me = await customerWithInvoice();
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { featureInvoices: false } });
    for (const [query, vars] of [
      ['{ invoices { nodes { id } } }', {}],
      [ONE, { id: me.records.invoice.id }],
    ] as const) {
      const res = await app.call('portal', query, vars, { token: me.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe(`Invoices is not available in ${me.tenant.name}'s portal. Please contact ${me.tenant.name} directly.`);
    }
  });
});

describe('loading', () => {
  it('the number of SQL statements does not grow with the number of invoices listed', async () => {
    const tenant = await makeTenant(app.owner);
    const { account: one } = await makeCustomer(app.owner, tenant.id);
    const { account: many } = await makeCustomer(app.owner, tenant.id);
    await makeCustomerRecords(app.owner, tenant.id, one!.customerId);
    for (let i = 0; i < 5; i++) await makeCustomerRecords(app.owner, tenant.id, many!.customerId);
    // Every invoice comes from a service agreement, so recurringLabel loads for each of them.
    for (const account of [one!, many!]) {
      const agreement = await app.owner.serviceAgreement.create({
        data: { tenantId: tenant.id, customerId: account.customerId, name: 'Annual furnace plan', priceMinor: 15000, intervalMonths: 12, nextInvoiceOn: new Date('2027-11-01') },
      });
      await app.owner.invoice.updateMany({ where: { tenantId: tenant.id, customerId: account.customerId }, data: { agreementId: agreement.id } });
    }
    const query = '{ invoices { nodes { id status recurringLabel pdfUrl lines { description } } } jobs { nodes { id site { label } technicianName } } }';
    const count = async (account: NonNullable<typeof one>) => {
      const { token } = await customerToken(app, account);
      app.statements.length = 0;
      const res = await app.call<{ invoices: { nodes: unknown[] } }>('portal', query, {}, { token });
      expect(res.errors).toBeUndefined();
      return { statements: app.statements.length, invoices: res.data?.invoices.nodes.length };
    };
    const small = await count(one!);
    const large = await count(many!);
    expect(small.invoices).toBe(1);
    expect(large.invoices).toBe(5);
    expect(small.statements).toBeGreaterThan(3);
    expect(large.statements).toBe(small.statements);
  });
});
