// "Today" for a business: its calendar day in its own time zone, as the instants it runs between.
import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { todayIn } from '../common/dates.js';

export interface BusinessDay {
  /** YYYY-MM-DD in the business's zone. */
  date: string;
  /** The first instant of that day (its midnight, or the first minute after a skipped one). */
  start: Date;
  /** The first instant of the next day: a day of 23 or 25 hours keeps its true length. */
  end: Date;
}

export function businessDay(timeZone: string, now: Date): BusinessDay {
  const start = startOfDay(new TZDate(now.getTime(), timeZone));
  const end = startOfDay(addDays(start, 1));
  return { date: todayIn(timeZone, now), start: new Date(start.getTime()), end: new Date(end.getTime()) };
}
