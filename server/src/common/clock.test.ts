import { describe, expect, it } from 'vitest';
import { readClockOffsetMs } from '../config.js';
import { shiftedClock } from './clock.js';

describe('the API clock', () => {
  it('runs the offset ahead of (or behind) the system clock, and keeps flowing with it', () => {
    let system = Date.parse('2026-12-03T09:00:00Z');
    const ahead = shiftedClock(18 * 3600_000, () => system);
    const behind = shiftedClock(-90 * 60_000, () => system);
    expect(ahead().toISOString()).toBe('2026-12-04T03:00:00.000Z');
    expect(behind().toISOString()).toBe('2026-12-03T07:30:00.000Z');
    system += 5 * 60_000;
    expect(ahead().toISOString()).toBe('2026-12-04T03:05:00.000Z');
    expect(shiftedClock(0, () => system)().getTime()).toBe(system);
  });

  it('reads PORTICO_CLOCK_OFFSET_MINUTES as minutes, negative or fractional; unset or empty is the system clock', () => {
    expect(readClockOffsetMs({})).toBe(0);
    expect(readClockOffsetMs({ PORTICO_CLOCK_OFFSET_MINUTES: '' })).toBe(0);
    expect(readClockOffsetMs({ PORTICO_CLOCK_OFFSET_MINUTES: '600' })).toBe(600 * 60_000);
    expect(readClockOffsetMs({ PORTICO_CLOCK_OFFSET_MINUTES: '-630', NODE_ENV: 'development' })).toBe(-630 * 60_000);
    expect(readClockOffsetMs({ PORTICO_CLOCK_OFFSET_MINUTES: '1.5', NODE_ENV: 'test' })).toBe(90_000);
  });

  it('refuses a moved clock in production, and a value that is not a number of minutes', () => {
    expect(() => readClockOffsetMs({ PORTICO_CLOCK_OFFSET_MINUTES: '60', NODE_ENV: 'production' })).toThrow(/cannot be set in production/);
    expect(() => readClockOffsetMs({ PORTICO_CLOCK_OFFSET_MINUTES: '3am' })).toThrow(/must be a number of minutes/);
    // Unset in production is the normal case.
    expect(readClockOffsetMs({ NODE_ENV: 'production' })).toBe(0);
  });
});
