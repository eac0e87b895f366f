// A customer orders supplies for one of their devices. What they may order is checked in their
// own scope (their device, their site, active items that fit the device); what the device's
// contract covers is decided at order time: the contract row is locked, so two orders at once
// cannot both take its last covered unit. Customers write nothing to the supplies tables
// themselves (row-level security): the order is written in the business's back-office scope.
import type { CustomerContext, ScopedContext } from '../context/context.js';
import type { Asset as AssetRow, MeterContract, SupplyAllowance, Tenant } from '../generated/prisma/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { BadInput, Conflict } from '../errors/errors.js';
import { asSystem } from '../platform/scope.js';
import { currentTenant } from '../platform/current-tenant.js';
import { currentCustomer } from '../customers/customers.loaders.js';
import { ownAsset } from '../assets/assets.loaders.js';
import { renderInvoiceNumber } from '../invoices/invoice-numbers.js';
import { nextInSequence } from '../invoices/invoices.admin.service.js';
import { assertCompatible } from './supply-compatibility.js';
import { splitCoverage } from './supply-coverage.js';
import { periodContaining } from '../meter-billing/meter-period.js';
import { EXCESS_USAGE_DAYS, excessUsage, printedSince, type ExcessUsage, type ReadingPoint } from './excess-usage.js';
import { mayMoveSupplyOrder, WITHDRAWN_STATUSES } from './supply-order-status.js';
import { billableTotals, categoryOf, lineMoney, orderInclude, presentForCustomer, toSupplyItem, visibleOrder, type ItemWithModels } from './supplies.service.js';
import { notifyOrderPlaced } from './supply-notices.js';
import type { SupplyAddressInput, SupplyOrder, SupplyOrderInput, SupplyOrderPreview, SupplyOrderPreviewLine } from './supplies.types.js';

/** The number format of supply orders: like invoices' tokens, on its own sequence. */
export const SUPPLY_ORDER_NUMBER_FORMAT = 'SO-{YYYY}-{SEQ:4}';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

interface DeliveryAddress {
  siteId: string | null;
  deliveryName: string;
  deliveryLine1: string;
  deliveryLine2: string | null;
  deliveryCity: string;
  deliveryPostalCode: string | null;
  deliveryRegion: string | null;
  deliveryCountry: string | null;
}

/** What the customer asked for, checked in their scope. */
interface CheckedOrder {
  tenant: Tenant;
  asset: AssetRow;
  lines: { item: ItemWithModels; quantity: number }[];
  address: DeliveryAddress;
  notes: string | null;
}

/** The order as decided now: coverage per line, the contract, the warning. */
interface DecidedOrder {
  contract: MeterContract | null;
  lines: { item: ItemWithModels; quantity: number; coveredQuantity: number; billableQuantity: number }[];
  warning: ExcessUsage | null;
}

function text(field: string, value: string | null | undefined, max: number, what: string, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed && required) throw new BadInput(field, `Enter ${what}.`, 'REQUIRED');
  if (trimmed.length > max) throw new BadInput(field, `Use at most ${max} characters for ${what}.`, 'TOO_LONG');
  return trimmed || null;
}

function typedAddress(input: SupplyAddressInput): DeliveryAddress {
  const country = input.country?.trim().toUpperCase() || null;
  // Intl echoes unknown codes back unchanged; a real region has a name.
  if (country && (!/^[A-Z]{2}$/.test(country) || REGION_NAMES.of(country) === country)) {
    throw new BadInput('address.country', 'Enter a two-letter country code, e.g. US or CA.', 'INVALID_COUNTRY');
  }
  return {
    siteId: null,
    deliveryName: text('address.name', input.name, 120, 'a name', true) ?? '',
    deliveryLine1: text('address.line1', input.line1, 200, 'the address', true) ?? '',
    deliveryLine2: text('address.line2', input.line2, 200, 'the second address line', false),
    deliveryCity: text('address.city', input.city, 100, 'the city', true) ?? '',
    deliveryPostalCode: text('address.postalCode', input.postalCode, 20, 'the postal code', false),
    deliveryRegion: text('address.region', input.region, 100, 'the region', false),
    deliveryCountry: country,
  };
}

