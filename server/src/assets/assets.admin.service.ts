// Customers' equipment and animals, and the tenant's catalogue of asset types, as the office
// manages them.
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import type { Asset as AssetRow, AssetType as AssetTypeRow, Prisma } from '../generated/prisma/client.js';
import { recordStaffActivity } from '../activity/activity.js';
import { isUniqueViolation } from '../auth/auth.shared.js';
import { checkedLanguage } from '../common/languages.js';
import { requireCustomer } from '../customers/customers.admin.service.js';
import { AddedBy } from '../sites/added-by.js';
import { assetChanges } from './asset-details.js';
import { currentTenant } from '../platform/current-tenant.js';
import { assetById, assetTypeById, type AssetTypeWithNames } from './assets.loaders.js';
import { pickName, toAssets } from './assets.service.js';
import { AssetCategory, type AdminAssetType, type Asset, type AssetInput, type AssetTypeNameInput } from './assets.types.js';

const CODE = /^[a-z][a-z0-9_]{0,39}$/;

async function requireAsset(ctx: StaffContext, id: string): Promise<AssetRow> {
  const asset = isId(id) ? await assetById(ctx, id) : null;
  if (!asset) throw new NotFound('This asset');
  return asset;
}

async function oneAsset(ctx: StaffContext, row: AssetRow): Promise<Asset> {
  const [asset] = await toAssets(ctx, [row]);
  if (!asset) throw new Error('unreachable: one row in, one asset out');
  return asset;
}

export async function createAsset(ctx: StaffContext, customerId: string, input: AssetInput): Promise<Asset> {
  const { tx, principal } = ctx;
  const customer = await requireCustomer(ctx, customerId);
  const data = await assetChanges(ctx, customer.id, input, true);
  const row = await tx.asset.create({
    data: {
      ...(data as Omit<Prisma.AssetUncheckedCreateInput, 'tenantId' | 'customerId' | 'addedBy'>),
      tenantId: principal.tenantId,
      customerId: customer.id,
      createdAt: ctx.now(),
      addedBy: AddedBy.STAFF,
      addedByStaffId: principal.staffUserId,
    },
  });
  await recordStaffActivity(ctx, 'asset.created', { customerId: customer.id, subjectId: row.id });
  return oneAsset(ctx, row);
}

export async function updateAsset(ctx: StaffContext, id: string, input: AssetInput): Promise<Asset> {
  const { tx, principal } = ctx;
  const asset = await requireAsset(ctx, id);
  const data = await assetChanges(ctx, asset.customerId, input, false);
  const row = await tx.asset.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: asset.id } }, data });
  await recordStaffActivity(ctx, 'asset.updated', { customerId: asset.customerId, subjectId: asset.id });
  return oneAsset(ctx, row);
}

/** Refused while jobs or service requests refer to the asset: their history keeps it. */
export async function deleteAsset(ctx: StaffContext, id: string): Promise<boolean> {
  const { tx } = ctx;
  const asset = await requireAsset(ctx, id);
  const [jobs, requests] = await Promise.all([tx.job.count({ where: { assetId: asset.id } }), tx.serviceRequest.count({ where: { assetId: asset.id } })]);
  if (jobs + requests > 0) throw new Conflict('Jobs or service requests refer to this asset, so it cannot be deleted.', 'ASSET_IN_USE');
  await tx.asset.deleteMany({ where: { id: asset.id } });
  await recordStaffActivity(ctx, 'asset.deleted', { customerId: asset.customerId, subjectId: asset.id });
  return true;
}

// --- The asset-type catalogue -------------------------------------------------------------

export function toAdminAssetType(type: AssetTypeWithNames): AdminAssetType {
  const category = type.category === (AssetCategory.animal as string) ? AssetCategory.animal : AssetCategory.equipment;
  const names = [...type.names].sort((a, b) => a.locale.localeCompare(b.locale)).map((n) => ({ locale: n.locale, name: n.name }));
  return { id: type.id, code: type.code, category, names };
}

export async function listAssetTypes(ctx: StaffContext): Promise<AdminAssetType[]> {
  const rows = await ctx.tx.assetType.findMany({ include: { names: true }, orderBy: [{ code: 'asc' }, { id: 'asc' }] });
  return rows.map(toAdminAssetType);
}

