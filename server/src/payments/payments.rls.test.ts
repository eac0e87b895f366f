// Row-level security of the payment tables on its own, with raw SQL and no WHERE clause: a
// customer reads only their own payments and saved cards and writes none; provider events and
// sandbox state are for the 'system' role (webhooks, the payment service) and staff of the tenant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeTenant } from '../test/factory.js';
import type { RlsScope } from '../db/rls.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
let tenantA: string;
let tenantB: string;
let alice: string;
let bob: string;
let aliceInvoice: string;

const TABLES = ['payments', 'payment_events', 'payment_customers', 'sandbox_intents', 'sandbox_payment_methods'];
const WITH_CUSTOMER = ['payments', 'payment_customers', 'sandbox_payment_methods'];

beforeAll(async () => {
  app = await startTestApp();
  tenantA = (await makeTenant(app.owner)).id;
  tenantB = (await makeTenant(app.owner)).id;
  alice = (await makeCustomer(app.owner, tenantA)).customer.id;
  bob = (await makeCustomer(app.owner, tenantA)).customer.id;
  const carol = (await makeCustomer(app.owner, tenantB)).customer.id;
  for (const [tenantId, customerId] of [
    [tenantA, alice],
    [tenantA, bob],
    [tenantB, carol],
  ] as const) {
    const { invoice } = await makeCustomerRecords(app.owner, tenantId, customerId);
    if (customerId === alice) aliceInvoice = invoice.id;
    const ref = `cus_${customerId.slice(0, 8)}`;
    await app.owner.payment.create({
      data: {
        tenantId,
        customerId,
        invoiceId: invoice.id,
        amountMinor: 100,
        currency: 'USD',
        method: 'card',
        status: 'succeeded',
        provider: 'sandbox',
        providerRef: `pi_${customerId}`,
      },
    });
    await app.owner.paymentEvent.create({ data: { tenantId, provider: 'sandbox', eventId: `evt_${customerId}`, type: 'payment_intent.succeeded' } });
    await app.owner.paymentCustomer.create({ data: { tenantId, customerId, provider: 'sandbox', providerCustomerId: ref } });
    await app.owner.sandboxIntent.create({
      data: { tenantId, id: `pi_${customerId}`, clientSecret: `pi_${customerId}_secret`, amountMinor: 100, currency: 'USD', status: 'succeeded', metadata: { customerId } },
    });
    await app.owner.sandboxPaymentMethod.create({
      data: { tenantId, id: `pm_${customerId}`, customerId, customerRef: ref, brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
    });
  }
});
afterAll(() => app.close());

function rows(scope: RlsScope, table: string) {
  const customer = WITH_CUSTOMER.includes(table) ? 'customer_id::text' : 'NULL';
  return withScope(app.db, scope, (tx) =>
    tx.$queryRawUnsafe<{ tenant: string; customer: string | null }[]>(`SELECT tenant_id::text AS tenant, ${customer} AS customer FROM ${table}`),
  );
}

describe('row-level security of payments', () => {
  it('every payment table has row-level security enabled and forced', async () => {
    const flags = await app.owner.$queryRaw<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
      SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY(${TABLES}) ORDER BY relname`;
    expect(flags).toEqual([...TABLES].sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it("the 'system' role and staff see their tenant's rows only", async () => {
    for (const role of ['system', 'staff'] as const) {
      for (const table of TABLES) {
        const seen = await rows({ tenantId: tenantA, role }, table);
        expect(seen.length, `${role} ${table}`).toBe(2);
        expect(
          seen.every((r) => r.tenant === tenantA),
          `${role} ${table}`,
        ).toBe(true);
      }
    }
  });

  it('a customer reads only their own payments, provider customer and saved cards, and no provider events or sandbox state', async () => {
    const scope: RlsScope = { tenantId: tenantA, role: 'customer', customerId: alice };
    for (const table of WITH_CUSTOMER) expect(await rows(scope, table), table).toEqual([{ tenant: tenantA, customer: alice }]);
    for (const table of ['payment_events', 'sandbox_intents']) expect(await rows(scope, table), table).toEqual([]);
    for (const table of TABLES) expect(await rows({ tenantId: tenantA, role: 'public' }, table), `public ${table}`).toEqual([]);
  });

  it('a customer cannot record a payment, mark an invoice paid or claim an event', async () => {
    const scope: RlsScope = { tenantId: tenantA, role: 'customer', customerId: alice };
    await expect(
      withScope(app.db, scope, (tx) =>
        tx.$executeRawUnsafe(
          `INSERT INTO payments (id, tenant_id, customer_id, invoice_id, amount_minor, currency, method, status) VALUES (gen_random_uuid(), '${tenantA}', '${alice}', '${aliceInvoice}', 15000, 'USD', 'card', 'succeeded')`,
        ),
      ),
    ).rejects.toThrow();
    await expect(
      withScope(app.db, scope, (tx) => tx.$executeRawUnsafe(`INSERT INTO payment_events (tenant_id, provider, event_id, type) VALUES ('${tenantA}', 'stripe', 'evt_x', 'x')`)),
    ).rejects.toThrow();
    const updated = await withScope(app.db, scope, (tx) => tx.$executeRawUnsafe(`UPDATE invoices SET status = 'paid', paid_minor = total_minor`));
    expect(updated).toBe(0);
    const invoice = await app.owner.invoice.findFirstOrThrow({ where: { tenantId: tenantA, id: aliceInvoice } });
    expect(invoice.status).toBe('issued');
  });
});