async function deliveryAddress(ctx: CustomerContext, tenant: Tenant, input: SupplyOrderInput): Promise<DeliveryAddress> {
  if (input.siteId != null && input.address != null) throw new BadInput('address', 'Choose one of your sites or type an address, not both.', 'SITE_OR_ADDRESS');
  if (input.address != null) {
    if (!tenant.suppliesAnyAddress) throw new BadInput('address', `${tenant.name} delivers to your sites only: choose one of them.`, 'ADDRESS_NOT_ALLOWED');
    return typedAddress(input.address);
  }
  if (input.siteId == null) throw new BadInput('siteId', 'Choose where to deliver.', 'REQUIRED');
  // Row-level security shows the customer their own sites only.
  const site = isId(input.siteId) ? await ctx.tx.site.findFirst({ where: { id: input.siteId, customerId: ctx.principal.customerId } }) : null;
  if (!site) throw new BadInput('siteId', 'Choose one of your sites.', 'NOT_CUSTOMER_SITE');
  return {
    siteId: site.id,
    deliveryName: site.label,
    deliveryLine1: site.addressLine1,
    deliveryLine2: site.addressLine2,
    deliveryCity: site.city,
    deliveryPostalCode: site.postalCode,
    deliveryRegion: site.region,
    deliveryCountry: site.country,
  };
}

async function checkOrder(ctx: CustomerContext, input: SupplyOrderInput): Promise<CheckedOrder> {
  const tenant = await currentTenant(ctx);
  let asset: AssetRow;
  try {
    asset = await ownAsset(ctx, input.assetId);
  } catch {
    throw new BadInput('assetId', 'Choose one of your devices.', 'NOT_CUSTOMER_ASSET');
  }
  const ids = input.lines.map((l) => l.itemId);
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new BadInput(`lines.${index}.itemId`, 'This item is already in the order: change its quantity instead.', 'DUPLICATE_ITEM');
    seen.add(id);
  });
  // Row-level security shows customers the active catalogue only.
  const items = await ctx.tx.supplyItem.findMany({ where: { id: { in: ids.filter(isId) }, active: true }, include: { models: true } });
  const lines = input.lines.map((line, index) => {
    const item = items.find((i) => i.id === line.itemId);
    if (!item) throw new BadInput(`lines.${index}.itemId`, 'This item is no longer offered.', 'SUPPLY_NOT_OFFERED');
    assertCompatible(index, { name: item.name, models: item.models.map((m) => m.model) }, asset.model);
    return { item, quantity: line.quantity };
  });
  const address = await deliveryAddress(ctx, tenant, input);
  const notes = input.notes?.trim() || null;
  return { tenant, asset, lines, address, notes };
}

/** The device's contract in force today (the latest started, if several), or null. */
async function contractInForce(ctx: ScopedContext, assetId: string, today: string): Promise<(MeterContract & { allowances: SupplyAllowance[] }) | null> {
  const day = new Date(`${today}T00:00:00Z`);
  return ctx.tx.meterContract.findFirst({
    where: { assetId, active: true, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] },
    include: { allowances: true },
    orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
  });
}

/** Units of each category the contract's orders covered in its period containing `today` (orders not withdrawn). */
async function coveredThisPeriod(ctx: ScopedContext, tenant: Tenant, contract: MeterContract, today: string): Promise<Map<string, number>> {
  // The same periods the contract is billed in (first and last day included).
  const period = periodContaining(
    { startsOn: toLocalDate(contract.startsOn) ?? '', endsOn: toLocalDate(contract.endsOn), periodMonths: contract.periodMonths, billingDay: contract.billingDay },
    today,
  );
  if (!period) return new Map();
  const rows = await ctx.tx.$queryRaw<{ category: string; units: bigint }[]>`
    SELECT l.category, SUM(l.covered_quantity)::bigint AS units
    FROM supply_order_lines l JOIN supply_orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
    WHERE o.tenant_id = app_tenant() AND o.contract_id = ${contract.id}::uuid
      AND o.status::text NOT IN (${Prisma.join([...WITHDRAWN_STATUSES])})
      AND (o.submitted_at AT TIME ZONE ${tenant.timeZone})::date >= ${period.start}::date
      AND (o.submitted_at AT TIME ZONE ${tenant.timeZone})::date <= ${period.end}::date
    GROUP BY l.category`;
  return new Map(rows.map((r) => [r.category, Number(r.units)]));
}

