// The office keeps the supply catalogue: items with their SKU, category, price, yield and the
// equipment models each fits. An item no longer offered is made inactive (orders keep their copy
// of its name and price; an item ordered once is never deleted).
import type { StaffContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isUniqueViolation } from '../auth/auth.shared.js';
import { currentTenant } from '../platform/current-tenant.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { normaliseModel } from './supply-compatibility.js';
import { toAdminSupplyItem, type ItemWithModels } from './supplies.service.js';
import type { AdminSupplyItem, AdminSupplyItemListArgs, SupplyItemInput } from './supplies.types.js';

function text(field: string, value: string | null | undefined, max: number, what: string, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed && required) throw new BadInput(field, `Enter ${what}.`, 'REQUIRED');
  if (trimmed.length > max) throw new BadInput(field, `Use at most ${max} characters for ${what}.`, 'TOO_LONG');
  return trimmed || null;
}

/** The models as kept: trimmed, inner spaces collapsed, one per normalised model (the first spelling wins). */
function modelList(models: readonly string[]): string[] {
  const kept = new Map<string, string>();
  models.forEach((model, index) => {
    const spelled = text(`models.${index}`, model, 100, 'the model', true) ?? '';
    const key = normaliseModel(spelled);
    if (!kept.has(key)) kept.set(key, spelled.replace(/\s+/g, ' '));
  });
  return [...kept.values()];
}

async function present(ctx: StaffContext, row: ItemWithModels): Promise<AdminSupplyItem> {
  return toAdminSupplyItem(row, (await currentTenant(ctx)).currency);
}

async function findItem(ctx: StaffContext, id: string): Promise<ItemWithModels> {
  const row = isId(id) ? await ctx.tx.supplyItem.findFirst({ where: { id }, include: { models: true } }) : null;
  if (!row) throw new NotFound('This catalogue item');
  return row;
}

export async function listSupplyItems(ctx: StaffContext, args: AdminSupplyItemListArgs): Promise<Connection<AdminSupplyItem>> {
  const where: Prisma.SupplyItemWhereInput = {};
  if (!args.includeInactive) where.active = true;
  if (args.category) where.category = args.category;
  const search = args.search?.trim();
  if (search) {
    where.OR = [
      { name: { contains: search, mode: 'insensitive' } },
      { sku: { contains: search, mode: 'insensitive' } },
      { models: { some: { model: { contains: search, mode: 'insensitive' } } } },
    ];
  }
  const rows = await ctx.tx.supplyItem.findMany({
    where,
    include: { models: true },
    orderBy: [{ category: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  const currency = (await currentTenant(ctx)).currency;
  return toConnection(rows, args, (row) => toAdminSupplyItem(row, currency));
}

export async function supplyItem(ctx: StaffContext, id: string): Promise<AdminSupplyItem> {
  return present(ctx, await findItem(ctx, id));
}

function columns(input: SupplyItemInput, creating: boolean): Omit<Prisma.SupplyItemUncheckedCreateInput, 'tenantId'> | Prisma.SupplyItemUncheckedUpdateInput {
  const data: Prisma.SupplyItemUncheckedUpdateInput = {};
  if (creating || input.sku !== undefined) data.sku = text('sku', input.sku, 60, 'the SKU', true) ?? '';
  if (creating || input.name !== undefined) data.name = text('name', input.name, 200, 'the name', true) ?? '';
  if (input.description !== undefined) data.description = text('description', input.description, 2000, 'the description', false);
  if (creating || input.category !== undefined) {
    if (!input.category) throw new BadInput('category', 'Choose a category.', 'REQUIRED');
    data.category = input.category;
  }
  if (input.yieldPages !== undefined) data.yieldPages = input.yieldPages;
  if (creating || input.priceMinor !== undefined) {
    if (input.priceMinor == null) throw new BadInput('priceMinor', 'Enter the price.', 'REQUIRED');
    data.priceMinor = input.priceMinor;
  }
  if (input.taxRateBp != null) data.taxRateBp = input.taxRateBp;
  if (input.active != null) data.active = input.active;
  return data;
}

function skuTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new BadInput('sku', 'Another item has this SKU.', 'SKU_TAKEN');
  throw error;
}

export async function createSupplyItem(ctx: StaffContext, input: SupplyItemInput): Promise<AdminSupplyItem> {
  const data = columns(input, true) as Omit<Prisma.SupplyItemUncheckedCreateInput, 'tenantId'>;
  const models = modelList(input.models ?? []);
  const tenantId = ctx.principal.tenantId;
  const row = await ctx.tx.supplyItem
    .create({ data: { ...data, tenantId, createdAt: ctx.now(), models: { createMany: { data: models.map((model) => ({ model })) } } }, include: { models: true } })
    .catch(skuTaken);
  return present(ctx, row);
}

export async function updateSupplyItem(ctx: StaffContext, id: string, input: SupplyItemInput): Promise<AdminSupplyItem> {
  const item = await findItem(ctx, id);
  const data = columns(input, false) as Prisma.SupplyItemUncheckedUpdateInput;
  const tenantId = ctx.principal.tenantId;
  if (input.models != null) {
    const models = modelList(input.models);
    await ctx.tx.supplyItemModel.deleteMany({ where: { itemId: item.id } });
    await ctx.tx.supplyItemModel.createMany({ data: models.map((model) => ({ tenantId, itemId: item.id, model })) });
  }
  const row = await ctx.tx.supplyItem.update({ where: { tenantId_id: { tenantId, id: item.id } }, data, include: { models: true } }).catch(skuTaken);
  return present(ctx, row);
}
