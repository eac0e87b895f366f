import { describe, expect, it } from 'vitest';
import { divideRoundingHalfUp, meterCharge, periodCharge, tierProblem } from './meter-charge.js';

describe('meter charge', () => {
  it('volume within the included volume costs nothing beyond the base', () => {
    const charge = meterCharge(8_000, { includedVolume: 10_000, tiers: [{ upTo: null, rateMinorPerThousand: 890 }] });
    expect(charge).toMatchObject({ usedIncluded: 8_000, overageVolume: 0, bands: [], amountMinor: 0 });
  });

  it('a single rate prices the overage per thousand, rounded half up once', () => {
    // 2,345 × 0.89 = 2,087.05 → 2,087
    const charge = meterCharge(12_345, { includedVolume: 10_000, tiers: [{ upTo: null, rateMinorPerThousand: 890 }] });
    expect(charge).toMatchObject({ overageVolume: 2_345, amountMinor: 2_087, bands: [{ volume: 2_345, rateMinorPerThousand: 890 }] });
    // 1,500 × 0.893 = 1,339.5 → 1,340
    expect(meterCharge(1_500, { includedVolume: 0, tiers: [{ upTo: null, rateMinorPerThousand: 893 }] }).amountMinor).toBe(1_340);
  });

  it('tiers are cumulative bands of the overage', () => {
    const rate = {
      includedVolume: 1_000,
      tiers: [
        { upTo: 5_000, rateMinorPerThousand: 1_000 },
        { upTo: 10_000, rateMinorPerThousand: 800 },
        { upTo: null, rateMinorPerThousand: 500 },
      ],
    };
    const charge = meterCharge(13_000, rate);
    expect(charge.bands).toEqual([
      { volume: 5_000, rateMinorPerThousand: 1_000 },
      { volume: 5_000, rateMinorPerThousand: 800 },
      { volume: 2_000, rateMinorPerThousand: 500 },
    ]);
    expect(charge.amountMinor).toBe(5_000 + 4_000 + 1_000);
    expect(meterCharge(4_000, rate).bands).toEqual([{ volume: 3_000, rateMinorPerThousand: 1_000 }]);
  });

  it('no tiers: volume beyond the included one is not charged', () => {
    expect(meterCharge(50_000, { includedVolume: 10_000, tiers: [] })).toMatchObject({ overageVolume: 40_000, amountMinor: 0 });
  });

  it('a negative volume counts as none', () => {
    expect(meterCharge(-20, { includedVolume: 0, tiers: [{ upTo: null, rateMinorPerThousand: 1_000 }] }).amountMinor).toBe(0);
  });

  it('rounds half up in integers', () => {
    expect(divideRoundingHalfUp(1_500, 1_000)).toBe(2);
    expect(divideRoundingHalfUp(1_499, 1_000)).toBe(1);
    expect(divideRoundingHalfUp(0, 1_000)).toBe(0);
  });

  it('the minimum tops the period up, base and overage counted', () => {
    expect(periodCharge({ baseChargeMinor: 2_000, minimumMinor: 5_000 }, [1_000])).toEqual({ baseMinor: 2_000, overageMinor: 1_000, minimumTopUpMinor: 2_000, totalMinor: 5_000 });
    expect(periodCharge({ baseChargeMinor: 2_000, minimumMinor: 5_000 }, [2_500, 1_000])).toEqual({
      baseMinor: 2_000,
      overageMinor: 3_500,
      minimumTopUpMinor: 0,
      totalMinor: 5_500,
    });
    expect(periodCharge({ baseChargeMinor: 3_000, minimumMinor: 0 }, [])).toEqual({ baseMinor: 3_000, overageMinor: 0, minimumTopUpMinor: 0, totalMinor: 3_000 });
  });

  it('tiers must end increasing with only the last open-ended', () => {
    expect(tierProblem([])).toBeNull();
    expect(tierProblem([{ upTo: null, rateMinorPerThousand: 1 }])).toBeNull();
    expect(
      tierProblem([
        { upTo: 10, rateMinorPerThousand: 1 },
        { upTo: null, rateMinorPerThousand: 1 },
      ]),
    ).toBeNull();
    expect(tierProblem([{ upTo: 10, rateMinorPerThousand: 1 }])).not.toBeNull();
    expect(
      tierProblem([
        { upTo: null, rateMinorPerThousand: 1 },
        { upTo: null, rateMinorPerThousand: 1 },
      ]),
    ).not.toBeNull();
    expect(
      tierProblem([
        { upTo: 10, rateMinorPerThousand: 1 },
        { upTo: 10, rateMinorPerThousand: 1 },
        { upTo: null, rateMinorPerThousand: 1 },
      ]),
    ).not.toBeNull();
  });
});