/** Toner pages ordered for the device since `from` (orders not withdrawn), and what its meters counted. */
async function usageSince(ctx: ScopedContext, assetId: string, from: Date): Promise<{ pagesOrdered: number; pagesPrinted: number | null }> {
  const [ordered] = await ctx.tx.$queryRaw<{ pages: bigint | null }[]>`
    SELECT SUM(l.quantity * i.yield_pages)::bigint AS pages
    FROM supply_order_lines l
      JOIN supply_orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
      JOIN supply_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id
    WHERE o.tenant_id = app_tenant() AND o.asset_id = ${assetId}::uuid AND l.category = 'TONER'
      AND o.status::text NOT IN (${Prisma.join([...WITHDRAWN_STATUSES])}) AND o.submitted_at >= ${from}`;
  // Counters that use toner (not scans); readings that count (not flagged or rejected): those in
  // the window and each meter's last one before it, its baseline.
  const readings = await ctx.tx.$queryRaw<{ meter_id: string; value: number; read_at: Date; resets_counter: boolean }[]>`
    WITH counted AS (
      SELECT r.meter_id, r.value, r.read_at, r.resets_counter FROM meter_readings r JOIN meters m ON m.tenant_id = r.tenant_id AND m.id = r.meter_id
      WHERE r.tenant_id = app_tenant() AND m.asset_id = ${assetId}::uuid AND m.kind <> 'SCAN' AND r.status IN ('ACCEPTED', 'APPROVED'))
    (SELECT meter_id::text, value, read_at, resets_counter FROM counted WHERE read_at >= ${from})
    UNION ALL
    (SELECT DISTINCT ON (meter_id) meter_id::text, value, read_at, resets_counter FROM counted WHERE read_at < ${from} ORDER BY meter_id, read_at DESC)`;
  const points: ReadingPoint[] = readings.map((r) => ({ meterId: r.meter_id, value: r.value, readAt: r.read_at, resetsCounter: r.resets_counter }));
  return { pagesOrdered: Number(ordered?.pages ?? 0), pagesPrinted: printedSince(points, from) };
}

/**
 * Coverage, contract and usage warning for the checked order, read in `ctx`'s scope. With
 * `lock`, the contract row is locked first (until the transaction ends), so orders of one
 * contract are decided one after the other.
 */
async function decide(ctx: ScopedContext, order: CheckedOrder, lock: boolean): Promise<DecidedOrder> {
  const today = todayIn(order.tenant.timeZone, ctx.now());
  let contract = await contractInForce(ctx, order.asset.id, today);
  if (contract && lock) {
    await ctx.tx.$queryRaw`SELECT 1 FROM meter_contracts WHERE tenant_id = app_tenant() AND id = ${contract.id}::uuid FOR UPDATE`;
    // Read again under the lock: its allowances may have changed while waiting.
    contract = await contractInForce(ctx, order.asset.id, today);
  }
  const allowances = new Map((contract?.allowances ?? []).map((a) => [a.category, a.unitsPerPeriod]));
  const used = contract ? await coveredThisPeriod(ctx, order.tenant, contract, today) : new Map<string, number>();
  const split = splitCoverage(
    order.lines.map((l) => ({ category: l.item.category, quantity: l.quantity })),
    allowances,
    used,
  );
  const lines = order.lines.map((line, index) => ({ ...line, ...(split[index] ?? { coveredQuantity: 0, billableQuantity: line.quantity }) }));
  const from = new Date(ctx.now().getTime() - EXCESS_USAGE_DAYS * 86_400_000);
  const toner = lines.filter((l) => l.item.category === 'TONER').reduce((sum, l) => sum + l.quantity * (l.item.yieldPages ?? 0), 0);
  const usage = toner > 0 ? await usageSince(ctx, order.asset.id, from) : null;
  const warning = usage ? excessUsage({ pagesOrdered: usage.pagesOrdered + toner, pagesPrinted: usage.pagesPrinted }) : null;
  return { contract: contract && contract.allowances.length > 0 ? contract : null, lines, warning };
}

