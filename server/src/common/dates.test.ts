import { describe, expect, it } from 'vitest';
import { todayIn, toLocalDate } from './dates.js';

describe('todayIn', () => {
  it("is the calendar day in the business's time zone, not the server's", () => {
    const instant = new Date('2026-12-04T03:00:00Z');
    expect(todayIn('America/Chicago', instant)).toBe('2026-12-03');
    expect(todayIn('Europe/Paris', instant)).toBe('2026-12-04');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-12-04T10:00:00Z'))).toBe('2026-12-05');
    // The same zone again (its formatter is reused) at another instant.
    expect(todayIn('America/Chicago', new Date('2026-12-04T06:00:00Z'))).toBe('2026-12-04');
  });

  it('turns the day at local midnight, also within a minute it has answered before, and in zones a quarter-hour off', () => {
    // Chicago's midnight is 06:00 UTC in December: the last second before and the first after.
    expect(todayIn('America/Chicago', new Date('2026-12-05T05:59:59.999Z'))).toBe('2026-12-04');
    expect(todayIn('America/Chicago', new Date('2026-12-05T06:00:00.000Z'))).toBe('2026-12-05');
    expect(todayIn('America/Chicago', new Date('2026-12-05T05:59:30.000Z'))).toBe('2026-12-04');
    // Nepal is UTC+05:45: its midnight is 18:15 UTC.
    expect(todayIn('Asia/Kathmandu', new Date('2026-12-05T18:14:59Z'))).toBe('2026-12-05');
    expect(todayIn('Asia/Kathmandu', new Date('2026-12-05T18:15:00Z'))).toBe('2026-12-06');
    expect(todayIn('Asia/Kathmandu', new Date('2026-12-05T18:14:00Z'))).toBe('2026-12-05');
  });

  it('turns a stored calendar date into its day', () => {
    expect(toLocalDate(new Date('2026-02-28T00:00:00Z'))).toBe('2026-02-28');
    expect(toLocalDate(null)).toBeNull();
  });
});
