// How long a completed project's warranty runs (the warranty document's end date): a business
// setting, 0 (no warranty) to 600 months, 12 by default.
import { BadInput } from '../errors/errors.js';

export const WARRANTY_MONTHS = { min: 0, max: 600 } as const;

/** The tenant update for a settings input's warrantyMonths: nothing when left out. */
export function warrantyMonthsUpdate(input: { warrantyMonths?: number | null }): { warrantyMonths?: number } {
  const value = input.warrantyMonths;
  if (value == null) return {};
  if (!Number.isInteger(value) || value < WARRANTY_MONTHS.min || value > WARRANTY_MONTHS.max) {
    throw new BadInput('warrantyMonths', `Choose between ${WARRANTY_MONTHS.min} and ${WARRANTY_MONTHS.max} months.`, 'OUT_OF_RANGE');
  }
  return { warrantyMonths: value };
}

/** The day a warranty ends: `months` after the completion day (YYYY-MM-DD), the month's last day when shorter. */
export function warrantyEndDate(completedOn: string, months: number): string {
  const [y, m, d] = completedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}
