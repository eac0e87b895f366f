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
//
// The lead time and the booking horizon are rules of their own (lead-time.ts, booking-horizon.ts).
import { addDays, isoWeekday, localParts, pad, zonedInstant } from './local-dates.js';
import { meetsLeadTime } from './lead-time.js';
import { isWithinBookingHorizon } from './booking-horizon.js';

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

export function parseHHMM(value: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
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
  if (!meetsLeadTime(rules, start, now)) return 'lead_time';
  if (!isWithinBookingHorizon(rules, start, now)) return 'horizon';
  const { date } = localParts(start, rules.timeZone);
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
