// Instants shown as the business's wall-clock date and time, and whole days between calendar dates.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export interface LocalSpan {
  localDate: string;
  localStartTime: string;
  localEndTime: string;
}

/** 'YYYY-MM-DD' of the start and 'HH:mm' of start and end, in `timeZone`. */
export function localSpan(timeZone: string, start: Date, end: Date): LocalSpan {
  const from = new TZDate(start.getTime(), timeZone);
  return {
    localDate: format(from, 'yyyy-MM-dd'),
    localStartTime: format(from, 'HH:mm'),
    localEndTime: format(new TZDate(end.getTime(), timeZone), 'HH:mm'),
  };
}

/** Whole days from `from` to `to`, both 'YYYY-MM-DD' (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
