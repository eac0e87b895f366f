import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE = 'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }';
const LIST = '{ invoices(first: 10) { nodes { id customerId customerName } } }';

describe("invoices' customers for staff", () => {
  it('each invoice of the list names its customer', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer: first } = await makeCustomer(app.owner, tenant.id);
    const { customer: second } = await makeCustomer(app.owner, tenant.id);
    const { token } = await signedInStaff(app, tenant.id, 'owner');
    for (const customer of [first, second]) {
      const res = await app.call('admin', CREATE, { input: { customerId: customer.id, lines: [{ description: 'Visit', unitPriceMinor: 5000 }] } }, { token });
      expect(res.errors).toBeUndefined();
    }
    const list = await app.call<{ invoices: { nodes: { customerId: string; customerName: string }[] } }>('admin', LIST, {}, { token });
    expect(list.errors).toBeUndefined();
    expect(list.data?.invoices.nodes.map((n) => [n.customerId, n.customerName]).sort()).toEqual(
      [
        [first.id, first.name],
        [second.id, second.name],
      ].sort(),
    );
  });

  it("another tenant's staff never see the invoice or its customer's name", async () => {
    const tenant = await makeTenant(app.owner);
    const { customer } = await makeCustomer(app.owner, tenant.id);
    const { token } = await signedInStaff(app, tenant.id, 'owner');
    const created = await app.call<{ createInvoice: { id: string } }>(
      'admin',
      CREATE,
      { input: { customerId: customer.id, lines: [{ description: 'Visit', unitPriceMinor: 5000 }] } },
      { token },
    );
    const other = await makeTenant(app.owner);
    const { token: outsider } = await signedInStaff(app, other.id, 'owner');
    const one = await app.call('admin', 'query($id: ID!) { invoice(id: $id) { id customerName } }', { id: created.data?.createInvoice.id }, { token: outsider });
    expect(one.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(one)).not.toContain(customer.name);
    const list = await app.call<{ invoices: { nodes: unknown[] } }>('admin', LIST, {}, { token: outsider });
    expect(list.data?.invoices.nodes).toEqual([]);
  });

  it('customers cannot ask for it in the portal (the field is not in their schema)', async () => {
    const res = await app.call('portal', '{ invoices { nodes { customerName } } }', {});
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('customerName');
  });
});
