// Equipment and animals customers add themselves, when the business lets them
// (Tenant.customersMayAddAssets, off by default). A customer changes or removes only what they
// added; what the office entered stays the office's.
import type { CustomerContext } from '../context/context.js';
import { Conflict, Forbidden } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { currentCustomer } from '../customers/customers.loaders.js';
import { AddedBy, addedByCustomer } from '../sites/added-by.js';
import { ownAsset } from './assets.loaders.js';
import { assetChanges } from './asset-details.js';
import { pickName, toAssets } from './assets.service.js';
import { AssetCategory, type Asset, type AssetInput, type AssetTypeOption } from './assets.types.js';

/** Whether the business lets its customers add their own equipment or animals. */
export async function canAddAssets(ctx: CustomerContext): Promise<boolean> {
  return (await currentTenant(ctx)).customersMayAddAssets;
}

export async function canEditAsset(ctx: CustomerContext, asset: Asset): Promise<boolean> {
  return addedByCustomer(asset) && (await canAddAssets(ctx));
}

async function assertCanAddAssets(ctx: CustomerContext): Promise<void> {
  const tenant = await currentTenant(ctx);
  if (!tenant.customersMayAddAssets) {
    throw new Forbidden(`${tenant.name} keeps this list. Please contact them to add or change an entry.`, 'ASSETS_MANAGED_BY_BUSINESS');
  }
}

async function ownAddedAsset(ctx: CustomerContext, id: string) {
  const asset = await ownAsset(ctx, id);
  if (!addedByCustomer(asset)) {
    throw new Forbidden('This entry was made by the business. Please contact them to change or remove it.', 'ADDED_BY_BUSINESS');
  }
  return asset;
}

async function oneAsset(ctx: CustomerContext, row: Parameters<typeof toAssets>[1][number]): Promise<Asset> {
  const [asset] = await toAssets(ctx, [row]);
  if (!asset) throw new Error('unreachable: one row in, one asset out');
  return asset;
}

/** The catalogue to choose from, in the customer's language, else the business's, else English. */
export async function assetTypeOptions(ctx: CustomerContext): Promise<AssetTypeOption[]> {
  const [rows, customer, tenant] = await Promise.all([
    ctx.tx.assetType.findMany({ include: { names: true }, orderBy: [{ code: 'asc' }, { id: 'asc' }] }),
    currentCustomer(ctx),
    currentTenant(ctx),
  ]);
  return rows
    .map((type) => ({
      id: type.id,
      name: pickName(type, [customer.locale, tenant.locale, 'en']) ?? type.code,
      category: type.category === (AssetCategory.animal as string) ? AssetCategory.animal : AssetCategory.equipment,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function addMyAsset(ctx: CustomerContext, input: AssetInput): Promise<Asset> {
  await assertCanAddAssets(ctx);
  const { tx, principal } = ctx;
  const data = await assetChanges(ctx, principal.customerId, input, true);
  const row = await tx.asset.create({
    data: {
      ...(data as Omit<Prisma.AssetUncheckedCreateInput, 'tenantId' | 'customerId' | 'addedBy'>),
      tenantId: principal.tenantId,
      customerId: principal.customerId,
      createdAt: ctx.now(),
      addedBy: AddedBy.CUSTOMER,
      addedByStaffId: null,
    },
  });
  await recordCustomerActivity(ctx, 'asset.created', row.id);
  return oneAsset(ctx, row);
}

export async function updateMyAsset(ctx: CustomerContext, id: string, input: AssetInput): Promise<Asset> {
  await assertCanAddAssets(ctx);
  const { tx, principal } = ctx;
  const asset = await ownAddedAsset(ctx, id);
  const data = await assetChanges(ctx, principal.customerId, input, false);
  const row = await tx.asset.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: asset.id } }, data });
  await recordCustomerActivity(ctx, 'asset.updated', asset.id);
  return oneAsset(ctx, row);
}

/** Refused (CONFLICT, reason ASSET_IN_USE) while jobs or service requests refer to it. */
export async function deleteMyAsset(ctx: CustomerContext, id: string): Promise<boolean> {
  await assertCanAddAssets(ctx);
  const { tx } = ctx;
  const asset = await ownAddedAsset(ctx, id);
  const [jobs, requests] = await Promise.all([tx.job.count({ where: { assetId: asset.id } }), tx.serviceRequest.count({ where: { assetId: asset.id } })]);
  if (jobs + requests > 0) throw new Conflict('Appointments or requests refer to this entry, so it cannot be removed.', 'ASSET_IN_USE');
  await tx.asset.deleteMany({ where: { id: asset.id } });
  await recordCustomerActivity(ctx, 'asset.deleted', asset.id);
  return true;
}
