// Dates at the edges: timestamps are UTC instants; calendar dates (due dates, warranty ends)
// are 'YYYY-MM-DD' strings, compared with "today" in the tenant's time zone.
import { INTL_LOCALE, type Language } from './languages.js';

// One formatter per time zone for the process: building one (or a TZDate) per call cost more than
// the rest of a small request's date work. The local day changes only on a minute boundary (every
// zone's offset is whole minutes), so the day last formatted serves the rest of its UTC minute.
const days = new Map<string, { formatter: Intl.DateTimeFormat; minute: number; day: string }>();

/** The calendar day ('YYYY-MM-DD') it is at `now` in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  let known = days.get(timeZone);
  if (known?.minute === minute) return known.day;
  if (!known) {
    known = { formatter: new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }), minute: Number.NaN, day: '' };
    days.set(timeZone, known);
  }
  const parts = known.formatter.formatToParts(now);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  known.minute = minute;
  known.day = `${value('year')}-${value('month')}-${value('day')}`;
  return known.day;
}

/** A Prisma @db.Date value (midnight UTC) as 'YYYY-MM-DD'. */
export function toLocalDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A moment as the business's customers read it, e.g. "Monday, November 23, 2026 at 9:00 AM". */
export function formatWhen(at: Date, timeZone: string, locale: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);
}
