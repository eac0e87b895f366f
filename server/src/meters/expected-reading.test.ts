import { describe, expect, it } from 'vitest';
import { expectedReading, meterTrend, type ReadingPoint } from './expected-reading.js';

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const read = (d: string, value: number, more: Partial<ReadingPoint> = {}): ReadingPoint => ({
  value,
  readAt: day(d),
  source: 'PORTAL',
  status: 'ACCEPTED',
  resetsCounter: false,
  ...more,
});

describe('expectedReading', () => {
  it('is null before any actual reading', () => {
    expect(expectedReading([], day('2026-03-01'))).toBeNull();
    expect(expectedReading([read('2026-01-01', 100, { source: 'ESTIMATE' })], day('2026-03-01'))).toBeNull();
  });

  it('stays at a single reading (no volume known yet)', () => {
    expect(expectedReading([read('2026-01-01', 1000)], day('2026-02-01'))).toBe(1000);
  });

  it('adds the average daily volume times the days since the last reading', () => {
    // 3000 units over 30 days = 100 a day; 10 days later: 4000 + 1000.
    const history = [read('2026-01-01', 1000), read('2026-01-21', 3000), read('2026-01-31', 4000)];
    expect(expectedReading(history, day('2026-02-10'))).toBe(5000);
  });

  it('does not count estimates, flagged or rejected readings as actual', () => {
    const history = [
      read('2026-01-01', 1000),
      read('2026-01-31', 4000),
      read('2026-02-28', 99_999, { source: 'ESTIMATE' }),
      read('2026-02-05', 90_000, { status: 'FLAGGED' }),
      read('2026-02-06', 80_000, { status: 'REJECTED' }),
    ];
    expect(expectedReading(history, day('2026-02-10'))).toBe(5000);
  });

  it('starts a new series at a reading that resets the counter', () => {
    const history = [read('2026-01-01', 900_000), read('2026-01-31', 990_000), read('2026-02-01', 10, { source: 'STAFF', resetsCounter: true }), read('2026-02-11', 510)];
    // 500 units in 10 days since the reset: 50 a day.
    expect(meterTrend(history, day('2026-02-11'))?.dailyVolume).toBe(50);
    expect(expectedReading(history, day('2026-02-21'))).toBe(1010);
  });

  it('ignores readings after the moment asked about', () => {
    const history = [read('2026-01-01', 1000), read('2026-01-11', 2000), read('2026-03-01', 50_000)];
    expect(expectedReading(history, day('2026-01-21'))).toBe(3000);
  });
});
