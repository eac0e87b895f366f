import { loader, type RequestContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { Forbidden, Unauthenticated } from '../errors/errors.js';
import { byIdLoader } from '../common/loaders.js';

const tenantLoader = byIdLoader<Tenant>((tx, ids) => tx.tenant.findMany({ where: { id: { in: ids } } }));

/** The signed-in caller's tenant, read once per request. */
export async function currentTenant(ctx: RequestContext): Promise<Tenant> {
  if (ctx.principal.kind === 'anonymous') throw new Unauthenticated();
  const tenant = await loader(ctx, tenantLoader).load(ctx.principal.tenantId);
  if (!tenant) throw new Unauthenticated();
  return tenant;
}

export type PortalFeature = 'invoices' | 'booking' | 'requests' | 'reviews' | 'documents';

const FEATURE_LABELS: Record<PortalFeature, { column: keyof Tenant; label: string }> = {
  invoices: { column: 'featureInvoices', label: 'Invoices' },
  booking: { column: 'featureBooking', label: 'Online booking' },
  requests: { column: 'featureRequests', label: 'Service requests' },
  reviews: { column: 'featureReviews', label: 'Reviews' },
  documents: { column: 'featureDocuments', label: 'Documents' },
};

/** Refuses a portal feature the tenant has switched off, naming it so the customer understands. */
export async function requireFeature(ctx: RequestContext, feature: PortalFeature): Promise<Tenant> {
  const tenant = await currentTenant(ctx);
  const { column, label } = FEATURE_LABELS[feature];
  if (tenant[column] !== true) {
    throw new Forbidden(`${label} is not available in ${tenant.name}'s portal. Please contact ${tenant.name} directly.`);
  }
  return tenant;
}

/** After the request changed the tenant row, the next read must see the change. */
export function forgetCurrentTenant(ctx: RequestContext): void {
  if (ctx.principal.kind !== 'anonymous') loader(ctx, tenantLoader).clear(ctx.principal.tenantId);
}
