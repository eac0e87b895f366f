// The customer's equipment and animals, with type names in the customer's language
// and a warranty status against today in the business's time zone.
import type { CustomerContext, RequestContext } from '../context/context.js';
import type { Asset as AssetRow } from '../generated/prisma/client.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { daysBetween } from '../common/local-times.js';
import { BadInput } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { currentCustomer } from '../customers/customers.loaders.js';
import { ownSite } from '../sites/sites.loaders.js';
import { toJob } from '../jobs/jobs.view.js';
import type { Job } from '../jobs/jobs.types.js';
import { assetById, assetTypeById, completedJobsOfAsset, ownAsset, type AssetTypeWithNames } from './assets.loaders.js';
import { AssetCategory, WarrantyStatus, type Asset } from './assets.types.js';
import { animalAgeInMonths } from './animal-age.js';

/** Days before the end date from which a warranty counts as expiring soon. */
const EXPIRING_WITHIN_DAYS = 30;
export const MAX_HISTORY = 50;

export function warrantyStatus(endOn: string | null, today: string): WarrantyStatus {
  if (endOn === null) return WarrantyStatus.NONE;
  const left = daysBetween(today, endOn);
  if (left < 0) return WarrantyStatus.EXPIRED;
  return left <= EXPIRING_WITHIN_DAYS ? WarrantyStatus.EXPIRING_SOON : WarrantyStatus.ACTIVE;
}

export async function toAssets(ctx: RequestContext, rows: AssetRow[]): Promise<Asset[]> {
  const tenant = await currentTenant(ctx);
  const today = todayIn(tenant.timeZone, ctx.now());
  return rows.map((row) => {
    const warrantyEndOn = toLocalDate(row.warrantyEndOn);
    return {
      id: row.id,
      name: row.name,
      model: row.model,
      serialNumber: row.serialNumber,
      installedOn: toLocalDate(row.installedOn),
      notes: row.notes,
      warrantyEndOn,
      warrantyStatus: warrantyStatus(warrantyEndOn, today),
      siteId: row.siteId,
      assetTypeId: row.assetTypeId,
      addedBy: row.addedBy,
      addedByStaffId: row.addedByStaffId,
      createdAt: row.createdAt,
    };
  });
}

/** The signed-in customer's assets, optionally at one of their sites, by name. */
export async function listOwnAssets(ctx: CustomerContext, siteId: string | null | undefined): Promise<Asset[]> {
  const { tx, principal } = ctx;
  const site = siteId != null ? await ownSite(ctx, siteId) : null;
  const rows = await tx.asset.findMany({
    where: { customerId: principal.customerId, ...(site ? { siteId: site.id } : {}) },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return toAssets(ctx, rows);
}

export async function getOwnAsset(ctx: CustomerContext, id: string): Promise<Asset> {
  const [asset] = await toAssets(ctx, [await ownAsset(ctx, id)]);
  if (!asset) throw new Error('unreachable: one row in, one asset out');
  return asset;
}

/** An asset by id as the caller sees it (a job's or a request's); row-level security decides, null if hidden. */
export async function visibleAsset(ctx: RequestContext, assetId: string | null): Promise<Asset | null> {
  const row = assetId ? await assetById(ctx, assetId) : null;
  return row ? ((await toAssets(ctx, [row]))[0] ?? null) : null;
}

async function assetType(ctx: RequestContext, asset: Asset): Promise<AssetTypeWithNames | null> {
  return assetTypeById(ctx, asset.assetTypeId);
}

export async function assetCategory(ctx: RequestContext, asset: Asset): Promise<AssetCategory> {
  const type = await assetType(ctx, asset);
  return type?.category === AssetCategory.animal ? AssetCategory.animal : AssetCategory.equipment;
}

/** The type's name in the customer's language, else the business's, else English, else its code. */
export async function assetTypeName(ctx: CustomerContext, asset: Asset): Promise<string> {
  const [type, customer, tenant] = await Promise.all([assetType(ctx, asset), currentCustomer(ctx), currentTenant(ctx)]);
  if (!type) return '';
  return pickName(type, [customer.locale, tenant.locale, 'en']) ?? type.code;
}

/** Exact locale first ('fr-CA'), then its language ('fr'), for each wanted locale in turn. */
export function pickName(type: AssetTypeWithNames, wanted: (string | null)[]): string | null {
  for (const locale of wanted) {
    if (!locale) continue;
    const lower = locale.toLowerCase();
    const exact = type.names.find((n) => n.locale.toLowerCase() === lower);
    const language = type.names.find((n) => n.locale.toLowerCase() === lower.split('-')[0]);
    const found = exact ?? language;
    if (found) return found.name;
  }
  return null;
}

/** An animal's age in whole months today, in the business's time zone; null for equipment. */
export async function assetAgeInMonths(ctx: CustomerContext, asset: Asset): Promise<number | null> {
  const [category, tenant] = await Promise.all([assetCategory(ctx, asset), currentTenant(ctx)]);
  return animalAgeInMonths(category, asset.installedOn, todayIn(tenant.timeZone, ctx.now()));
}

/** Completed jobs on the asset, latest first, at most `limit`. */
export async function maintenanceHistory(ctx: CustomerContext, asset: Asset, limit: number): Promise<Job[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY) throw new BadInput('limit', `Ask for 1 to ${MAX_HISTORY} past jobs.`);
  const [rows, tenant] = await Promise.all([completedJobsOfAsset(ctx, asset.id), currentTenant(ctx)]);
  return rows.slice(0, limit).map((row) => toJob(row, tenant.timeZone));
}
