// Customers' service addresses as the office manages them.
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { Conflict, NotFound } from '../errors/errors.js';
import type { Prisma, Site as SiteRow } from '../generated/prisma/client.js';
import { recordStaffActivity } from '../activity/activity.js';
import { requireCustomer } from '../customers/customers.admin.service.js';
import type { Site, SiteInput } from './sites.types.js';
import { siteById } from './sites.loaders.js';
import { siteChanges } from './site-address.js';
import { AddedBy } from './added-by.js';

/** A site of the staff member's tenant; NOT_FOUND for a malformed, missing or foreign id. */
export async function requireSite(ctx: StaffContext, id: string): Promise<SiteRow> {
  const site = isId(id) ? await siteById(ctx, id) : null;
  if (!site) throw new NotFound('This site');
  return site;
}

export async function createSite(ctx: StaffContext, customerId: string, input: SiteInput): Promise<Site> {
  const { tx, principal } = ctx;
  const customer = await requireCustomer(ctx, customerId);
  const data = siteChanges(input, true) as Omit<Prisma.SiteUncheckedCreateInput, 'tenantId' | 'customerId' | 'addedBy'>;
  const site = await tx.site.create({
    data: { ...data, tenantId: principal.tenantId, customerId: customer.id, createdAt: ctx.now(), addedBy: AddedBy.STAFF, addedByStaffId: principal.staffUserId },
  });
  await recordStaffActivity(ctx, 'site.created', { customerId: customer.id, subjectId: site.id });
  return site;
}

export async function updateSite(ctx: StaffContext, id: string, input: SiteInput): Promise<Site> {
  const { tx, principal } = ctx;
  const site = await requireSite(ctx, id);
  const data = siteChanges(input, false) as Prisma.SiteUpdateInput;
  const updated = await tx.site.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: site.id } }, data });
  await recordStaffActivity(ctx, 'site.updated', { customerId: site.customerId, subjectId: site.id });
  return updated;
}

/** Refused while jobs or assets refer to the site: their history must keep its address. */
export async function deleteSite(ctx: StaffContext, id: string): Promise<boolean> {
  const { tx } = ctx;
  const site = await requireSite(ctx, id);
  const [jobs, assets] = await Promise.all([tx.job.count({ where: { siteId: site.id } }), tx.asset.count({ where: { siteId: site.id } })]);
  if (jobs > 0) throw new Conflict(`This address has ${jobs === 1 ? 'a job' : `${jobs} jobs`}, so it cannot be deleted.`, 'SITE_HAS_JOBS');
  if (assets > 0) throw new Conflict(`This site has ${assets} asset(s). Move or delete them first.`, 'SITE_HAS_ASSETS');
  await tx.site.deleteMany({ where: { id: site.id } });
  await recordStaffActivity(ctx, 'site.deleted', { customerId: site.customerId, subjectId: site.id });
  return true;
}
