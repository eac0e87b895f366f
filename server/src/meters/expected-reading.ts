// What a meter should read at a moment, the way dealers' billing systems estimate it: the last
// actual reading plus the average daily volume of the meter's current series times the days since.
// Actual means read (portal, email, API, staff) and counted: ACCEPTED or APPROVED, never an estimate,
// never a reading still FLAGGED for review or REJECTED. A reading that resets the counter (a meter
// replaced, a rollover) starts a new series: volume before it says nothing about the new count.
import type { MeterReadingSource, MeterReadingStatus } from '../generated/prisma/enums.js';

export interface ReadingPoint {
  value: number;
  readAt: Date;
  source: MeterReadingSource;
  status: MeterReadingStatus;
  resetsCounter: boolean;
}

export interface MeterTrend {
  /** The last actual reading of the current series. */
  last: ReadingPoint;
  /** Average units a day over the current series; 0 with a single reading. */
  dailyVolume: number;
}

const DAY_MS = 86_400_000;

/** Whether a reading is a counted, actual one (the base of expectations and of the not-lower rule). */
export function isActualReading(reading: Pick<ReadingPoint, 'source' | 'status'>): boolean {
  return reading.source !== 'ESTIMATE' && (reading.status === 'ACCEPTED' || reading.status === 'APPROVED');
}

/** The last actual reading and the average daily volume of its series, or null before any actual reading. */
export function meterTrend(history: readonly ReadingPoint[], at: Date): MeterTrend | null {
  const actual = history.filter((r) => isActualReading(r) && r.readAt.getTime() <= at.getTime()).sort((a, b) => a.readAt.getTime() - b.readAt.getTime());
  const last = actual.at(-1);
  if (!last) return null;
  let start = 0;
  actual.forEach((reading, index) => {
    if (reading.resetsCounter) start = index;
  });
  const first = actual[start] ?? last;
  const days = (last.readAt.getTime() - first.readAt.getTime()) / DAY_MS;
  const dailyVolume = days > 0 ? Math.max(0, (last.value - first.value) / days) : 0;
  return { last, dailyVolume };
}

/** The counter value expected at `at` (rounded to a whole unit), or null before any actual reading. */
export function expectedReading(history: readonly ReadingPoint[], at: Date): number | null {
  const trend = meterTrend(history, at);
  if (!trend) return null;
  const days = Math.max(0, (at.getTime() - trend.last.readAt.getTime()) / DAY_MS);
  return Math.round(trend.last.value + trend.dailyVolume * days);
}
