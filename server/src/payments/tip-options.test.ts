import { describe, expect, it } from 'vitest';
import { checkedTip, checkedTipPresets, tipOffer } from './tip-options.js';

const base = { tipsEnabled: true, presetsPercent: [10, 15, 20], jobCompleted: true, totalMinor: 12345, amountDueMinor: 12345, currency: 'USD' };

describe('tip options', () => {
  it('presets are rounded percentages of the total, capped at the total', () => {
    expect(tipOffer(base)).toEqual({
      currency: 'USD',
      baseMinor: 12345,
      maxTipMinor: 12345,
      presets: [
        { percent: 10, amountMinor: 1235 },
        { percent: 15, amountMinor: 1852 },
        { percent: 20, amountMinor: 2469 },
      ],
    });
  });

  it('no offer when tips are off, the job is not completed or nothing is due', () => {
    expect(tipOffer({ ...base, tipsEnabled: false })).toBeNull();
    expect(tipOffer({ ...base, jobCompleted: false })).toBeNull();
    expect(tipOffer({ ...base, amountDueMinor: 0 })).toBeNull();
  });

  it('a tip is checked against the offer', () => {
    const offer = tipOffer(base);
    expect(checkedTip(null, null)).toBe(0);
    expect(checkedTip(500, offer)).toBe(500);
    expect(() => checkedTip(500, null)).toThrow('Tips are not offered on this invoice.');
    expect(() => checkedTip(12346, offer)).toThrow('This tip is larger than the invoice itself.');
    expect(() => checkedTip(1.5, offer)).toThrow('Enter a tip of zero or more.');
  });

  it('presets are 1 to 4 distinct whole percentages, sorted', () => {
    expect(checkedTipPresets([20, 10])).toEqual([10, 20]);
    expect(() => checkedTipPresets([])).toThrow();
    expect(() => checkedTipPresets([10, 10])).toThrow();
    expect(() => checkedTipPresets([0])).toThrow();
    expect(() => checkedTipPresets([5, 10, 15, 20, 25])).toThrow();
  });
});
