import { describe, expect, it } from 'vitest';
import { depositFor, priceSelection, type PricedItem, type QuoteContent } from './quote-math.js';

const item = (id: string, kind: PricedItem['kind'], unitPriceMinor: number, taxRateBp = 0, optionId: string | null = null, quantity = 1): PricedItem => ({
  id,
  kind,
  optionId,
  quantity,
  unitPriceMinor,
  taxRateBp,
});

const furnace: QuoteContent = {
  items: [
    item('diag', 'COMMON', 9_900, 825),
    item('repair', 'OPTION', 45_000, 825, 'opt-repair'),
    item('unit', 'OPTION', 320_000, 825, 'opt-replace'),
    item('install', 'OPTION', 80_000, 0, 'opt-replace'),
    item('thermostat', 'OPTIONAL', 24_900, 825),
    item('filters', 'OPTIONAL', 1_500, 0, null, 4),
  ],
  optionIds: ['opt-repair', 'opt-replace'],
  deposit: { kind: 'PERCENT', value: 2500 },
};

describe('quote math', () => {
  it('prices the common items with the option chosen, tax per line rounded half up as on invoices', () => {
    // 9900 × 8.25 % = 816.75 → 817; 45000 × 8.25 % = 3712.5 → 3713
    expect(priceSelection(furnace, { optionId: 'opt-repair' })).toEqual({ subtotalMinor: 54_900, taxMinor: 4_530, totalMinor: 59_430, depositMinor: 14_858 });
  });

  it('adds only the add-ons ticked, with their quantities', () => {
    const totals = priceSelection(furnace, { optionId: 'opt-replace', optionalItemIds: ['thermostat', 'filters'] });
    // 9900 + 320000 + 80000 + 24900 + 6000
    expect(totals.subtotalMinor).toBe(440_800);
    // 817 + 26400 + 0 + 2054 (24900 × 8.25 % = 2054.25) + 0
    expect(totals.taxMinor).toBe(29_271);
    expect(totals.totalMinor).toBe(470_071);
    expect(totals.depositMinor).toBe(117_518); // 25 % of 470071 = 117517.75
  });

  it('refuses a selection without an option when the quote has options, with a foreign option, or a foreign add-on', () => {
    const reason = (selection: Parameters<typeof priceSelection>[1]): unknown => {
      try {
        priceSelection(furnace, selection);
        return null;
      } catch (error) {
        return (error as { extensions?: { reason?: string } }).extensions?.reason;
      }
    };
    expect(reason({})).toBe('OPTION_REQUIRED');
    expect(reason({ optionId: 'nope' })).toBe('NOT_QUOTE_OPTION');
    expect(reason({ optionId: 'opt-repair', optionalItemIds: ['repair'] })).toBe('NOT_QUOTE_ADD_ON');
  });

  it('takes no option on a quote without options', () => {
    const plain: QuoteContent = { items: [item('a', 'COMMON', 1_000)], optionIds: [], deposit: { kind: 'NONE', value: 0 } };
    expect(priceSelection(plain, {})).toEqual({ subtotalMinor: 1_000, taxMinor: 0, totalMinor: 1_000, depositMinor: 0 });
    expect(() => priceSelection(plain, { optionId: 'x' })).toThrow();
  });

  it('asks a fixed deposit capped at the total, a percentage rounded half up, nothing of nothing', () => {
    expect(depositFor({ kind: 'FIXED', value: 50_000 }, 30_000)).toBe(30_000);
    expect(depositFor({ kind: 'FIXED', value: 50_000 }, 80_000)).toBe(50_000);
    expect(depositFor({ kind: 'PERCENT', value: 3333 }, 150)).toBe(50); // 49.995 → 50
    expect(depositFor({ kind: 'PERCENT', value: 10_000 }, 12_345)).toBe(12_345);
    expect(depositFor({ kind: 'NONE', value: 0 }, 12_345)).toBe(0);
    expect(depositFor({ kind: 'PERCENT', value: 2500 }, 0)).toBe(0);
  });
});
