// The signed-in caller's tenant, read once per request and shared by every rule and service.
import { loader, type RequestContext, type ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { byIdLoader } from '../common/loaders.js';

const tenantLoader = byIdLoader<Tenant>((tx, ids) => tx.tenant.findMany({ where: { id: { in: ids } } }));

/** The signed-in caller's tenant, read once per request. */
export async function currentTenant(ctx: RequestContext): Promise<Tenant> {
  if (ctx.principal.kind === 'anonymous') throw new Unauthenticated();
  const tenant = await loader(ctx, tenantLoader).load(ctx.principal.tenantId);
  if (!tenant) throw new Unauthenticated();
  return tenant;
}

/** The tenant row the request's opening statement returned (app_open_request): no second read. */
export function keepCurrentTenant(ctx: RequestContext, tenant: Tenant): void {
  if (ctx.principal.kind !== 'anonymous' && ctx.principal.tenantId === tenant.id) loader(ctx, tenantLoader).prime(tenant.id, tenant);
}

/** After the request changed the tenant row, the next read must see the change. */
export function forgetCurrentTenant(ctx: RequestContext): void {
  if (ctx.principal.kind !== 'anonymous') loader(ctx, tenantLoader).clear(ctx.principal.tenantId);
}

/**
 * The tenant a scope works in, also without a signed-in principal (the worker, webhooks): the
 * scope's own tenant, read once per scope.
 */
export async function scopeTenant(ctx: ScopedContext): Promise<Tenant> {
  const tenantId = ctx.rls?.tenantId ?? (ctx.principal.kind === 'anonymous' ? null : ctx.principal.tenantId);
  const tenant = tenantId ? await loader(ctx, tenantLoader).load(tenantId) : null;
  if (!tenant) throw new Unauthenticated();
  return tenant;
}
