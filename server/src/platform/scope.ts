// The one place a row-level-security scope is opened. GraphQL, the REST routes and the worker
// all come through here and get a context back; services then use `ctx.tx` and nothing else.
// Work that needs other rights gets a *new* context on a savepoint of the same transaction
// (PostGraphile's withPgClient model), so the caller's context is never changed under it.
import { randomUUID } from 'node:crypto';
import type { AppDeps, CookieSink, RequestContext, ScopedContext } from '../context/context.js';
import { ANONYMOUS, type ContactRights, type Endpoint, type Principal } from '../context/principal.js';
import { ALL_CONTACT_RIGHTS } from '../contacts/contact-rights.js';
import { inHeldTransaction, inHeldTransactionOpenedBy, type Tx } from '../db/client.js';
import { setScope, type RlsScope } from '../db/rls.js';
import type { ContactRight, StaffRole } from '../generated/prisma/enums.js';
import type { TokenClaims } from '../auth/tokens.js';
import { Prisma, type Customer, type Tenant } from '../generated/prisma/client.js';
import { keepCurrentCustomer } from '../customers/customers.loaders.js';
import { keepCurrentTenant } from './current-tenant.js';
import { rowFromColumns } from './page-read.js';

export const NO_COOKIES: CookieSink = { set: () => undefined, clear: () => undefined };

/** What a context is made of, apart from its transaction. */
export interface ContextParts {
  deps: AppDeps;
  endpoint: Endpoint;
  principal?: Principal;
  requestId?: string;
  client?: RequestContext['client'];
  cookies?: CookieSink;
  /** The request's instant: one clock reading for the whole request. */
  now?: Date;
}

/** A context without a transaction: anonymous callers and the start of every request. */
export function newContext(parts: ContextParts, tx: Tx | null = null, rls: RlsScope | null = null): RequestContext {
  const requestId = parts.requestId ?? randomUUID();
  const now = parts.now ?? parts.deps.now();
  return {
    requestId,
    endpoint: parts.endpoint,
    deps: parts.deps,
    principal: parts.principal ?? ANONYMOUS,
    tx,
    rls,
    client: parts.client ?? { ip: null, userAgent: null },
    cookies: parts.cookies ?? NO_COOKIES,
    log: parts.deps.log.child({ requestId, endpoint: parts.endpoint }),
    now: () => now,
    loaders: new Map(),
    outcome: { errors: false },
  };
}

/** Opens a transaction from the pool and runs `work` on it (db/client.ts: Prisma joins it when used). */
export function inTransaction<T>(deps: AppDeps, work: (tx: Tx) => Promise<T>): Promise<T> {
  return inHeldTransaction(deps.db, work);
}

/**
 * Runs `work` with a context whose transaction has the given rights. Inside a request's
 * transaction this is a savepoint on it (the work sees the request's writes, and a failure rolls
 * back the savepoint only); otherwise it is a transaction of its own. The caller's context is
 * left as it was: the scope is put back when the savepoint is released.
 *
 * Only for work that runs alone on its transaction (a mutation's field, a worker task): fields of
 * a query run side by side on one transaction and must not change its rights.
 */
export async function withScope<T>(ctx: RequestContext, rls: RlsScope, work: (scoped: ScopedContext) => Promise<T>): Promise<T> {
  const outer = ctx.tx;
  if (!outer) {
    return inTransaction(ctx.deps, async (tx) => {
      await setScope(tx, rls);
      return work(scopedCopy(ctx, { tx, rls }));
    });
  }
  const name = `scope_${savepoints++}`;
  await outer.$executeRawUnsafe(`SAVEPOINT ${name}`);
  let result: T;
  try {
    await setScope(outer, rls);
    result = await work(scopedCopy(ctx, { tx: outer, rls }));
  } catch (error) {
    // Rolling back to the savepoint also puts the caller's settings back. (After an error that
    // aborted the whole transaction this fails too, and the first error is the one to report.)
    await outer.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
    throw error;
  }
  if (ctx.rls) await setScope(outer, ctx.rls);
  await outer.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
  return result;
}

let savepoints = 0;

/**
 * A scope in a transaction of its own, apart from the request's, for work that must not nest on it:
 *  - what a refused attempt writes (a failed sign-in's log row) must be committed although the
 *    request's answer is an error, which rolls the request's transaction back;
 *  - a query's fields run side by side on the request's transaction, so a public lookup made by
 *    one of them must not change that transaction's rights.
 */
export function inOwnTransaction<T>(ctx: RequestContext, rls: RlsScope, work: (scoped: ScopedContext) => Promise<T>): Promise<T> {
  return withScope({ ...ctx, tx: null, rls: null }, rls, work);
}

/** `withScope` in the caller's tenant as role 'system': the rights of the business's own back office. */
export function asSystem<T>(ctx: RequestContext & { principal: { tenantId: string } }, work: (system: ScopedContext) => Promise<T>): Promise<T> {
  return withScope(ctx, { tenantId: ctx.principal.tenantId, role: 'system' }, work);
}

/** A context for work outside any request (the worker, webhooks): one tenant, one role. */
export function inTenantScope<T>(deps: AppDeps, rls: RlsScope, work: (ctx: ScopedContext) => Promise<T>, parts: Partial<ContextParts> = {}): Promise<T> {
  return withScope(newContext({ deps, endpoint: parts.endpoint ?? 'admin', ...parts }), rls, work);
}

