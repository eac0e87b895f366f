// The office moves an order along: approve, ship (carrier and tracking number; the billable lines
// are invoiced then), deliver; or reject or cancel it with a reason. Each move locks the order,
// checks the one table of moves (supply-order-status.ts), writes and tells the customer.
import type { StaffContext } from '../context/context.js';
import type { SupplyOrderStatus } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';
import { BadInput, Conflict } from '../errors/errors.js';
import { billing, insertDraft, issueAndSend } from '../invoices/invoices.admin.service.js';
import { mayMoveSupplyOrder } from './supply-order-status.js';
import { orderInclude, presentForStaff, visibleOrder, type OrderWithLines } from './supplies.service.js';
import { notifyOrderUpdated } from './supply-notices.js';
import type { AdminSupplyOrder } from './supplies.types.js';

const MAX_REASON = 1000;

function words(field: string, value: string, max: number, what: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadInput(field, `Enter ${what}.`, 'REQUIRED');
  if (trimmed.length > max) throw new BadInput(field, `Use at most ${max} characters for ${what}.`, 'TOO_LONG');
  return trimmed;
}

async function move(
  ctx: StaffContext,
  id: string,
  to: SupplyOrderStatus,
  data: (row: OrderWithLines) => Promise<Prisma.SupplyOrderUpdateInput> | Prisma.SupplyOrderUpdateInput,
): Promise<AdminSupplyOrder> {
  const seen = await visibleOrder(ctx, id);
  await ctx.tx.$queryRaw`SELECT 1 FROM supply_orders WHERE tenant_id = app_tenant() AND id = ${seen.id}::uuid FOR UPDATE`;
  const row = await visibleOrder(ctx, seen.id);
  if (!mayMoveSupplyOrder('staff', row.status, to)) throw new Conflict(`This order is ${row.status.toLowerCase()}: it cannot move to ${to.toLowerCase()}.`, 'STATUS_NOT_ALLOWED');
  const updated = await ctx.tx.supplyOrder.update({
    where: { tenantId_id: { tenantId: row.tenantId, id: row.id } },
    data: { status: to, ...(await data(row)) },
    include: orderInclude,
  });
  await notifyOrderUpdated(ctx, updated);
  return presentForStaff(ctx, updated);
}

export function approveSupplyOrder(ctx: StaffContext, id: string): Promise<AdminSupplyOrder> {
  return move(ctx, id, 'APPROVED', () => ({ approvedAt: ctx.now() }));
}

/**
 * One invoice per order, of its billable lines only (covered units are not invoiced at all: the
 * order shows them), issued and sent as any other invoice; none when the contract covered everything.
 */
async function invoiceBillable(ctx: StaffContext, row: OrderWithLines): Promise<string | null> {
  const billable = row.lines.filter((l) => l.billableQuantity > 0);
  if (billable.length === 0) return null;
  const { tenant, today } = await billing(ctx);
  const draft = await insertDraft(ctx, tenant, {
    customerId: row.customerId,
    notes: `Supply order ${row.number}`,
    lines: billable.map((l) => ({ description: `${l.name} (${l.sku})`, quantity: l.billableQuantity, unitPriceMinor: l.unitPriceMinor, taxRateBp: l.taxRateBp })),
  });
  const issued = await issueAndSend(ctx, tenant, draft, today);
  return issued.id;
}

export function shipSupplyOrder(ctx: StaffContext, id: string, carrier: string, trackingNumber: string): Promise<AdminSupplyOrder> {
  const shippedBy = words('carrier', carrier, 100, 'the carrier');
  const tracking = words('trackingNumber', trackingNumber, 100, 'the tracking number');
  return move(ctx, id, 'SHIPPED', async (row) => ({
    shippedAt: ctx.now(),
    carrier: shippedBy,
    trackingNumber: tracking,
    invoiceId: row.invoiceId ?? (await invoiceBillable(ctx, row)),
  }));
}

export function deliverSupplyOrder(ctx: StaffContext, id: string): Promise<AdminSupplyOrder> {
  return move(ctx, id, 'DELIVERED', () => ({ deliveredAt: ctx.now() }));
}

export function rejectSupplyOrder(ctx: StaffContext, id: string, reason: string): Promise<AdminSupplyOrder> {
  const why = words('reason', reason, MAX_REASON, 'the reason');
  return move(ctx, id, 'REJECTED', () => ({ cancelledAt: ctx.now(), statusReason: why }));
}

export function cancelSupplyOrder(ctx: StaffContext, id: string, reason: string): Promise<AdminSupplyOrder> {
  const why = words('reason', reason, MAX_REASON, 'the reason');
  return move(ctx, id, 'CANCELLED', () => ({ cancelledAt: ctx.now(), statusReason: why }));
}
