import type { RequestContext } from '../context/context.js';
import { tenantIdBySlug, withScope } from '../db/rls.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { PortalTenant } from './tenants.types.js';

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** The tenant named by a portal URL's slug, or null; malformed slugs are simply unknown. */
export async function findTenantBySlug(ctx: RequestContext, slug: string): Promise<Tenant | null> {
  const normalised = slug.trim().toLowerCase();
  if (!SLUG.test(normalised)) return null;
  const tenantId = await tenantIdBySlug(ctx.deps.db, normalised);
  if (!tenantId) return null;
  return withScope(ctx.deps.db, { tenantId, role: 'public' }, (tx) => tx.tenant.findUnique({ where: { id: tenantId } }));
}

export async function portalTenant(ctx: RequestContext, slug: string): Promise<PortalTenant | null> {
  const tenant = await findTenantBySlug(ctx, slug);
  return tenant && toPortalTenant(tenant);
}

export function toPortalTenant(t: Tenant): PortalTenant {
  return {
    slug: t.slug,
    name: t.name,
    trade: t.trade,
    logoUrl: t.logoUrl,
    primaryColor: t.primaryColor,
    accentColor: t.accentColor,
    locale: t.locale,
    timeZone: t.timeZone,
    currency: t.currency,
    selfRegistration: t.selfRegistration,
    features: {
      invoices: t.featureInvoices,
      booking: t.featureBooking,
      requests: t.featureRequests,
      reviews: t.featureReviews,
      documents: t.featureDocuments,
    },
  };
}
