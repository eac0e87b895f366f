// The row-level-security settings of a transaction (set by platform/scope.ts, the one place that
// opens scopes), and the tenant lookups allowed before any scope is set.
// set_config(..., true) is local to the transaction, so a pooled connection never carries a
// scope over to the next request.
import type { Db, Tx } from './client.js';

export type DbRole = 'staff' | 'customer' | 'auth' | 'public' | 'system';

export interface RlsScope {
  tenantId: string;
  role: DbRole;
  customerId?: string;
  /** Staff scopes: who is calling and in which role (technicians see only their own work). */
  staffId?: string;
  staffRole?: string;
  /**
   * Customer scopes: the contact acting and what they may do (issue 22). '*' is every right (the
   * primary contact, or work the server does for the whole account: calendar feeds, meter API
   * tokens, webhooks). A customer scope must say which: setScope refuses one without.
   */
  contactId?: string;
  contactRights?: '*' | readonly string[];
  /** Sites the contact is limited to; none or empty means every site. */
  contactSiteIds?: readonly string[];
}

/** The settings' text form of a scope's contact rights (app.contact_rights). */
export function contactRightsSetting(scope: RlsScope): string {
  if (scope.role !== 'customer') return '';
  if (scope.contactRights === undefined) throw new Error('A customer scope must name its contact rights (use "*" for the whole account)');
  return scope.contactRights === '*' ? '*' : scope.contactRights.join(',');
}

export async function setScope(tx: Tx, scope: RlsScope): Promise<void> {
  await tx.$executeRaw`SELECT set_config('app.tenant_id', ${scope.tenantId}, true),
    set_config('app.role', ${scope.role}, true),
    set_config('app.customer_id', ${scope.customerId ?? ''}, true),
    set_config('app.staff_id', ${scope.staffId ?? ''}, true),
    set_config('app.staff_role', ${scope.staffRole ?? ''}, true),
    set_config('app.contact_id', ${scope.role === 'customer' ? (scope.contactId ?? '') : ''}, true),
    set_config('app.contact_rights', ${contactRightsSetting(scope)}, true),
    set_config('app.contact_sites', ${scope.role === 'customer' ? (scope.contactSiteIds ?? []).join(',') : ''}, true)`;
}

/** Finds a tenant by its portal's custom domain (a lower-case hostname), like tenantIdBySlug. */
export async function tenantIdByDomain(db: Db, domain: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string | null }[]>`SELECT tenant_id_by_domain(${domain}) AS id`;
  return rows[0]?.id ?? null;
}

/** Finds a tenant by its portal slug, the one lookup allowed before any scope is set. */
export async function tenantIdBySlug(db: Db, slug: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string | null }[]>`SELECT tenant_id_by_slug(${slug}) AS id`;
  return rows[0]?.id ?? null;
}

/**
 * The tenant of a message thread, for reply by email: a reply address names a thread (its
 * signature checked first), and that tenant's scope is opened from here (app_thread_tenant).
 */
export async function tenantIdOfThread(db: Db, threadId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string | null }[]>`SELECT app_thread_tenant(${threadId}::uuid) AS id`;
  return rows[0]?.id ?? null;
}
