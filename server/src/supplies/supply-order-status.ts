// A supply order's status, and the one table of who may move it where. Clients read an order's
// nextStates (for their side); nothing else decides whether a move is allowed.
import type { SupplyOrderStatus } from '../generated/prisma/enums.js';

/** Who is moving the order: the customer who placed it, or the business's office. */
export type SupplySide = 'customer' | 'staff';

const MOVES: Record<SupplySide, Record<SupplyOrderStatus, readonly SupplyOrderStatus[]>> = {
  // A customer may take back an order nobody has looked at yet; after that it is the office's.
  customer: {
    SUBMITTED: ['CANCELLED'],
    APPROVED: [],
    SHIPPED: [],
    DELIVERED: [],
    CANCELLED: [],
    REJECTED: [],
  },
  staff: {
    SUBMITTED: ['APPROVED', 'REJECTED', 'CANCELLED'],
    APPROVED: ['SHIPPED', 'CANCELLED'],
    SHIPPED: ['DELIVERED'],
    DELIVERED: [],
    CANCELLED: [],
    REJECTED: [],
  },
};

/** The statuses `side` may move an order in `status` to. */
export function nextSupplyOrderStates(side: SupplySide, status: SupplyOrderStatus): SupplyOrderStatus[] {
  return [...MOVES[side][status]];
}

export function mayMoveSupplyOrder(side: SupplySide, from: SupplyOrderStatus, to: SupplyOrderStatus): boolean {
  return MOVES[side][from].includes(to);
}

/** Orders that no longer count: their covered units go back to the allowance, their toner out of the usage check. */
export const WITHDRAWN_STATUSES: readonly SupplyOrderStatus[] = ['CANCELLED', 'REJECTED'];
