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
