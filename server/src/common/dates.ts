// Dates at the edges: timestamps are UTC instants; calendar dates (due dates, warranty ends)
// are 'YYYY-MM-DD' strings, compared with "today" in the tenant's time zone.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export function todayIn(timeZone: string, now: Date): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** A Prisma @db.Date value (midnight UTC) as 'YYYY-MM-DD'. */
export function toLocalDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}