function scopedCopy(ctx: RequestContext, scope: { tx: Tx; rls: RlsScope }): ScopedContext {
  // Loaders cache what the caller's scope could see: the new scope starts with its own.
  return { ...ctx, ...scope, loaders: new Map() };
}

interface OpenedSession {
  staff_user_id: string | null;
  portal_account_id: string | null;
  customer_id: string | null;
  staff_status: string | null;
  staff_role: StaffRole | null;
  account_status: string | null;
  idle: boolean;
  /** The tenant's row, keyed by column (to_jsonb): kept for the request as its current tenant. */
  tenant: unknown;
  /** A customer's session: the customer's row, kept as the request's current customer. */
  customer: unknown;
  /** A customer's session: the contact's row (portal_accounts, keyed by column, without its password hash). */
  contact: { is_primary?: boolean; rights?: ContactRight[]; site_ids?: string[] } | null;
}

/** What a token's session stands for: a principal, or why it no longer works. */
export type RequestScope = { principal: Principal; tenant: Tenant | null; customer?: Customer | null } | { ended: 'ended' | 'idle' };

/**
 * The statement that sets the transaction's row-level-security scope from a verified token and
 * returns its session's facts, which `requestScopeOf` reads. One statement, sent with the BEGIN
 * (db/client.ts): it runs before every signed-in request, refreshes the session's lastSeenAt at
 * most every five minutes, and returns the tenant's row, which the request keeps as its current tenant.
 */
function openingOf(claims: TokenClaims, now: Date): Prisma.Sql {
  const role = claims.typ === 'customer' ? 'customer' : 'staff';
  return Prisma.sql`SELECT * FROM app_open_request(${claims.tenantId}::uuid, ${role}, ${claims.customerId ?? null}::uuid, ${claims.sessionId}::uuid, ${now}::timestamptz)`;
}

/** The principal a token stands for, or why its session no longer works (revoked, expired, account deactivated: 'ended'; unused for longer than the tenant allows: 'idle'). */
function requestScopeOf(deps: AppDeps, claims: TokenClaims, session: OpenedSession | undefined): RequestScope {
  const ended = { ended: 'ended' } as const;
  if (!session) return ended;
  if (claims.typ === 'customer') {
    if (session.portal_account_id !== claims.subject || session.customer_id !== claims.customerId) return ended;
    if (session.account_status !== 'active' || !session.customer_id) return ended;
    if (session.idle) return { ended: 'idle' };
    return {
      principal: {
        kind: 'customer',
        tenantId: claims.tenantId,
        customerId: session.customer_id,
        accountId: claims.subject,
        sessionId: claims.sessionId,
        contact: contactOf(session.contact),
      },
      tenant: rowFromColumns(deps.db, 'Tenant', session.tenant),
      customer: rowFromColumns(deps.db, 'Customer', session.customer),
    };
  }
  if (session.staff_user_id !== claims.subject || session.staff_status !== 'active' || !session.staff_role) return ended;
  if (session.idle) return { ended: 'idle' };
  return {
    principal: { kind: 'staff', tenantId: claims.tenantId, staffUserId: claims.subject, role: session.staff_role, sessionId: claims.sessionId },
    tenant: rowFromColumns(deps.db, 'Tenant', session.tenant),
  };
}

/** The contact's rights as the opening statement returned them; the primary has every right. */
function contactOf(row: OpenedSession['contact']): ContactRights {
  const isPrimary = row?.is_primary === true;
  return { isPrimary, rights: isPrimary ? [...ALL_CONTACT_RIGHTS] : [...(row?.rights ?? [])], siteIds: isPrimary ? [] : [...(row?.site_ids ?? [])] };
}

/** The rights a signed-in principal's transaction runs with (what app_open_request sets). */
export function rlsOf(principal: Principal): RlsScope | null {
  switch (principal.kind) {
    case 'customer':
      return {
        tenantId: principal.tenantId,
        role: 'customer',
        customerId: principal.customerId,
        contactId: principal.accountId,
        contactRights: principal.contact.isPrimary ? '*' : principal.contact.rights,
        contactSiteIds: principal.contact.isPrimary ? [] : principal.contact.siteIds,
      };
    case 'staff':
      return { tenantId: principal.tenantId, role: 'staff', staffId: principal.staffUserId, staffRole: principal.role };
    default:
      return null;
  }
}

/**
 * Opens the transaction of a request that brought a verified token: checks its session, sets the
 * scope and runs `work` with the principal's context. When the session no longer works, `work`
 * gets an anonymous context saying why (and no transaction: the tenant's public scope only).
 */
export function inRequestScope<T>(parts: ContextParts, claims: TokenClaims, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const now = parts.now ?? parts.deps.now();
  return inHeldTransactionOpenedBy(parts.deps.db, openingOf(claims, now), async (tx, rows) => {
    const scope = requestScopeOf(parts.deps, claims, rows[0] as OpenedSession | undefined);
    if (!('principal' in scope)) {
      await setScope(tx, { tenantId: claims.tenantId, role: 'public' });
      const principal: Principal = { kind: 'anonymous', sessionEnded: true, ...(scope.ended === 'idle' ? { idle: true } : {}) };
      return work(newContext({ ...parts, now, principal }));
    }
    const ctx = newContext({ ...parts, now, principal: scope.principal }, tx, rlsOf(scope.principal));
    if (scope.tenant) keepCurrentTenant(ctx, scope.tenant);
    if (scope.customer) keepCurrentCustomer(ctx, scope.customer);
    return work(ctx);
  });
}
