// A counter only goes up: a reading lower than the meter's previous one is refused, unless staff
// mark it a meter replacement or rollover (resetsCounter). "Previous" is the last actual reading at
// or before it that was not rejected (a reading still flagged for review counts: staff reject a
// wrong one first). Estimates are not actual: a real reading below an estimate is the true-up.
import type { ReadingPoint } from './expected-reading.js';

export const READING_BELOW_PREVIOUS = 'READING_BELOW_PREVIOUS';

/** The last actual, not rejected reading at or before `at`. */
export function previousActualReading<T extends ReadingPoint>(history: readonly T[], at: Date): T | null {
  let previous: T | null = null;
  for (const reading of history) {
    if (reading.source === 'ESTIMATE' || reading.status === 'REJECTED') continue;
    if (reading.readAt.getTime() > at.getTime()) continue;
    if (!previous || reading.readAt.getTime() >= previous.readAt.getTime()) previous = reading;
  }
  return previous;
}

/** Whether `value` may be recorded after `previous`: never lower, except when the counter was reset. */
export function readingNotLower(value: number, previous: Pick<ReadingPoint, 'value'> | null, resetsCounter: boolean): boolean {
  return resetsCounter || previous === null || value >= previous.value;
}
