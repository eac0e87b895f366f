// Customers' service addresses as the office manages them.
import { staffScope, type RequestContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import type { Prisma, Site as SiteRow } from '../generated/prisma/client.js';
import { recordStaffActivity } from '../activity/activity.js';
import { requireCustomer } from '../customers/customers.admin.service.js';
import type { Site, SiteInput } from './sites.types.js';
import { siteById } from './sites.loaders.js';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

type Required = 'label' | 'addressLine1' | 'city' | 'postalCode' | 'country';
const REQUIRED: Required[] = ['label', 'addressLine1', 'city', 'postalCode', 'country'];
const LIMITS: Record<Exclude<keyof SiteInput, 'country'>, { max: number; what: string }> = {
  label: { max: 60, what: 'the label' },
  addressLine1: { max: 200, what: 'the address' },
  addressLine2: { max: 200, what: 'the second address line' },
  city: { max: 100, what: 'the city' },
  postalCode: { max: 20, what: 'the postal code' },
  region: { max: 100, what: 'the region' },
  accessInstructions: { max: 1000, what: 'the access instructions' },
};

function isCountry(code: string): boolean {
  // Intl echoes unknown codes back unchanged; a real region has a name.
  return /^[A-Z]{2}$/.test(code) && REGION_NAMES.of(code) !== code;
}

/** The columns to write; on create every required field must be present. */
function siteChanges(input: SiteInput, creating: boolean): Partial<Record<keyof SiteInput, string | null>> {
  const data: Partial<Record<keyof SiteInput, string | null>> = {};
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, { max: number; what: string }][]) {
    const value = input[field];
    if (value === undefined) continue;
    const trimmed = value?.trim() ?? '';
    const required = (REQUIRED as string[]).includes(field);
    if (!trimmed && required) throw new BadInput(field, `Enter ${limit.what}.`);
    if (trimmed.length > limit.max) throw new BadInput(field, `Use at most ${limit.max} characters for ${limit.what}.`);
    data[field] = trimmed || null;
  }
  if (input.country !== undefined) {
    const country = input.country?.trim().toUpperCase() ?? '';
    if (!isCountry(country)) throw new BadInput('country', 'Enter a two-letter country code, e.g. US or CA.');
    data.country = country;
  }
  if (creating) {
    const missing = REQUIRED.find((field) => !data[field]);
    if (missing) throw new BadInput(missing, `Enter ${missing === 'country' ? 'the country' : LIMITS[missing].what}.`);
  }
  return data;
}

/** A site of the staff member's tenant; NOT_FOUND for a malformed, missing or foreign id. */
export async function requireSite(ctx: RequestContext, id: string): Promise<SiteRow> {
  const site = isId(id) ? await siteById(ctx, id) : null;
  if (!site) throw new NotFound('This site');
  return site;
}

export async function createSite(ctx: RequestContext, customerId: string, input: SiteInput): Promise<Site> {
  const { tx, principal } = staffScope(ctx);
  const customer = await requireCustomer(ctx, customerId);
  const data = siteChanges(input, true) as Omit<Prisma.SiteUncheckedCreateInput, 'tenantId' | 'customerId'>;
  const site = await tx.site.create({ data: { ...data, tenantId: principal.tenantId, customerId: customer.id, createdAt: ctx.now() } });
  await recordStaffActivity(ctx, 'site.created', { customerId: customer.id, subjectId: site.id });
  return site;
}

export async function updateSite(ctx: RequestContext, id: string, input: SiteInput): Promise<Site> {
  const { tx, principal } = staffScope(ctx);
  const site = await requireSite(ctx, id);
  const data = siteChanges(input, false) as Prisma.SiteUpdateInput;
  const updated = await tx.site.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: site.id } }, data });
  await recordStaffActivity(ctx, 'site.updated', { customerId: site.customerId, subjectId: site.id });
  return updated;
}

/** Refused while jobs or assets refer to the site: their history must keep its address. */
export async function deleteSite(ctx: RequestContext, id: string): Promise<boolean> {
  const { tx } = staffScope(ctx);
  const site = await requireSite(ctx, id);
  const [jobs, assets] = await Promise.all([tx.job.count({ where: { siteId: site.id } }), tx.asset.count({ where: { siteId: site.id } })]);
  if (jobs > 0) throw new Conflict(`This address has ${jobs === 1 ? 'a job' : `${jobs} jobs`}, so it cannot be deleted.`);
  if (assets > 0) throw new Conflict(`This site has ${assets} asset(s). Move or delete them first.`);
  await tx.site.deleteMany({ where: { id: site.id } });
  await recordStaffActivity(ctx, 'site.deleted', { customerId: site.customerId, subjectId: site.id });
  return true;
}
