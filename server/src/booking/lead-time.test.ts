// The lead time as a pure function of the rule, the start and a given clock.
import { describe, expect, it } from 'vitest';
import { earliestBookableStart, meetsLeadTime } from './lead-time.js';

const NOW = new Date('2026-11-20T15:00:00.000Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('the lead time', () => {
  it('a start exactly the lead time ahead is bookable, a minute less is not', () => {
    const rules = { minLeadMinutes: 120 };
    expect(earliestBookableStart(rules, NOW)).toEqual(minutes(120));
    expect(meetsLeadTime(rules, minutes(120), NOW)).toBe(true);
    expect(meetsLeadTime(rules, minutes(119), NOW)).toBe(false);
    expect(meetsLeadTime(rules, minutes(24 * 60), NOW)).toBe(true);
  });

  it('without a lead time any start from now on is bookable', () => {
    expect(meetsLeadTime({ minLeadMinutes: 0 }, NOW, NOW)).toBe(true);
    expect(meetsLeadTime({ minLeadMinutes: 0 }, minutes(-1), NOW)).toBe(false);
  });

  it('moves with the clock', () => {
    const rules = { minLeadMinutes: 60 };
    expect(meetsLeadTime(rules, minutes(90), minutes(29))).toBe(true);
    expect(meetsLeadTime(rules, minutes(90), minutes(31))).toBe(false);
  });
});
