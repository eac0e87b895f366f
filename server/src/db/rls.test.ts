// Row-level security on its own: with the application's filters bypassed (raw SQL without a
// WHERE clause through a scoped transaction), only the current tenant's and customer's rows
// come back, and writes outside the scope are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeStaff, makeTenant } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
let tenantA: string;
let tenantB: string;
let alice: string;
let bob: string;

beforeAll(async () => {
  app = await startTestApp();
  tenantA = (await makeTenant(app.owner)).id;
  tenantB = (await makeTenant(app.owner)).id;
  alice = (await makeCustomer(app.owner, tenantA)).customer.id;
  bob = (await makeCustomer(app.owner, tenantA)).customer.id;
  const carol = (await makeCustomer(app.owner, tenantB)).customer.id;
  for (const [t, c] of [
    [tenantA, alice],
    [tenantA, bob],
    [tenantB, carol],
  ] as const)
    await makeCustomerRecords(app.owner, t, c);
  await makeStaff(app.owner, tenantA, 'owner');
  await makeStaff(app.owner, tenantB, 'owner');
});
afterAll(() => app.close());

const TABLES = ['customers', 'portal_accounts', 'sites', 'jobs', 'job_internal_notes', 'invoices', 'invoice_lines', 'documents', 'service_types', 'staff_users', 'tenants'];

async function visible(scope: Parameters<typeof withScope>[1], table: string) {
  return withScope(app.db, scope, (tx) =>
    tx.$queryRawUnsafe<{ tenant: string; customer: string | null }[]>(
      table === 'tenants'
        ? 'SELECT id::text AS tenant, NULL AS customer FROM tenants'
        : `SELECT tenant_id::text AS tenant, ${['customers'].includes(table) ? 'id' : ['portal_accounts', 'sites', 'jobs', 'invoices', 'documents'].includes(table) ? 'customer_id' : 'NULL'}::text AS customer FROM ${table}`,
    ),
  );
}

describe('row-level security without application filters', () => {
  it('the application role is neither superuser nor owner and cannot bypass RLS', async () => {
    const rows = await app.db.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`;
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('with no scope set, no tenant-owned row is visible', async () => {
    for (const table of TABLES) {
      const rows = await app.db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${table}`);
      expect(rows, table).toEqual([]);
    }
  });

  it("staff of tenant A see only tenant A's rows", async () => {
    for (const table of TABLES) {
      const rows = await visible({ tenantId: tenantA, role: 'staff' }, table);
      expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.tenant === tenantA),
        table,
      ).toBe(true);
    }
  });

  it("a customer sees only their own rows, never another customer's, internal notes or unshared documents", async () => {
    const scope = { tenantId: tenantA, role: 'customer' as const, customerId: alice };
    for (const table of ['customers', 'portal_accounts', 'sites', 'jobs', 'invoices', 'documents']) {
      const rows = await visible(scope, table);
      expect(rows.length, table).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.tenant === tenantA && r.customer === alice),
        table,
      ).toBe(true);
    }
    expect(await visible(scope, 'job_internal_notes')).toEqual([]);
    const docs = await withScope(app.db, scope, (tx) => tx.$queryRaw<{ shared: boolean }[]>`SELECT shared FROM documents`);
    expect(docs.every((d) => d.shared)).toBe(true);
    // Invoice lines follow their invoice: only Alice's two lines.
    const lines = await withScope(
      app.db,
      scope,
      (tx) => tx.$queryRaw<{ customer_id: string }[]>`SELECT i.customer_id::text FROM invoice_lines l LEFT JOIN invoices i ON i.tenant_id = l.tenant_id AND i.id = l.invoice_id`,
    );
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.customer_id === alice)).toBe(true);
  });

  it('a customer scope without a customer id sees nothing', async () => {
    const rows = await visible({ tenantId: tenantA, role: 'customer' }, 'invoices');
    expect(rows).toEqual([]);
  });

  it("a write into another tenant or onto another customer's row is refused", async () => {
    await expect(
      withScope(
        app.db,
        { tenantId: tenantA, role: 'staff' },
        (tx) => tx.$executeRaw`INSERT INTO service_types (id, tenant_id, name, duration_minutes, price_minor) VALUES (gen_random_uuid(), ${tenantB}::uuid, 'x', 30, 100)`,
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await withScope(
      app.db,
      { tenantId: tenantA, role: 'customer', customerId: alice },
      (tx) => tx.$executeRaw`UPDATE sites SET label = 'hijacked' WHERE customer_id = ${bob}::uuid`,
    );
    expect(updated).toBe(0);
  });

  it('the scope does not outlive its transaction on a pooled connection', async () => {
    await withScope(app.db, { tenantId: tenantA, role: 'staff' }, (tx) => tx.$queryRaw`SELECT 1`);
    const after = await app.db.$queryRawUnsafe<unknown[]>('SELECT 1 FROM invoices');
    expect(after).toEqual([]);
  });
});
