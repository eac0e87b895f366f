import { customerScope, type RequestContext } from '../context/context.js';
import type { Site } from './sites.types.js';
import { ownSite } from './sites.loaders.js';

/** The signed-in customer's service addresses, by label. */
export async function listOwnSites(ctx: RequestContext): Promise<Site[]> {
  const { tx, principal } = customerScope(ctx);
  return tx.site.findMany({ where: { customerId: principal.customerId }, orderBy: [{ label: 'asc' }, { id: 'asc' }] });
}

export function getOwnSite(ctx: RequestContext, id: string): Promise<Site> {
  return ownSite(ctx, id);
}
