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

  it('turns a stored calendar date into its day', () => {
    expect(toLocalDate(new Date('2026-02-28T00:00:00Z'))).toBe('2026-02-28');
    expect(toLocalDate(null)).toBeNull();
  });
});