/** The type's name in the business's language, else English, else its code. */
export async function adminAssetTypeName(ctx: StaffContext, type: AdminAssetType): Promise<string> {
  const tenant = await currentTenant(ctx);
  return pickName({ names: type.names } as AssetTypeWithNames, [tenant.locale, 'en']) ?? type.code;
}

function checkedCode(code: string): string {
  const cleaned = code.trim().toLowerCase();
  if (!CODE.test(cleaned)) throw new BadInput('code', 'Use lowercase letters, digits and _ (starting with a letter), at most 40 characters.', 'INVALID_CODE');
  return cleaned;
}

function checkedNames(names: AssetTypeNameInput[]): { locale: string; name: string }[] {
  if (names.length === 0) throw new BadInput('names', 'Give the type a name in at least one language.', 'REQUIRED');
  const seen = new Set<string>();
  return names.map(({ locale, name }) => {
    checkedLanguage('names', locale);
    if (seen.has(locale)) throw new BadInput('names', `Give one name per language (${locale} appears twice).`, 'DUPLICATE_LANGUAGE');
    seen.add(locale);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 80) throw new BadInput('names', 'Each name needs 1 to 80 characters.', trimmed ? 'TOO_LONG' : 'REQUIRED');
    return { locale, name: trimmed };
  });
}

async function codeIsFree(ctx: StaffContext, code: string, exceptId?: string): Promise<void> {
  const taken = await ctx.tx.assetType.findFirst({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new Conflict(`The code ${code} is already used by another asset type.`, 'ASSET_TYPE_CODE_TAKEN');
}

/** The type as written, with the names written beside it (no column of theirs is filled by the database). */
function writtenType(row: AssetTypeRow, names: { locale: string; name: string }[]): AdminAssetType {
  return toAdminAssetType({ ...row, names: names.map((n) => ({ ...n, tenantId: row.tenantId, assetTypeId: row.id })) });
}

export async function createAssetType(ctx: StaffContext, code: string, category: AssetCategory, names: AssetTypeNameInput[]): Promise<AdminAssetType> {
  const { tx, principal } = ctx;
  const cleanCode = checkedCode(code);
  const cleanNames = checkedNames(names);
  await codeIsFree(ctx, cleanCode);
  const created = await tx.assetType.create({ data: { tenantId: principal.tenantId, code: cleanCode, category } });
  await tx.assetTypeName.createMany({ data: cleanNames.map((n) => ({ ...n, tenantId: principal.tenantId, assetTypeId: created.id })) });
  await recordStaffActivity(ctx, 'asset_type.created', { subjectId: created.id });
  return writtenType(created, cleanNames);
}

/** names, when given, replaces every name of the type. */
export async function updateAssetType(
  ctx: StaffContext,
  id: string,
  changes: { code?: string | null; category?: AssetCategory | null; names?: AssetTypeNameInput[] | null },
): Promise<AdminAssetType> {
  const { tx, principal } = ctx;
  const type = isId(id) ? await assetTypeById(ctx, id) : null;
  if (!type) throw new NotFound('This asset type');
  const data: Prisma.AssetTypeUpdateInput = {};
  if (changes.code != null) {
    data.code = checkedCode(changes.code);
    await codeIsFree(ctx, data.code, type.id);
  }
  if (changes.category != null) data.category = changes.category;
  const names = changes.names != null ? checkedNames(changes.names) : null;
  let updated: AssetTypeRow;
  try {
    updated = await tx.assetType.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: type.id } }, data });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict('This code was just taken by another asset type.', 'ASSET_TYPE_CODE_TAKEN');
    throw error;
  }
  if (names) {
    await tx.assetTypeName.deleteMany({ where: { assetTypeId: type.id } });
    await tx.assetTypeName.createMany({ data: names.map((n) => ({ ...n, tenantId: principal.tenantId, assetTypeId: type.id })) });
  }
  await recordStaffActivity(ctx, 'asset_type.updated', { subjectId: type.id });
  return writtenType(updated, names ?? type.names);
}
