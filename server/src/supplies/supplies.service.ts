// Reading supplies: the catalogue a customer may order from for one of their devices, their own
// orders, and the business's orders; the presenters both endpoints share.
import { loader, type CustomerContext, type ScopedContext, type StaffContext } from '../context/context.js';
import type { Prisma, SupplyItem as ItemRow, SupplyItemModel, SupplyOrder as OrderRow, SupplyOrderLine as LineRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { byIdLoader } from '../common/loaders.js';
import { todayIn } from '../common/dates.js';
import { NotFound } from '../errors/errors.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { currentTenant } from '../platform/current-tenant.js';
import { ownAsset } from '../assets/assets.loaders.js';
import { visibleAsset } from '../assets/assets.service.js';
import type { Asset } from '../assets/assets.types.js';
import { toInvoice } from '../invoices/invoices.service.js';
import type { Invoice } from '../invoices/invoices.types.js';
import { invoiceTotals, lineTax } from '../invoices/invoice-numbers.js';
import { nextSupplyOrderStates, type SupplySide } from './supply-order-status.js';
import { fitsDevice } from './supply-compatibility.js';
import type { ExcessUsage } from './excess-usage.js';
import { SupplyCategory } from './supplies.types.js';
import type {
  AdminSupplyItem,
  AdminSupplyOrder,
  AdminSupplyOrderListArgs,
  SupplyItem,
  SupplyOrder,
  SupplyOrderFields,
  SupplyOrderLine,
  SupplyOrderListArgs,
} from './supplies.types.js';

export type ItemWithModels = ItemRow & { models: SupplyItemModel[] };
export type OrderWithLines = OrderRow & { lines: LineRow[] };

export const orderInclude = { lines: { orderBy: { position: 'asc' } } } as const satisfies Prisma.SupplyOrderInclude;

/** A stored category (checked by the database) as the API's enum. */
const CATEGORIES: Record<string, SupplyCategory | undefined> = { ...SupplyCategory };

export function categoryOf(value: string): SupplyCategory {
  return CATEGORIES[value] ?? SupplyCategory.OTHER;
}

/** The most a device's catalogue lists (the office keeps a catalogue, not a warehouse). */
const MAX_CATALOGUE = 500;

export function toSupplyItem(row: ItemRow, currency: string): SupplyItem {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    category: categoryOf(row.category),
    yieldPages: row.yieldPages,
    priceMinor: row.priceMinor,
    taxRateBp: row.taxRateBp,
    currency,
  };
}

export function toAdminSupplyItem(row: ItemWithModels, currency: string): AdminSupplyItem {
  return Object.assign(toSupplyItem(row, currency), { active: row.active, models: row.models.map((m) => m.model).sort(), createdAt: row.createdAt });
}

/** A line's money: what its billable units cost, and their tax. */
export function lineMoney(line: { billableQuantity: number; unitPriceMinor: number; taxRateBp: number }): { totalMinor: number; taxMinor: number } {
  const totalMinor = line.billableQuantity * line.unitPriceMinor;
  return { totalMinor, taxMinor: lineTax(totalMinor, line.taxRateBp) };
}

/** The billable money of lines, as an invoice of them totals it. */
export function billableTotals(lines: readonly { billableQuantity: number; unitPriceMinor: number; taxRateBp: number }[]) {
  const { subtotalMinor, taxMinor, totalMinor } = invoiceTotals(lines.map((l) => ({ quantity: l.billableQuantity, unitPriceMinor: l.unitPriceMinor, taxRateBp: l.taxRateBp })));
  return { subtotalMinor, taxMinor, totalMinor };
}

function toLine(row: LineRow): SupplyOrderLine {
  return {
    itemId: row.itemId,
    name: row.name,
    sku: row.sku,
    category: categoryOf(row.category),
    quantity: row.quantity,
    coveredQuantity: row.coveredQuantity,
    billableQuantity: row.billableQuantity,
    unitPriceMinor: row.unitPriceMinor,
    taxRateBp: row.taxRateBp,
    ...lineMoney(row),
  };
}

const contractNumbersById = byIdLoader((tx, ids) => tx.meterContract.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }));

async function contractNumber(ctx: ScopedContext, contractId: string | null): Promise<string | null> {
  return contractId ? ((await loader(ctx, contractNumbersById).load(contractId))?.number ?? null) : null;
}

async function fields(ctx: ScopedContext, row: OrderWithLines, side: SupplySide): Promise<SupplyOrderFields> {
  const tenant = await currentTenant(ctx);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    nextStates: nextSupplyOrderStates(side, row.status),
    lines: row.lines.map(toLine),
    deliveryAddress: {
      name: row.deliveryName,
      line1: row.deliveryLine1,
      line2: row.deliveryLine2,
      city: row.deliveryCity,
      postalCode: row.deliveryPostalCode,
      region: row.deliveryRegion,
      country: row.deliveryCountry,
    },
    siteId: row.siteId,
    notes: row.notes,
    statusReason: row.statusReason,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    contractNumber: await contractNumber(ctx, row.contractId),
    ...billableTotals(row.lines),
    currency: tenant.currency,
    invoiceId: row.invoiceId,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    shippedAt: row.shippedAt,
    deliveredAt: row.deliveredAt,
    cancelledAt: row.cancelledAt,
    customerId: row.customerId,
    assetId: row.assetId,
  };
}

