import { describe, expect, it } from 'vitest';
import { warrantyEndDate, warrantyMonthsUpdate } from './warranty-months.js';

describe('the warranty', () => {
  it('runs the business’s months from the completion day, to the month’s last day when it is shorter', () => {
    expect(warrantyEndDate('2027-03-12', 12)).toBe('2028-03-12');
    expect(warrantyEndDate('2027-01-31', 1)).toBe('2027-02-28');
    expect(warrantyEndDate('2027-11-30', 3)).toBe('2028-02-29');
    expect(warrantyEndDate('2027-03-12', 0)).toBe('2027-03-12');
  });

  it('is set between 0 and 600 months; left out, it stays', () => {
    expect(warrantyMonthsUpdate({})).toEqual({});
    expect(warrantyMonthsUpdate({ warrantyMonths: null })).toEqual({});
    expect(warrantyMonthsUpdate({ warrantyMonths: 24 })).toEqual({ warrantyMonths: 24 });
    for (const bad of [-1, 601, 1.5]) expect(() => warrantyMonthsUpdate({ warrantyMonths: bad })).toThrow(/between 0 and 600/);
  });
});
