import { describe, expect, it } from 'vitest';
import { periodVolume, trueUp } from './estimate-true-up.js';

const rate = { includedVolume: 1_000, tiers: [{ upTo: null, rateMinorPerThousand: 1_000 }] };

describe('period volume and the true-up of estimates', () => {
  it('is the closing reading less the opening one', () => {
    expect(
      periodVolume(10_000, [
        { value: 11_000, resetsCounter: false },
        { value: 12_345, resetsCounter: false },
      ]),
    ).toBe(2_345);
    expect(periodVolume(10_000, [])).toBe(0);
  });

  it('a replaced meter starts a new count', () => {
    // 10,000 → 10,400 on the old meter, then the new one reads 50 at install and 650 at the close.
    const readings = [
      { value: 10_400, resetsCounter: false },
      { value: 50, resetsCounter: true },
      { value: 650, resetsCounter: false },
    ];
    expect(periodVolume(10_000, readings)).toBe(400 + 600);
  });

  it('goes negative when the actual reading is below the opening estimate', () => {
    expect(periodVolume(15_000, [{ value: 14_200, resetsCounter: false }])).toBe(-800);
  });

  it('a positive volume bills as it is', () => {
    expect(trueUp(2_000, { estimated: true, volume: 3_000, amountMinor: 2_000 }, rate)).toEqual({ volume: 2_000, creditMinor: 0 });
  });

  it('an over-estimate is credited by re-rating the previous period at the actual count', () => {
    // Previous period billed an estimated 3,000 (2,000 over at 1.00 = 2,000); the meter had only
    // counted 2,200 by now, so that period is worth 1,200 over: 800 back.
    expect(trueUp(-800, { estimated: true, volume: 3_000, amountMinor: 2_000 }, rate)).toEqual({ volume: 0, creditMinor: 800 });
  });

  it('the credit never exceeds what the previous period charged', () => {
    expect(trueUp(-5_000, { estimated: true, volume: 3_000, amountMinor: 2_000 }, rate)).toEqual({ volume: 0, creditMinor: 2_000 });
  });

  it('an over-estimate inside the included volume gives nothing back', () => {
    expect(trueUp(-100, { estimated: true, volume: 800, amountMinor: 0 }, rate)).toEqual({ volume: 0, creditMinor: 0 });
  });

  it('a count that went back after an actual reading bills nothing and credits nothing', () => {
    expect(trueUp(-300, { estimated: false, volume: 3_000, amountMinor: 2_000 }, rate)).toEqual({ volume: 0, creditMinor: 0 });
    expect(trueUp(-300, null, rate)).toEqual({ volume: 0, creditMinor: 0 });
  });
});
