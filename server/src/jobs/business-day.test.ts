import { describe, expect, it } from 'vitest';
import { businessDay } from './business-day.js';

describe('businessDay', () => {
  it("is the business's calendar day, not UTC's: 23:30 in Chicago is already tomorrow in UTC", () => {
    expect(businessDay('America/Chicago', new Date('2026-11-21T05:30:00Z'))).toEqual({
      date: '2026-11-20',
      start: new Date('2026-11-20T06:00:00Z'),
      end: new Date('2026-11-21T06:00:00Z'),
    });
  });

  it('a day when clocks go back lasts 25 hours', () => {
    const day = businessDay('America/Chicago', new Date('2026-11-01T12:00:00Z'));
    expect(day.date).toBe('2026-11-01');
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * 3_600_000);
  });

  it('a zone whose clocks skip midnight starts the day at 01:00', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 6 September 2026.
    const day = businessDay('America/Santiago', new Date('2026-09-06T15:00:00Z'));
    expect(day.date).toBe('2026-09-06');
    expect(day.start).toEqual(new Date('2026-09-06T04:00:00Z'));
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * 3_600_000);
  });
});
