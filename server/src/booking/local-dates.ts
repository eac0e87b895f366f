// Calendar days and wall-clock times in a business's time zone, as booking and dispatch reason
// about them: local dates are 'YYYY-MM-DD' strings, times minutes after midnight.
import { TZDate } from '@date-fns/tz';

const DAY = 86_400_000;

function dateParts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = dateParts(from);
  const [y2, m2, d2] = dateParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY);
}

export function isoWeekday(date: string): number {
  const [y, m, d] = dateParts(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export const pad = (n: number) => String(n).padStart(2, '0');

/** The local date and wall-clock time of an instant in `timeZone`. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const z = new TZDate(instant.getTime(), timeZone);
  return { date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`, time: `${pad(z.getHours())}:${pad(z.getMinutes())}` };
}

/** The instant the wall clock of `timeZone` shows `date` + `minutes`, or null in a skipped hour. */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date | null {
  const [y, m, d] = dateParts(date);
  const z = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone);
  const back = localParts(z, timeZone);
  const wanted = minutes === 24 * 60 ? { date: addDays(date, 1), time: '00:00' } : { date, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
  return back.date === wanted.date && back.time === wanted.time ? new Date(z.getTime()) : null;
}
