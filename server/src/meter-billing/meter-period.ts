// A meter contract's billing periods: each ends on the billing day (inclusive) every periodMonths
// months, counted from the month the contract starts (the meters' reading reminders use the same
// billing days, meters/billing-days.ts); the first runs from startsOn to the first of those days
// after it, so it may be shorter than the others, and is billed in full (no proration); the last
// ends on endsOn. Calendar days are 'YYYY-MM-DD' in the business's time zone; a period's readings
// are those up to the end of its last day there (its closing instant).
import { TZDate } from '@date-fns/tz';

export interface PeriodTerms {
  startsOn: string;
  endsOn: string | null;
  periodMonths: number;
  billingDay: number;
}

/** First and last day, both included. */
export interface Period {
  start: string;
  end: string;
}

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function format(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/** `day` moved by whole days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return format(y, m, d + days);
}

/** Days from `from` to `to` (0 for the same day; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** The k-th billing day (from 0): the start month's billing day, or periodMonths later when that is not after startsOn. */
function billingDate(terms: PeriodTerms, k: number): string {
  const [y, m, d] = parts(terms.startsOn);
  // billingDay ≤ 28: every month has it, so month arithmetic is exact.
  const first = d < terms.billingDay ? 0 : terms.periodMonths;
  return format(y, m + first + k * terms.periodMonths, terms.billingDay);
}

/** The k-th period (from 0), cut at endsOn; null when the contract has ended before it starts. */
export function nthPeriod(terms: PeriodTerms, k: number): Period | null {
  const start = k === 0 ? terms.startsOn : addDays(billingDate(terms, k - 1), 1);
  if (terms.endsOn !== null && start > terms.endsOn) return null;
  const end = billingDate(terms, k);
  return { start, end: terms.endsOn !== null && terms.endsOn < end ? terms.endsOn : end };
}

/** The period `day` falls in; null before startsOn or after endsOn. */
export function periodContaining(terms: PeriodTerms, day: string): Period | null {
  if (day < terms.startsOn || (terms.endsOn !== null && day > terms.endsOn)) return null;
  // Months from the first period's end to `day`: a first guess, then step to the right period.
  const [y0, m0] = parts(billingDate(terms, 0));
  const [y, m] = parts(day);
  let k = Math.max(0, Math.floor(((y - y0) * 12 + (m - m0)) / terms.periodMonths));
  for (;;) {
    const period = nthPeriod(terms, k);
    if (!period) return null;
    if (day < period.start) k -= 1;
    else if (day > period.end) k += 1;
    else return period;
  }
}

/** The period that follows `period`; null when the contract ends with it. */
export function periodAfter(terms: PeriodTerms, period: Period): Period | null {
  return periodContaining(terms, addDays(period.end, 1));
}

/** The first period of the contract. */
export function firstPeriod(terms: PeriodTerms): Period {
  const period = nthPeriod(terms, 0);
  if (!period) throw new Error('a contract has at least one period');
  return period;
}

export function daysInPeriod(period: Period): number {
  return daysBetween(period.start, period.end) + 1;
}

/** Days of the period gone by on `today`, today included: 0 before it starts, all of them after. */
export function daysElapsed(period: Period, today: string): number {
  return Math.min(daysInPeriod(period), Math.max(0, daysBetween(period.start, today) + 1));
}

/** Midnight at the start of `day` in the time zone. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [y, m, d] = parts(day);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, timeZone).getTime());
}

/** When the period opens: midnight at the start of its first day in the business's zone. */
export function periodOpensAt(period: Period, timeZone: string): Date {
  return startOfDayIn(period.start, timeZone);
}

/** When the period closes: the end of its last day in the business's zone (the next midnight). */
export function periodClosesAt(period: Period, timeZone: string): Date {
  return startOfDayIn(addDays(period.end, 1), timeZone);
}
