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

describe('loading', () => {
  it('the number of SQL statements does not grow with the number of invoices listed', async () => {
    const tenant = await makeTenant(app.owner);
    const { account: one } = await makeCustomer(app.owner, tenant.id);
    const { account: many } = await makeCustomer(app.owner, tenant.id);
    await makeCustomerRecords(app.owner, tenant.id, one!.customerId);
    for (let i = 0; i < 5; i++) await makeCustomerRecords(app.owner, tenant.id, many!.customerId);
    const query = '{ invoices { nodes { id status lines { description } } } jobs { nodes { id site { label } technicianName } } }';
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
