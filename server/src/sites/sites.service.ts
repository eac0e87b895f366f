// Service addresses as the signed-in customer sees them, and the ones they add themselves
// (when the business lets them: Tenant.customersMayAddSites). A customer changes or removes only
// addresses they added; the ones the office entered stay the office's.
import type { CustomerContext } from '../context/context.js';
import { Conflict, Forbidden } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { Site, SiteInput } from './sites.types.js';
import { ownSite } from './sites.loaders.js';
import { siteChanges } from './site-address.js';
import { AddedBy, addedByCustomer } from './added-by.js';

/** The signed-in customer's service addresses, by label. */
export async function listOwnSites(ctx: CustomerContext): Promise<Site[]> {
  const { tx, principal } = ctx;
  return tx.site.findMany({ where: { customerId: principal.customerId }, orderBy: [{ label: 'asc' }, { id: 'asc' }] });
}

export function getOwnSite(ctx: CustomerContext, id: string): Promise<Site> {
  return ownSite(ctx, id);
}

/** Whether the business lets its customers add their own service addresses. */
export async function canAddSites(ctx: CustomerContext): Promise<boolean> {
  return (await currentTenant(ctx)).customersMayAddSites;
}

/** Whether the signed-in customer may change or remove this address now. */
export async function canEditSite(ctx: CustomerContext, site: Site): Promise<boolean> {
  return addedByCustomer(site) && (await canAddSites(ctx));
}

async function assertCanAddSites(ctx: CustomerContext): Promise<void> {
  const tenant = await currentTenant(ctx);
  if (!tenant.customersMayAddSites) {
    throw new Forbidden(`Your service addresses are managed by ${tenant.name}. Please contact them to add or change one.`, 'SITES_MANAGED_BY_BUSINESS');
  }
}

/** One of the customer's own addresses that they added; the office's are read-only here. */
async function ownAddedSite(ctx: CustomerContext, id: string): Promise<Site> {
  const site = await ownSite(ctx, id);
  if (!addedByCustomer(site)) {
    throw new Forbidden('This address was entered by the business. Please contact them to change or remove it.', 'ADDED_BY_BUSINESS');
  }
  return site;
}

export async function addMySite(ctx: CustomerContext, input: SiteInput): Promise<Site> {
  await assertCanAddSites(ctx);
  const { tx, principal } = ctx;
  const data = siteChanges(input, true) as Omit<Prisma.SiteUncheckedCreateInput, 'tenantId' | 'customerId' | 'addedBy'>;
  const site = await tx.site.create({
    data: { ...data, tenantId: principal.tenantId, customerId: principal.customerId, createdAt: ctx.now(), addedBy: AddedBy.CUSTOMER, addedByStaffId: null },
  });
  await recordCustomerActivity(ctx, 'site.created', site.id);
  return site;
}

export async function updateMySite(ctx: CustomerContext, id: string, input: SiteInput): Promise<Site> {
  await assertCanAddSites(ctx);
  const { tx, principal } = ctx;
  const site = await ownAddedSite(ctx, id);
  const data = siteChanges(input, false) as Prisma.SiteUpdateInput;
  const updated = await tx.site.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: site.id } }, data });
  await recordCustomerActivity(ctx, 'site.updated', site.id);
  return updated;
}

/**
 * Removes an address the customer added, while nothing refers to it: a job keeps the address it
 * was done at (CONFLICT, reason SITE_HAS_JOBS), equipment or animals there must move first
 * (SITE_HAS_ASSETS). A removed address is gone, not archived: nothing else points at it.
 */
export async function deleteMySite(ctx: CustomerContext, id: string): Promise<boolean> {
  await assertCanAddSites(ctx);
  const { tx } = ctx;
  const site = await ownAddedSite(ctx, id);
  const [jobs, assets] = await Promise.all([tx.job.count({ where: { siteId: site.id } }), tx.asset.count({ where: { siteId: site.id } })]);
  if (jobs > 0) throw new Conflict('Appointments were made at this address, so it cannot be removed.', 'SITE_HAS_JOBS');
  if (assets > 0) throw new Conflict('Equipment or animals are listed at this address. Move them to another address first.', 'SITE_HAS_ASSETS');
  await tx.site.deleteMany({ where: { id: site.id } });
  await recordCustomerActivity(ctx, 'site.deleted', site.id);
  return true;
}
