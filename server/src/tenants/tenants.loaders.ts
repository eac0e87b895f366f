import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';

const tenantLoader = (ctx: RequestContext) =>
  new DataLoader<string, Tenant | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.tenant.findMany({ where: { id: { in: [...ids] } } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

/** The signed-in caller's tenant, read once per request. */
export async function currentTenant(ctx: RequestContext): Promise<Tenant> {
  if (ctx.principal.kind === 'anonymous') throw new Unauthenticated();
  const tenant = await loader(ctx, tenantLoader).load(ctx.principal.tenantId);
  if (!tenant) throw new Unauthenticated();
  return tenant;
}
