// A business of its own for a test that changes what the demo's businesses hold: a copy of
// Northwind's settings with the test's changes, an owner and one customer with a portal login,
// both signing in with the demo password. The trade's worlds (projects-world.ts, dealer-world.ts)
// add what their test is about.
import type pg from 'pg';
import { CUSTOMERS, STAFF, TENANTS } from './demo.js';

export interface BusinessSpec {
  slug: string;
  name: string;
  timeZone: string;
  primaryColor: string;
  /** SQL assignments to the copied tenant row (constants only), e.g. "trade = 'contractor', feature_projects = true". */
  changes: string;
  owner: { name: string; email: string };
  customer: { name: string; email: string };
}

/** The id a statement's `RETURNING id` gave, or '' without a row. */
export async function firstId(db: pg.Client, sql: string, params: unknown[]): Promise<string> {
  return (await db.query<{ id: string }>(sql, params)).rows.at(0)?.id ?? '';
}

export async function makeBusiness(db: pg.Client, spec: BusinessSpec): Promise<{ tenantId: string; customerId: string }> {
  const hashes = await db.query<{ staff: string; portal: string }>(
    `SELECT (SELECT su.password_hash FROM staff_users su JOIN tenants t ON t.id = su.tenant_id WHERE t.slug = $1 AND su.email = $2) AS staff,
            (SELECT pa.password_hash FROM portal_accounts pa JOIN tenants t ON t.id = pa.tenant_id WHERE t.slug = $1 AND pa.email = $3) AS portal`,
    [TENANTS.northwind.slug, STAFF.dana.email, CUSTOMERS.alex.email],
  );
  const hash = hashes.rows.at(0);
  if (!hash?.staff || !hash.portal) throw new Error('the demo seed has no Dana or Alex at Northwind');

  // Every setting as the demo business has it, then what makes this one different.
  await db.query('CREATE TEMP TABLE IF NOT EXISTS business_copy AS SELECT * FROM tenants WITH NO DATA');
  await db.query('TRUNCATE business_copy');
  await db.query('INSERT INTO business_copy SELECT * FROM tenants WHERE slug = $1', [TENANTS.northwind.slug]);
  await db.query(
    `UPDATE business_copy SET id = gen_random_uuid(), slug = $1, name = $2, time_zone = $3, primary_color = $4, ${spec.changes},
            custom_domain = NULL, logo_url = NULL, created_at = now(), updated_at = now()`,
    [spec.slug, spec.name, spec.timeZone, spec.primaryColor],
  );
  const tenantId = await firstId(db, 'INSERT INTO tenants SELECT * FROM business_copy RETURNING id', []);
  await db.query(
    `INSERT INTO staff_users (id, tenant_id, email, name, role, status, password_hash, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'owner', 'active', $4, now())`,
    [tenantId, spec.owner.email, spec.owner.name, hash.staff],
  );
  const customerId = await firstId(db, `INSERT INTO customers (id, tenant_id, name, email, locale, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'en', now()) RETURNING id`, [
    tenantId,
    spec.customer.name,
    spec.customer.email,
  ]);
  await db.query(
    `INSERT INTO portal_accounts (id, tenant_id, customer_id, email, status, password_hash, updated_at, is_primary, rights) VALUES (gen_random_uuid(), $1, $2, $3, 'active', $4, now(), true, ARRAY['invoices', 'appointments', 'requests', 'documents_all', 'contacts']::contact_right[])`,
    [tenantId, customerId, spec.customer.email, hash.portal],
  );
  return { tenantId, customerId };
}
