// How long a session may sit unused before it ends: a tenant setting per kind of session. The
// request check itself runs in the database (app_open_request, migration
// 20261203001600_session_idle_limits); listing and housekeeping use the same rule from here.
import { BadInput } from '../errors/errors.js';
import { CUSTOMER_SESSION_DAYS, STAFF_SESSION_DAYS } from './session-lifetime.js';

export interface SessionIdleSettings {
  customerSessionIdleDays: number;
  staffSessionIdleHours: number;
}

export type SessionKind = 'customer' | 'staff';

const HOUR_MS = 3_600_000;

/**
 * The allowed values: at least an hour or a day; at most the session's own lifetime, past
 * which a longer idle limit would change nothing. The database checks the same bounds.
 */
export const SESSION_IDLE_BOUNDS = {
  customerSessionIdleDays: {
    min: 1,
    max: CUSTOMER_SESSION_DAYS,
    message: `A customer's session may stay idle between 1 and ${CUSTOMER_SESSION_DAYS} days (it ends ${CUSTOMER_SESSION_DAYS} days after sign-in anyway).`,
  },
  staffSessionIdleHours: {
    min: 1,
    max: STAFF_SESSION_DAYS * 24,
    message: `A staff session may stay idle between 1 and ${STAFF_SESSION_DAYS * 24} hours (it ends ${STAFF_SESSION_DAYS} days after sign-in anyway).`,
  },
} as const;

/** How long a session of this kind may go unused, in milliseconds. */
export function idleLimitMs(settings: SessionIdleSettings, kind: SessionKind): number {
  return kind === 'customer' ? settings.customerSessionIdleDays * 24 * HOUR_MS : settings.staffSessionIdleHours * HOUR_MS;
}

/** Sessions last seen before this moment have ended for inactivity. */
export function idleSince(settings: SessionIdleSettings, kind: SessionKind, now: Date): Date {
  return new Date(now.getTime() - idleLimitMs(settings, kind));
}

/** The given idle limits, checked; refuses a value out of bounds with its field named. */
export function sessionIdleUpdate(input: { customerSessionIdleDays?: number | null; staffSessionIdleHours?: number | null }): Partial<SessionIdleSettings> {
  const update: Partial<SessionIdleSettings> = {};
  for (const field of ['customerSessionIdleDays', 'staffSessionIdleHours'] as const) {
    const value = input[field];
    if (value == null) continue;
    const { min, max, message } = SESSION_IDLE_BOUNDS[field];
    if (!Number.isInteger(value) || value < min || value > max) throw new BadInput(field, message, 'OUT_OF_RANGE');
    update[field] = value;
  }
  return update;
}
