import { describe, expect, it } from 'vitest';
import { addDays, localParts, mondayOf, nextWallClock, todayIn, wallClockIn, zonedInstant, zonedToIso } from './zoned';

describe('zoned days and times', () => {
  it('reads an instant as the business’s wall clock', () => {
    expect(localParts('2026-11-21T03:30:00Z', 'America/Chicago')).toEqual({ date: '2026-11-20', time: '21:30' });
    expect(todayIn('Europe/Paris', new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
  });

  it('turns a wall-clock time into the right instant on both sides of a DST change', () => {
    expect(zonedInstant('2026-03-07', '09:00', 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
    expect(zonedInstant('2026-03-09', '09:00', 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
    expect(zonedInstant('2026-10-26', '09:00', 'Europe/Paris')).toBe('2026-10-26T08:00:00.000Z');
    expect(zonedToIso('2026-10-24T09:00', 'Europe/Paris')).toBe('2026-10-24T07:00:00.000Z');
    expect(zonedToIso('not a time', 'Europe/Paris')).toBeNull();
  });

  it('steps calendar days and finds the week’s Monday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });

  it('an arrival time picked on the wall clock is the next one: today’s, or tomorrow’s once it has passed', () => {
    // 13:05 in Chicago.
    const now = new Date('2026-11-20T19:05:00Z');
    expect(nextWallClock('14:20', 'America/Chicago', now)).toBe('2026-11-20T20:20:00.000Z');
    expect(nextWallClock('13:05', 'America/Chicago', now)).toBe('2026-11-21T19:05:00.000Z');
    // 23:40 in Paris: 00:10 is after midnight.
    expect(nextWallClock('00:10', 'Europe/Paris', new Date('2026-11-20T22:40:00Z'))).toBe('2026-11-20T23:10:00.000Z');
  });

  it('a first guess for the picker: minutes from now on the wall clock, up to the next 5 minutes', () => {
    expect(wallClockIn(30, 'America/Chicago', new Date('2026-11-20T19:05:00Z'))).toBe('13:35');
    expect(wallClockIn(30, 'America/Chicago', new Date('2026-11-20T19:06:10Z'))).toBe('13:40');
    expect(wallClockIn(30, 'Europe/Paris', new Date('2026-11-20T22:40:00Z'))).toBe('00:10');
  });
});