export async function priceSupplyOrder(ctx: CustomerContext, input: SupplyOrderInput): Promise<SupplyOrderPreview> {
  const order = await checkOrder(ctx, input);
  const decided = await decide(ctx, order, false);
  const currency = order.tenant.currency;
  const lines: SupplyOrderPreviewLine[] = decided.lines.map((line) => ({
    item: toSupplyItem(line.item, currency),
    itemId: line.item.id,
    name: line.item.name,
    sku: line.item.sku,
    category: categoryOf(line.item.category),
    quantity: line.quantity,
    coveredQuantity: line.coveredQuantity,
    billableQuantity: line.billableQuantity,
    unitPriceMinor: line.item.priceMinor,
    taxRateBp: line.item.taxRateBp,
    ...lineMoney({ billableQuantity: line.billableQuantity, unitPriceMinor: line.item.priceMinor, taxRateBp: line.item.taxRateBp }),
  }));
  return {
    lines,
    ...billableTotals(lines),
    currency,
    contractNumber: decided.contract?.number ?? null,
    excessUsage: decided.warning !== null,
  };
}

/** The next supply order number of the business, taken in the caller's transaction (a rollback gives it back). */
async function nextSupplyOrderNumber(ctx: ScopedContext, tenant: Tenant): Promise<string> {
  const [y, m] = todayIn(tenant.timeZone, ctx.now()).split('-').map(Number) as [number, number];
  const month = { y, m };
  const { period } = renderInvoiceNumber(SUPPLY_ORDER_NUMBER_FORMAT, month, 0);
  const seq = await nextInSequence(ctx, tenant.id, `supply-order:${period}`);
  return renderInvoiceNumber(SUPPLY_ORDER_NUMBER_FORMAT, month, seq).number;
}

export async function placeSupplyOrder(ctx: CustomerContext, input: SupplyOrderInput): Promise<SupplyOrder> {
  const order = await checkOrder(ctx, input);
  const customer = await currentCustomer(ctx);
  const id = await asSystem(ctx, async (system) => {
    const decided = await decide(system, order, true);
    const number = await nextSupplyOrderNumber(system, order.tenant);
    const row = await system.tx.supplyOrder.create({
      data: {
        tenantId: order.tenant.id,
        customerId: ctx.principal.customerId,
        assetId: order.asset.id,
        contractId: decided.contract?.id ?? null,
        number,
        status: 'SUBMITTED',
        ...order.address,
        notes: order.notes,
        excessUsageWarning: decided.warning ? JSON.stringify(decided.warning) : null,
        submittedAt: system.now(),
        // Names and prices are copied: the catalogue may change, the order does not.
        lines: {
          createMany: {
            data: decided.lines.map((line, index) => ({
              itemId: line.item.id,
              position: index + 1,
              name: line.item.name,
              sku: line.item.sku,
              category: line.item.category,
              quantity: line.quantity,
              coveredQuantity: line.coveredQuantity,
              billableQuantity: line.billableQuantity,
              unitPriceMinor: line.item.priceMinor,
              taxRateBp: line.item.taxRateBp,
            })),
          },
        },
      },
      include: orderInclude,
    });
    await notifyOrderPlaced(system, row, customer.name);
    return row.id;
  });
  return presentForCustomer(ctx, await visibleOrder(ctx, id));
}

export async function cancelMySupplyOrder(ctx: CustomerContext, id: string): Promise<SupplyOrder> {
  const seen = await visibleOrder(ctx, id);
  await asSystem(ctx, async (system) => {
    await system.tx.$queryRaw`SELECT 1 FROM supply_orders WHERE tenant_id = app_tenant() AND id = ${seen.id}::uuid FOR UPDATE`;
    const row = await visibleOrder(system, seen.id);
    if (!mayMoveSupplyOrder('customer', row.status, 'CANCELLED')) throw new Conflict('This order can no longer be cancelled: contact the business.', 'STATUS_NOT_ALLOWED');
    await system.tx.supplyOrder.update({
      where: { tenantId_id: { tenantId: row.tenantId, id: row.id } },
      data: { status: 'CANCELLED', cancelledAt: system.now() },
    });
  });
  return presentForCustomer(ctx, await visibleOrder(ctx, seen.id));
}
