import { describe, expect, it } from 'vitest';
import { mayMoveSupplyOrder, nextSupplyOrderStates } from './supply-order-status.js';

describe('supply order status', () => {
  it.each([
    ['SUBMITTED', ['APPROVED', 'REJECTED', 'CANCELLED']],
    ['APPROVED', ['SHIPPED', 'CANCELLED']],
    ['SHIPPED', ['DELIVERED']],
    ['DELIVERED', []],
    ['CANCELLED', []],
    ['REJECTED', []],
  ] as const)('staff may move a %s order to %j', (from, next) => {
    expect(nextSupplyOrderStates('staff', from)).toEqual(next);
  });

  it('a customer may only cancel an order still submitted', () => {
    expect(nextSupplyOrderStates('customer', 'SUBMITTED')).toEqual(['CANCELLED']);
    for (const status of ['APPROVED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REJECTED'] as const) {
      expect(nextSupplyOrderStates('customer', status)).toEqual([]);
    }
  });

  it('never ships before approval, nor moves back, nor reopens a closed order', () => {
    expect(mayMoveSupplyOrder('staff', 'SUBMITTED', 'SHIPPED')).toBe(false);
    expect(mayMoveSupplyOrder('staff', 'SHIPPED', 'APPROVED')).toBe(false);
    expect(mayMoveSupplyOrder('staff', 'SHIPPED', 'CANCELLED')).toBe(false);
    expect(mayMoveSupplyOrder('staff', 'CANCELLED', 'SUBMITTED')).toBe(false);
    expect(mayMoveSupplyOrder('customer', 'SUBMITTED', 'APPROVED')).toBe(false);
  });
});
