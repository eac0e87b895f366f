// The booking horizon as a pure function of the rule, the start and a given clock.
import { describe, expect, it } from 'vitest';
import { isWithinBookingHorizon, lastBookableDate } from './booking-horizon.js';

const rules = { maxAdvanceDays: 30, timeZone: 'America/Chicago' };

describe('the booking horizon', () => {
  it('counts calendar days in the business time zone: the whole last day is bookable, the next is not', () => {
    // Friday 20 Nov 2026, 09:00 in Chicago.
    const now = new Date('2026-11-20T15:00:00.000Z');
    expect(lastBookableDate(rules, now)).toBe('2026-12-20');
    expect(isWithinBookingHorizon(rules, new Date('2026-12-21T05:59:00.000Z'), now)).toBe(true); // 23:59 on 20 Dec
    expect(isWithinBookingHorizon(rules, new Date('2026-12-21T06:00:00.000Z'), now)).toBe(false); // 00:00 on 21 Dec
  });

  it("today is the business's, not UTC's", () => {
    // 23:30 on Friday 20 Nov in Chicago is already Saturday in UTC: the horizon still counts from Friday.
    const lateEvening = new Date('2026-11-21T05:30:00.000Z');
    expect(lastBookableDate(rules, lateEvening)).toBe('2026-12-20');
    expect(lastBookableDate({ ...rules, maxAdvanceDays: 1 }, lateEvening)).toBe('2026-11-21');
  });
});
