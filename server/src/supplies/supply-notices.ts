// Who hears of a supply order: the office of a new order (staff alert supplyOrderPlaced, for the
// roles the business chose), the customer of each status change the office makes (kind
// supplyOrderUpdated: the bell and an email in their language, per their preferences). In the
// transaction of the change, so a change that rolls back tells nobody.
import type { ScopedContext } from '../context/context.js';
import type { SupplyOrder as OrderRow, SupplyOrderLine as LineRow } from '../generated/prisma/client.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { notifyCustomer, notifyStaff } from '../notifications/notify.js';
import { billableTotals } from './supplies.service.js';

export async function notifyOrderPlaced(ctx: ScopedContext, order: OrderRow & { lines: LineRow[] }, customerName: string): Promise<void> {
  const tenant = await scopeTenant(ctx);
  await notifyStaff(ctx, {
    kind: 'supplyOrderPlaced',
    subject: { type: 'supply_order', id: order.id },
    params: { customer: customerName, number: order.number, amountMinor: billableTotals(order.lines).totalMinor, currency: tenant.currency },
  });
}

export async function notifyOrderUpdated(ctx: ScopedContext, order: OrderRow): Promise<void> {
  await notifyCustomer(ctx, {
    customerId: order.customerId,
    kind: 'supplyOrderUpdated',
    subject: { type: 'supply_order', id: order.id },
    params: { number: order.number, status: order.status },
  });
}
