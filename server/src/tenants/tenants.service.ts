// A business as anyone may see it: found by its portal's slug or custom domain, and its branding.
import type { RequestContext } from '../context/context.js';
import type { Db } from '../db/client.js';
import { tenantIdByDomain, tenantIdBySlug } from '../db/rls.js';
import type { Tenant } from '../generated/prisma/client.js';
import { inOwnTransaction } from '../platform/scope.js';
import type { PortalTenant } from './tenants.types.js';
import { toBusinessContact } from './business-contact.js';

export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** A DNS hostname with at least two labels; no scheme, port or path (a custom domain). */
export const HOSTNAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The tenant row as the public sees it, in a transaction of its own: the callers are anonymous
 * flows and queries whose other fields run beside them on the request's transaction.
 */
function publicTenant(ctx: RequestContext, tenantId: string): Promise<Tenant | null> {
  return inOwnTransaction(ctx, { tenantId, role: 'public' }, (open) => open.tx.tenant.findUnique({ where: { id: tenantId } }));
}

/** The tenant named by a portal URL's slug, or null; malformed slugs are simply unknown. */
export async function findTenantBySlug(ctx: RequestContext, slug: string): Promise<Tenant | null> {
  const normalised = slug.trim().toLowerCase();
  if (!SLUG.test(normalised)) return null;
  const tenantId = await tenantIdBySlug(ctx.deps.db, normalised);
  return tenantId ? publicTenant(ctx, tenantId) : null;
}

export async function portalTenant(ctx: RequestContext, slug: string): Promise<PortalTenant | null> {
  const tenant = await findTenantBySlug(ctx, slug);
  return tenant && toPortalTenant(tenant);
}

/** The tenant whose portal is served at this custom domain (`portal.example.com`), or null. */
export async function portalTenantByDomain(ctx: RequestContext, domain: string): Promise<PortalTenant | null> {
  const tenantId = await tenantIdForDomain(ctx.deps.db, domain);
  const tenant = tenantId ? await publicTenant(ctx, tenantId) : null;
  return tenant && toPortalTenant(tenant);
}

/** Custom domains are stored lower-case without a trailing dot; anything that is not a hostname is unknown. */
export function tenantIdForDomain(db: Db, domain: string): Promise<string | null> {
  const normalised = domain.trim().toLowerCase().replace(/\.$/, '');
  return HOSTNAME.test(normalised) ? tenantIdByDomain(db, normalised) : Promise.resolve(null);
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
    suppliesAnyAddress: t.suppliesAnyAddress,
    features: {
      invoices: t.featureInvoices,
      booking: t.featureBooking,
      requests: t.featureRequests,
      reviews: t.featureReviews,
      documents: t.featureDocuments,
      projects: t.featureProjects,
      meters: t.featureMeters,
      supplies: t.featureSupplies,
    },
    contact: toBusinessContact(t),
  };
}
