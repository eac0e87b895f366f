// A range of calendar days a customer picks ('YYYY-MM-DD', from and to included) as instants in
// the business's time zone, for list filters (documents, service history).
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { Prisma } from '../generated/prisma/client.js';
import { BadInput } from '../errors/errors.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface DayBounds {
  /** `from` at 00:00, included. */
  start: Date | null;
  /** The day after `to` at 00:00, excluded. */
  end: Date | null;
}

/** [from 00:00, the day after `to` 00:00) in `timeZone`; BAD_USER_INPUT on `from` or `to` for a day that is not one. */
export function dayBounds(timeZone: string, from?: string | null, to?: string | null): DayBounds {
  const start = from ? startOfDay(timeZone, from, 'from') : null;
  const end = to ? addDays(startOfDay(timeZone, to, 'to'), 1) : null;
  if (start && end && start >= end) throw new BadInput('to', 'The end date must not be before the start date.', 'END_BEFORE_START');
  return { start, end };
}

/** The same range as a Prisma filter, or null when neither end is given. */
export function dayRange(timeZone: string, from?: string | null, to?: string | null): Prisma.DateTimeFilter | null {
  const { start, end } = dayBounds(timeZone, from, to);
  if (!start && !end) return null;
  return { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) };
}

function startOfDay(timeZone: string, day: string, field: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const valid = DAY.test(day) && y !== undefined && m !== undefined && d !== undefined;
  const date = valid ? new TZDate(y, m - 1, d, timeZone) : null;
  // TZDate rolls 2026-02-30 over to March: a rolled-over day was not a real date.
  if (!date || date.getDate() !== d || date.getMonth() + 1 !== m) throw new BadInput(field, 'Use a date like 2026-11-21.', 'INVALID_DATE');
  return new Date(date.getTime());
}
