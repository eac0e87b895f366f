// Calendar days and wall-clock times in the business's time zone, without a date library.

/** "YYYY-MM-DD" and "HH:mm" of an instant as seen in `timeZone`. */
export function localParts(instant: string | Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

export function todayIn(timeZone: string, now = new Date()): string {
  return localParts(now, timeZone).date;
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const { date, time } = localParts(instant, timeZone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** The instant (ISO) of wall-clock `time` on `date` in `timeZone`; DST gaps resolve forward. */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const naive = Date.parse(`${date}T${time}:00Z`);
  let guess = new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60000);
  // A second pass settles days when the offset changes between the guess and the answer.
  guess = new Date(naive - offsetMinutes(guess, timeZone) * 60000);
  return guess.toISOString();
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export function isDay(value: string | null): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** "2026-11-23T09:30", what an <input type=datetime-local> gives, on the wall clock of `timeZone` → the ISO instant. */
export function zonedToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  return match?.[1] && match[2] ? zonedInstant(match[1], match[2], timeZone) : null;
}

/**
 * The instant (ISO) of the next `time` ("HH:mm") on the wall clock of `timeZone` after `now`:
 * today's, or tomorrow's once today's has passed (a technician at 23:40 arriving at 00:10).
 */
export function nextWallClock(time: string, timeZone: string, now = new Date()): string {
  const today = todayIn(timeZone, now);
  const instant = zonedInstant(today, time, timeZone);
  return Date.parse(instant) > now.getTime() ? instant : zonedInstant(addDays(today, 1), time, timeZone);
}

/** "HH:mm" on the wall clock of `timeZone`, `minutes` from `now`, rounded up to 5 minutes: a picker's first guess. */
export function wallClockIn(minutes: number, timeZone: string, now = new Date()): string {
  const step = 5 * 60_000;
  return localParts(new Date(Math.ceil((now.getTime() + minutes * 60_000) / step) * step), timeZone).time;
}
