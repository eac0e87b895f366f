// The run's clock. By default the system's. With E2E_CLOCK the whole stack runs at another time
// of day: the seed, the API (PORTICO_CLOCK_OFFSET_MINUTES), the web apps' servers
// (shifted-date.mjs) and every browser context (Playwright's clock) are moved by the same offset.
// PostgreSQL's own now() (row timestamps, the job queue, the dev outbox) stays the system's.
import { inject } from 'vitest';
import { addDays, todayIn, zonedInstant } from '../../web-shared/src/zoned.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** How far the servers' and browsers' clock runs ahead of the system's (negative: behind). */
    clockOffsetMs: number;
  }
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)\s+(\S+)$/;

/**
 * The offset E2E_CLOCK asks for, from the system time `systemNow`:
 * - unset or empty: none;
 * - "HH:MM Area/City", e.g. "03:00 America/Chicago": the nearest instant (within 12 hours) at
 *   which that zone's clocks show that time;
 * - an ISO 8601 instant with its offset, e.g. "2026-12-24T03:00:00-06:00".
 */
export function clockOffsetFor(value: string | undefined, systemNow: number): number {
  const text = value?.trim();
  if (!text) return 0;
  const wall = WALL_TIME.exec(text);
  if (wall) {
    const [, hours, minutes, timeZone] = wall;
    let today: string;
    try {
      today = todayIn(timeZone, new Date(systemNow));
    } catch {
      throw new Error(`E2E_CLOCK: "${timeZone}" is not an IANA time zone (e.g. America/Chicago)`);
    }
    const candidates = [-1, 0, 1].map((days) => Date.parse(zonedInstant(addDays(today, days), `${hours}:${minutes}`, timeZone)));
    const nearest = candidates.reduce((best, at) => (Math.abs(at - systemNow) < Math.abs(best - systemNow) ? at : best));
    return nearest - systemNow;
  }
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text)) return Date.parse(text) - systemNow;
  throw new Error(`E2E_CLOCK must be "HH:MM Area/City" (e.g. "03:00 America/Chicago") or an ISO instant with its offset, not "${text}"`);
}

/** What time the servers and browsers of this run believe it is. Emails in the outbox are dated by the database: use Date.now() for those. */
export function appNow(): Date {
  return new Date(Date.now() + inject('clockOffsetMs'));
}

/** The calendar day ("YYYY-MM-DD") `days` after today in `timeZone`, by the run's clock. */
export function dayFromToday(timeZone: string, days: number): string {
  return addDays(todayIn(timeZone, appNow()), days);
}
