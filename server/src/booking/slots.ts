// Free appointment slots, as a pure function of the booking rules, the qualified technicians,
// their busy times and the clock, so every rule can be checked by hand without a database.
//
// Start times are generated on each local day's wall clock and converted with the tenant's
// time zone: 09:00 stays 09:00 local on both sides of a daylight-saving change, a local time
// that does not exist (the skipped hour) yields no slot, and a repeated local time yields one.
//
// Buffers: every job, existing or candidate, occupies its technician from `bufferBefore`
// minutes before its start to `bufferAfter` minutes after its end (travel, set-up, clean-up).
// A candidate is free for a technician when its occupied range overlaps none of theirs, so two
// consecutive jobs are at least bufferAfter + bufferBefore apart.
import { TZDate } from '@date-fns/tz';

/** Bookable hours per ISO weekday (1 = Monday): { "1": [["08:00","17:00"]], ... } */
export type BookingHours = Partial<Record<string, [string, string][]>>;

export interface BookingRules {
  timeZone: string;
  hours: BookingHours;
  slotMinutes: number;
  minLeadMinutes: number;
  maxAdvanceDays: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** 'YYYY-MM-DD' local dates without online bookings. */
  closedDates: ReadonlySet<string>;
}

export interface BusyRange {
  technicianId: string;
  start: Date;
  end: Date;
}

export interface Slot {
  start: Date;
  end: Date;
  /** Wall-clock start in the tenant's zone, 'HH:MM'. */
  localTime: string;
}

export interface SlotDay {
  date: string;
  slots: Slot[];
}

export interface SlotQuery {
  rules: BookingRules;
  durationMinutes: number;
  technicianIds: readonly string[];
  busy: readonly BusyRange[];
  /** Inclusive local dates 'YYYY-MM-DD'. */
  from: string;
  to: string;
  now: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

export function parseHHMM(value: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

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

function isoWeekday(date: string): number {
  const [y, m, d] = dateParts(date);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

const pad = (n: number) => String(n).padStart(2, '0');

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

/** Every start the day's hours offer, before lead time, horizon, closures and capacity. */
export function candidateSlots(rules: BookingRules, date: string, durationMinutes: number): Slot[] {
  const ranges = rules.hours[String(isoWeekday(date))] ?? [];
  const seen = new Set<number>();
  const slots: Slot[] = [];
  for (const [open, close] of ranges) {
    const openMin = parseHHMM(open);
    const closeMin = parseHHMM(close);
    if (openMin === null || closeMin === null) continue;
    for (let t = openMin; t + durationMinutes <= closeMin; t += rules.slotMinutes) {
      const start = zonedInstant(date, t, rules.timeZone);
      if (!start || seen.has(start.getTime())) continue;
      seen.add(start.getTime());
      slots.push({ start, end: new Date(start.getTime() + durationMinutes * MINUTE), localTime: `${pad(Math.floor(t / 60))}:${pad(t % 60)}` });
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

export type SlotProblem = 'past' | 'lead_time' | 'horizon' | 'closed' | 'outside_hours';

/** Why `start` cannot be booked under the rules (capacity aside), or null when it can. */
export function slotProblem(rules: BookingRules, start: Date, durationMinutes: number, now: Date): SlotProblem | null {
  const problem = timingProblem(rules, start, now);
  if (problem) return problem;
  const { date } = localParts(start, rules.timeZone);
  if (!candidateSlots(rules, date, durationMinutes).some((s) => s.start.getTime() === start.getTime())) return 'outside_hours';
  return null;
}

/** Lead time, horizon and closures: what can rule out a start the hours offer. */
function timingProblem(rules: BookingRules, start: Date, now: Date): Exclude<SlotProblem, 'outside_hours'> | null {
  if (start.getTime() <= now.getTime()) return 'past';
  if (start.getTime() < now.getTime() + rules.minLeadMinutes * MINUTE) return 'lead_time';
  const { date } = localParts(start, rules.timeZone);
  if (daysBetween(localParts(now, rules.timeZone).date, date) > rules.maxAdvanceDays) return 'horizon';
  if (rules.closedDates.has(date)) return 'closed';
  return null;
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/**
 * The technicians free for [start, end) with both buffers, least loaded first (fewest busy
 * ranges among those given, then by id so the choice is stable).
 */
export function freeTechnicians(
  rules: Pick<BookingRules, 'bufferBeforeMinutes' | 'bufferAfterMinutes'>,
  technicianIds: readonly string[],
  busy: readonly BusyRange[],
  start: Date,
  end: Date,
): string[] {
  const before = rules.bufferBeforeMinutes * MINUTE;
  const after = rules.bufferAfterMinutes * MINUTE;
  const from = start.getTime() - before;
  const to = end.getTime() + after;
  const load = new Map<string, number>(technicianIds.map((id) => [id, 0]));
  const blocked = new Set<string>();
  for (const b of busy) {
    const count = load.get(b.technicianId);
    if (count === undefined) continue;
    load.set(b.technicianId, count + 1);
    if (overlaps(from, to, b.start.getTime() - before, b.end.getTime() + after)) blocked.add(b.technicianId);
  }
  return [...load.entries()]
    .filter(([id]) => !blocked.has(id))
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

/** The free slots of each local day from `from` to `to`, days without one included (empty). */
export function computeSlots(q: SlotQuery): SlotDay[] {
  const days: SlotDay[] = [];
  // Busy ranges sorted by start let each slot look only at ranges near it.
  const busy = [...q.busy].sort((a, b) => a.start.getTime() - b.start.getTime());
  const margin = (q.rules.bufferBeforeMinutes + q.rules.bufferAfterMinutes) * MINUTE;
  const longest = busy.reduce((max, b) => Math.max(max, b.end.getTime() - b.start.getTime()), 0);
  for (let date = q.from; date <= q.to; date = addDays(date, 1)) {
    const slots = candidateSlots(q.rules, date, q.durationMinutes).filter((slot) => {
      if (timingProblem(q.rules, slot.start, q.now) !== null) return false;
      const lo = slot.start.getTime() - margin - longest;
      const hi = slot.end.getTime() + margin;
      const near = busy.filter((b) => b.start.getTime() >= lo && b.start.getTime() < hi);
      return freeTechnicians(q.rules, q.technicianIds, near, slot.start, slot.end).length > 0;
    });
    days.push({ date, slots });
  }
  return days;
}
