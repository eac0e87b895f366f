// The booking horizon: customers book at most `maxAdvanceDays` calendar days ahead, counted in the
// business's time zone from its today (a booking on the last day is allowed whatever its hour).
import { addDays, daysBetween, localParts } from './local-dates.js';

export interface BookingHorizonRules {
  maxAdvanceDays: number;
  timeZone: string;
}

/** The last local date (YYYY-MM-DD) customers may book, at `now`. */
export function lastBookableDate(rules: BookingHorizonRules, now: Date): string {
  return addDays(localParts(now, rules.timeZone).date, rules.maxAdvanceDays);
}

/** Whether `start` falls on or before the horizon's last day, at `now`. */
export function isWithinBookingHorizon(rules: BookingHorizonRules, start: Date, now: Date): boolean {
  return daysBetween(localParts(now, rules.timeZone).date, localParts(start, rules.timeZone).date) <= rules.maxAdvanceDays;
}
