import { describe, expect, it } from 'vitest';
import type { ReadingPoint } from './expected-reading.js';
import { previousActualReading, readingNotLower } from './reading-not-lower.js';

const at = (d: string) => new Date(`${d}T12:00:00Z`);
const read = (d: string, value: number, more: Partial<ReadingPoint> = {}): ReadingPoint => ({ value, readAt: at(d), source: 'PORTAL', status: 'ACCEPTED', resetsCounter: false, ...more });

describe('a reading not lower than the previous one', () => {
  const history = [read('2026-01-01', 1000), read('2026-02-01', 2000)];

  it('refuses a rollback', () => {
    expect(readingNotLower(1999, previousActualReading(history, at('2026-02-10')), false)).toBe(false);
  });

  it('takes the same value or more', () => {
    expect(readingNotLower(2000, previousActualReading(history, at('2026-02-10')), false)).toBe(true);
    expect(readingNotLower(2500, previousActualReading(history, at('2026-02-10')), false)).toBe(true);
  });

  it('takes a lower value when staff mark a counter reset', () => {
    expect(readingNotLower(5, previousActualReading(history, at('2026-02-10')), true)).toBe(true);
  });

  it('takes anything as the first reading', () => {
    expect(readingNotLower(0, previousActualReading([], at('2026-02-10')), false)).toBe(true);
  });

  it('lets a real reading below an estimate through (the true-up)', () => {
    const withEstimate = [...history, read('2026-03-01', 3100, { source: 'ESTIMATE' })];
    expect(previousActualReading(withEstimate, at('2026-03-05'))?.value).toBe(2000);
    expect(readingNotLower(2900, previousActualReading(withEstimate, at('2026-03-05')), false)).toBe(true);
  });

  it('ignores rejected readings but counts one still flagged', () => {
    expect(previousActualReading([...history, read('2026-02-05', 90_000, { status: 'REJECTED' })], at('2026-02-10'))?.value).toBe(2000);
    expect(previousActualReading([...history, read('2026-02-05', 90_000, { status: 'FLAGGED' })], at('2026-02-10'))?.value).toBe(90_000);
  });

  it('compares with the reading before it, not a later one', () => {
    expect(previousActualReading(history, at('2026-01-15'))?.value).toBe(1000);
  });
});
