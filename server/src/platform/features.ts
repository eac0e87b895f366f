// The portal features a business switches on or off (Tenant.feature*). A switched-off feature is
// refused at the door (`@Allow(customer, { feature: 'booking' })`), naming it so the customer
// understands; services never check it again.
import type { RequestContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { Forbidden } from '../errors/errors.js';
import { currentTenant } from './current-tenant.js';

export type PortalFeature = 'invoices' | 'booking' | 'requests' | 'reviews' | 'documents' | 'projects' | 'meters' | 'supplies';

const FEATURES: Record<PortalFeature, { column: keyof Tenant; label: string }> = {
  invoices: { column: 'featureInvoices', label: 'Invoices' },
  booking: { column: 'featureBooking', label: 'Online booking' },
  requests: { column: 'featureRequests', label: 'Service requests' },
  reviews: { column: 'featureReviews', label: 'Reviews' },
  documents: { column: 'featureDocuments', label: 'Documents' },
  projects: { column: 'featureProjects', label: 'Projects' },
  meters: { column: 'featureMeters', label: 'Meter readings' },
  supplies: { column: 'featureSupplies', label: 'Supply ordering' },
};

export function featureOn(tenant: Tenant, feature: PortalFeature): boolean {
  return tenant[FEATURES[feature].column] === true;
}

/** FORBIDDEN (reason FEATURE_OFF) when the caller's tenant has the feature switched off, else null. */
export async function featureRefusal(ctx: RequestContext, feature: PortalFeature): Promise<Forbidden | null> {
  const tenant = await currentTenant(ctx);
  if (featureOn(tenant, feature)) return null;
  const { label } = FEATURES[feature];
  return new Forbidden(`${label} is not available in ${tenant.name}'s portal. Please contact ${tenant.name} directly.`, 'FEATURE_OFF');
}
