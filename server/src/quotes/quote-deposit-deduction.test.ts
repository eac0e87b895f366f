import { describe, expect, it } from 'vitest';
import { depositDeduction } from './quote-deposit-deduction.js';

describe('deposit deduction', () => {
  it('takes what is left of the deposit, at most the invoice’s total, never below zero', () => {
    expect(depositDeduction(25_000, 100_000)).toBe(25_000);
    expect(depositDeduction(25_000, 10_000)).toBe(10_000);
    expect(depositDeduction(0, 10_000)).toBe(0);
    expect(depositDeduction(25_000, 0)).toBe(0);
  });
});
