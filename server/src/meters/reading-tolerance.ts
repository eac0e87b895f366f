// A reading far from the expected volume is taken but flagged for staff review: its volume since
// the last actual reading beyond the business's tolerance (Tenant.meterTolerancePercent, e.g. 60 %)
// above or below the volume expected by then (average daily volume × days since). Without a known
// volume (a single reading so far, or a counter reset) nothing is flagged.
import type { MeterReadingFlag } from './meters.types.js';
import { meterTrend, type ReadingPoint } from './expected-reading.js';

const DAY_MS = 86_400_000;

export interface ToleranceCheck {
  /** What was expected at the reading's moment; null before any actual reading. */
  expectedValue: number | null;
  flag: `${MeterReadingFlag}` | null;
}

export function readingTolerance(history: readonly ReadingPoint[], value: number, readAt: Date, tolerancePercent: number, resetsCounter = false): ToleranceCheck {
  const trend = meterTrend(history, readAt);
  if (!trend) return { expectedValue: null, flag: null };
  const days = Math.max(0, (readAt.getTime() - trend.last.readAt.getTime()) / DAY_MS);
  const expectedVolume = trend.dailyVolume * days;
  const expectedValue = Math.round(trend.last.value + expectedVolume);
  if (resetsCounter || expectedVolume <= 0) return { expectedValue, flag: null };
  const volume = value - trend.last.value;
  const margin = (expectedVolume * tolerancePercent) / 100;
  if (volume > expectedVolume + margin) return { expectedValue, flag: 'ABOVE_EXPECTED' };
  if (volume < expectedVolume - margin) return { expectedValue, flag: 'BELOW_EXPECTED' };
  return { expectedValue, flag: null };
}
