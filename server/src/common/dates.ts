// Dates at the edges: timestamps are UTC instants; calendar dates (due dates, warranty ends)
// are 'YYYY-MM-DD' strings, compared with "today" in the tenant's time zone.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { INTL_LOCALE, type Language } from './languages.js';

export function todayIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** A Prisma @db.Date value (midnight UTC) as 'YYYY-MM-DD'. */
export function toLocalDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A moment as the business's customers read it, e.g. "Monday, November 23, 2026 at 9:00 AM". */
export function formatWhen(at: Date, timeZone: string, locale: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);
}
