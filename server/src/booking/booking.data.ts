// What slot computation and booking read from the database: one statement for a service
// type, its qualified technicians, the closed dates and those technicians' busy times, however
// long the range and however many technicians or jobs (plus the tenant, read once per request).
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { Conflict } from '../errors/errors.js';
import { addDays } from './local-dates.js';
import type { BookingHours, BookingRules, BusyRange } from './slots.js';

export interface BookingData {
  service: { id: string; name: string; durationMinutes: number } | null;
  technicianIds: string[];
  closedDates: Set<string>;
  busy: BusyRange[];
}

interface Row {
  service: { id: string; name: string; durationMinutes: number } | null;
  technician_ids: string[] | null;
  closed: string[];
  busy: { t: string; s: string; e: string }[];
}

/**
 * Reads the booking data for local dates `from`..`to`. Busy times are read with two days of
 * margin on each side, wider than any time zone offset plus buffers. `onlineOnly` hides
 * service types not bookable online (customers); staff may place any active one.
 */
export async function loadBookingData(ctx: ScopedContext, serviceTypeId: string, from: string, to: string, onlineOnly: boolean): Promise<BookingData> {
  const rangeStart = new Date(`${addDays(from, -2)}T00:00:00Z`);
  const rangeEnd = new Date(`${addDays(to, 3)}T00:00:00Z`);
  const rows = await ctx.tx.$queryRaw<Row[]>`
    WITH st AS (
      SELECT s.id, s.name, s.duration_minutes FROM service_types s
      WHERE s.id = ${serviceTypeId}::uuid AND s.active AND (s.bookable_online OR NOT ${onlineOnly})
    ), techs AS (
      SELECT coalesce(array_agg(t.staff_user_id ORDER BY t.staff_user_id), '{}') AS ids
      FROM service_type_technicians t
      JOIN staff_users u ON u.tenant_id = t.tenant_id AND u.id = t.staff_user_id AND u.status = 'active'
      WHERE t.service_type_id = ${serviceTypeId}::uuid AND EXISTS (SELECT 1 FROM st)
    )
    SELECT
      (SELECT json_build_object('id', id, 'name', name, 'durationMinutes', duration_minutes) FROM st) AS service,
      (SELECT ids::text[] FROM techs) AS technician_ids,
      (SELECT coalesce(json_agg(to_char(c.date, 'YYYY-MM-DD')), '[]'::json) FROM closed_dates c
        WHERE c.date BETWEEN ${from}::date AND ${to}::date) AS closed,
      (SELECT coalesce(json_agg(json_build_object('t', b.technician_id, 's', b.starts_at, 'e', b.ends_at)), '[]'::json)
        FROM technician_busy_times((SELECT ids FROM techs), ${rangeStart}::timestamptz, ${rangeEnd}::timestamptz) b) AS busy`;
  const row = rows[0];
  return {
    service: row?.service ?? null,
    technicianIds: row?.technician_ids ?? [],
    closedDates: new Set(row?.closed ?? []),
    busy: (row?.busy ?? []).map((b) => ({ technicianId: b.t, start: new Date(b.s), end: new Date(b.e) })),
  };
}

export function rulesOf(tenant: Tenant, closedDates: ReadonlySet<string>): BookingRules {
  return {
    timeZone: tenant.timeZone,
    hours: parseHours(tenant.bookingHours),
    slotMinutes: tenant.slotMinutes,
    minLeadMinutes: tenant.minLeadMinutes,
    maxAdvanceDays: tenant.maxAdvanceDays,
    bufferBeforeMinutes: tenant.bufferBeforeMinutes,
    bufferAfterMinutes: tenant.bufferAfterMinutes,
    closedDates,
  };
}

export function parseHours(value: unknown): BookingHours {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const hours: BookingHours = {};
  for (const [day, ranges] of Object.entries(value)) {
    if (!Array.isArray(ranges)) continue;
    hours[day] = ranges.filter((r): r is [string, string] => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && typeof r[1] === 'string');
  }
  return hours;
}

/**
 * Serialises "is it free? then insert" per tenant for the rest of the transaction, so buffers
 * (which the exclusion constraint cannot express) hold under concurrent bookings too.
 */
export async function lockBookings(ctx: ScopedContext, tenantId: string): Promise<void> {
  await ctx.tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`booking:${tenantId}`}, 0))`;
}

/** Maps the database's no-overlap refusal (jobs_technician_no_overlap, SQLSTATE 23P01) to CONFLICT. */
export async function guardOverlap<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isOverlapViolation(error)) throw takenConflict();
    throw error;
  }
}

/** CONFLICT (reason SLOT_TAKEN): someone else took the time while the customer chose it. */
export function takenConflict(): Conflict {
  return new Conflict('This time is no longer available. Please pick another time.', 'SLOT_TAKEN');
}

export function isOverlapViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { message } = error as { message?: unknown };
  const text = `${typeof message === 'string' ? message : safeJson(message)} ${safeJson((error as { meta?: unknown }).meta)} ${safeJson((error as { cause?: unknown }).cause)}`;
  return text.includes('23P01') || text.includes('jobs_technician_no_overlap');
}

function safeJson(value: unknown): string {
  try {
    // undefined (and functions) have no JSON: stringify returns undefined for them.
    const json = JSON.stringify(value) as string | undefined;
    return json ?? '';
  } catch {
    return '';
  }
}
