import { describe, expect, it } from 'vitest';
import type { ReadingPoint } from './expected-reading.js';
import { readingTolerance } from './reading-tolerance.js';

const at = (d: string) => new Date(`${d}T12:00:00Z`);
const read = (d: string, value: number, more: Partial<ReadingPoint> = {}): ReadingPoint => ({ value, readAt: at(d), source: 'PORTAL', status: 'ACCEPTED', resetsCounter: false, ...more });

// 100 a day: 10 days after the last reading, 1000 more are expected.
const history = [read('2026-01-01', 1000), read('2026-01-31', 4000)];

describe('reading tolerance', () => {
  it('accepts a volume within the tolerance', () => {
    expect(readingTolerance(history, 5000, at('2026-02-10'), 60)).toEqual({ expectedValue: 5000, flag: null });
    expect(readingTolerance(history, 5600, at('2026-02-10'), 60).flag).toBeNull();
    expect(readingTolerance(history, 4400, at('2026-02-10'), 60).flag).toBeNull();
  });

  it('flags a jump above the tolerance', () => {
    expect(readingTolerance(history, 5601, at('2026-02-10'), 60)).toEqual({ expectedValue: 5000, flag: 'ABOVE_EXPECTED' });
  });

  it('flags a volume far below the expected one', () => {
    expect(readingTolerance(history, 4399, at('2026-02-10'), 60).flag).toBe('BELOW_EXPECTED');
  });

  it('follows the tenant tolerance', () => {
    expect(readingTolerance(history, 5300, at('2026-02-10'), 20).flag).toBe('ABOVE_EXPECTED');
  });

  it('flags nothing without a known volume, or on a counter reset', () => {
    expect(readingTolerance([read('2026-01-01', 1000)], 900_000, at('2026-02-10'), 60)).toEqual({ expectedValue: 1000, flag: null });
    expect(readingTolerance([], 900_000, at('2026-02-10'), 60)).toEqual({ expectedValue: null, flag: null });
    expect(readingTolerance(history, 3, at('2026-02-10'), 60, true).flag).toBeNull();
  });
});
