// Until when a quote may be approved: its validity date is the last day, in the business's time
// zone. A sent quote read after that day is expired (not stored: the clock decides at each read).
import { todayIn } from '../common/dates.js';
import type { QuoteStatus as StoredQuoteStatus } from '../generated/prisma/enums.js';
import type { QuoteStatus } from './quotes.types.js';

/** Today in `timeZone` (YYYY-MM-DD) is after `validUntil` (YYYY-MM-DD). */
export function isPastValidity(validUntil: string, timeZone: string, now: Date): boolean {
  return todayIn(timeZone, now) > validUntil;
}

/** The status clients read: a sent quote past its validity date is expired. */
export function effectiveQuoteStatus(stored: StoredQuoteStatus, validUntil: string, timeZone: string, now: Date): QuoteStatus {
  return stored === 'sent' && isPastValidity(validUntil, timeZone, now) ? 'expired' : stored;
}

/** The default validity date of a new quote or version: today plus the business's validity days. */
export function defaultValidUntil(timeZone: string, now: Date, days: number): string {
  const today = todayIn(timeZone, now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
