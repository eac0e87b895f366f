// Calendar dates ('YYYY-MM-DD') of invoices and agreements: validated at the edge, stored as
// Prisma @db.Date values (midnight UTC), moved by whole days or months without time zones.
import { addDays, addMonths } from 'date-fns';
import { BadInput } from '../errors/errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid calendar date as a @db.Date value, or BAD_USER_INPUT on `field`. */
export function calendarDate(field: string, value: string): Date {
  const match = DATE.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadInput(field, 'Enter a date as YYYY-MM-DD.');
  }
  return date;
}

export function plusDays(date: Date, days: number): Date {
  return addDays(date, days);
}

/** Month arithmetic on a UTC-midnight date; the 31st becomes the month's last day. */
export function plusMonths(date: Date, months: number): Date {
  return addMonths(date, months);
}
