import { describe, expect, it } from 'vitest';
import { projectUsage } from './usage-projection.js';

const rate = { includedVolume: 10_000, tiers: [{ upTo: null, rateMinorPerThousand: 890 }] };
const opening = { value: 100_000, at: new Date('2026-03-02T05:00:00Z') };
const closesAt = new Date('2026-04-02T04:00:00Z');

describe('usage projection', () => {
  it('projects the volume at the pace since the opening reading', () => {
    // 6,000 pages in 10 days: 600 a day; 20 days and 23 hours left (the clocks change) → 12,575 more.
    const latest = { value: 106_000, at: new Date('2026-03-12T05:00:00Z') };
    const projection = projectUsage({ opening, latest, volumeSoFar: 6_000, closesAt, fallbackDailyVolume: null, rate });
    expect(projection).toEqual({
      volumeThisPeriod: 6_000,
      allowanceLeft: 4_000,
      projectedVolume: 6_000 + 12_575,
      projectedOverageVolume: 8_575,
      projectedOverageMinor: 7_632, // 8,575 × 0.89 = 7,631.75
    });
  });

  it('no allowance left once the included volume is used', () => {
    const latest = { value: 112_000, at: new Date('2026-04-01T05:00:00Z') };
    const projection = projectUsage({ opening, latest, volumeSoFar: 12_000, closesAt, fallbackDailyVolume: null, rate });
    expect(projection.allowanceLeft).toBe(0);
    expect(projection.projectedVolume).toBe(12_000 + Math.round((12_000 / 30) * (23 / 24)));
  });

  it('without a day of readings this period, uses the previous period’s pace', () => {
    const latest = { value: 100_000, at: opening.at };
    const projection = projectUsage({ opening, latest, volumeSoFar: 0, closesAt, fallbackDailyVolume: 300, rate });
    expect(projection.projectedVolume).toBe(Math.round(300 * (30 + 23 / 24)));
  });

  it('without any pace, projects what was counted', () => {
    const latest = { value: 100_500, at: new Date('2026-03-02T12:00:00Z') };
    expect(projectUsage({ opening, latest, volumeSoFar: 500, closesAt, fallbackDailyVolume: null, rate }).projectedVolume).toBe(500);
    expect(projectUsage({ opening: null, latest: null, volumeSoFar: 0, closesAt, fallbackDailyVolume: 300, rate }).projectedVolume).toBe(0);
  });

  it('a proposed reading below the opening one counts as no volume', () => {
    const latest = { value: 99_000, at: new Date('2026-03-12T05:00:00Z') };
    expect(projectUsage({ opening, latest, volumeSoFar: -1_000, closesAt, fallbackDailyVolume: null, rate })).toMatchObject({
      volumeThisPeriod: 0,
      allowanceLeft: 10_000,
      projectedVolume: 0,
    });
  });
});
