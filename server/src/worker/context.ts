// What a background task receives: the app's long-lived parts plus an owner connection, used
// only to find which tenants have work; the work itself runs per tenant under RLS (role 'system').
import type { AppDeps, ScopedContext } from '../context/context.js';
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { inTenantScope } from '../platform/scope.js';

export interface WorkerDeps extends AppDeps {
  /** The owner's pool (sees every tenant): discovery queries only, never tenant writes. */
  owner: Db;
}

/**
 * Runs `work` for each tenant with that tenant's rows, in a context of its own: one transaction
 * scoped to the tenant as role 'system' (platform/scope.ts).
 */
export async function forEachTenant<T extends { tenantId: string }>(deps: WorkerDeps, rows: T[], work: (ctx: ScopedContext, rows: T[]) => Promise<number>): Promise<number> {
  const byTenant = new Map<string, T[]>();
  for (const row of rows) byTenant.set(row.tenantId, [...(byTenant.get(row.tenantId) ?? []), row]);
  let done = 0;
  for (const [tenantId, tenantRows] of byTenant) {
    done += await inTenantScope(deps, { tenantId, role: 'system' }, (ctx) => work(ctx, tenantRows));
  }
  return done;
}

/** Limits a periodic task to some tenants (tests, which share one database); all by default. */
export interface TenantFilter {
  tenantIds?: string[];
}

/** `AND <column> = ANY(...)` for a filter with tenant ids, nothing otherwise. */
export function tenantCondition(column: string, filter: TenantFilter): Prisma.Sql {
  return filter.tenantIds ? Prisma.sql`AND ${Prisma.raw(column)} = ANY(${filter.tenantIds}::uuid[])` : Prisma.empty;
}
