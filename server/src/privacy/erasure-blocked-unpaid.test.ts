import { describe, expect, it } from 'vitest';
import { unpaidBalanceBlocksErasure } from './erasure-blocked-unpaid.js';

const invoice = (status: 'draft' | 'issued' | 'paid' | 'void', totalMinor: number, paidMinor = 0, creditedMinor = 0) => ({ status, totalMinor, paidMinor, creditedMinor });

describe('an unpaid balance blocks erasure', () => {
  it('blocks while an issued invoice still has something due', () => {
    expect(unpaidBalanceBlocksErasure([invoice('issued', 10000, 4000)])).toBe(true);
  });
  it('does not block for invoices paid, credited in full, void or still drafts, nor with no invoice', () => {
    expect(unpaidBalanceBlocksErasure([])).toBe(false);
    expect(unpaidBalanceBlocksErasure([invoice('paid', 10000, 10000), invoice('void', 5000), invoice('draft', 7000), invoice('issued', 8000, 3000, 5000)])).toBe(false);
  });
});