export function presentForCustomer(ctx: CustomerContext, row: OrderWithLines): Promise<SupplyOrder> {
  return fields(ctx, row, 'customer');
}

/** The stored warning (excess-usage.ts's ExcessUsage as JSON); null when none or unreadable. */
export function storedWarning(text: string | null): ExcessUsage | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ExcessUsage>;
    if (typeof value.days !== 'number' || typeof value.pagesOrdered !== 'number' || typeof value.pagesPrinted !== 'number') return null;
    return { days: value.days, pagesOrdered: value.pagesOrdered, pagesPrinted: value.pagesPrinted, ratio: typeof value.ratio === 'number' ? value.ratio : null };
  } catch {
    return null;
  }
}

export async function presentForStaff(ctx: StaffContext, row: OrderWithLines): Promise<AdminSupplyOrder> {
  return Object.assign(await fields(ctx, row, 'staff'), { excessUsageWarning: storedWarning(row.excessUsageWarning) });
}

/** The order as the caller's row-level security shows it; NOT_FOUND for any other id. */
export async function visibleOrder(ctx: ScopedContext, id: string): Promise<OrderWithLines> {
  const row = isId(id) ? await ctx.tx.supplyOrder.findFirst({ where: { id }, include: orderInclude }) : null;
  if (!row) throw new NotFound('This supply order');
  return row;
}

/** The active items fitting one of the customer's devices, by category and name. */
export async function supplyCatalogue(ctx: CustomerContext, assetId: string): Promise<SupplyItem[]> {
  const asset = await ownAsset(ctx, assetId);
  const tenant = await currentTenant(ctx);
  // Row-level security shows customers active items only; the filter says so for the reader.
  const rows = await ctx.tx.supplyItem.findMany({
    where: { active: true },
    include: { models: true },
    orderBy: [{ category: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    take: MAX_CATALOGUE,
  });
  return rows
    .filter((row) =>
      fitsDevice(
        row.models.map((m) => m.model),
        asset.model,
      ),
    )
    .map((row) => toSupplyItem(row, tenant.currency));
}

export async function mySupplyOrders(ctx: CustomerContext, args: SupplyOrderListArgs): Promise<Connection<SupplyOrder>> {
  const rows = await ctx.tx.supplyOrder.findMany({
    where: { customerId: ctx.principal.customerId, ...(args.status ? { status: args.status } : {}) },
    include: orderInclude,
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  const page = toConnection(rows, args, (row) => row);
  return { pageInfo: page.pageInfo, nodes: await Promise.all(page.nodes.map((row) => presentForCustomer(ctx, row))) };
}

export async function mySupplyOrder(ctx: CustomerContext, id: string): Promise<SupplyOrder> {
  return presentForCustomer(ctx, await visibleOrder(ctx, id));
}

export async function listSupplyOrders(ctx: StaffContext, args: AdminSupplyOrderListArgs): Promise<Connection<AdminSupplyOrder>> {
  const where: Prisma.SupplyOrderWhereInput = {};
  if (args.customerId != null) where.customerId = args.customerId;
  if (args.status != null) where.status = args.status;
  const rows = await ctx.tx.supplyOrder.findMany({ where, include: orderInclude, orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }], ...pageQuery(ctx.principal.tenantId, args) });
  const page = toConnection(rows, args, (row) => row);
  return { pageInfo: page.pageInfo, nodes: await Promise.all(page.nodes.map((row) => presentForStaff(ctx, row))) };
}

export async function staffSupplyOrder(ctx: StaffContext, id: string): Promise<AdminSupplyOrder> {
  return presentForStaff(ctx, await visibleOrder(ctx, id));
}

/** The device an order is for, as the caller sees it. */
export async function orderAsset(ctx: ScopedContext, order: { assetId: string }): Promise<Asset> {
  const asset = await visibleAsset(ctx, order.assetId);
  if (!asset) throw new NotFound('This device');
  return asset;
}

/** The invoice of an order's billable lines, as the caller sees it; null before it ships (or when nothing bills). */
export async function orderInvoice(ctx: ScopedContext, order: { invoiceId: string | null }): Promise<Invoice | null> {
  if (!order.invoiceId) return null;
  const row = await ctx.tx.invoice.findFirst({ where: { id: order.invoiceId } });
  if (!row) return null;
  const tenant = await currentTenant(ctx);
  return toInvoice(row, todayIn(tenant.timeZone, ctx.now()));
}
