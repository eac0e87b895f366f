// The business's meter settings (updateTenantSettings): how far from the expected volume a reading
// may be before it is flagged (reading-tolerance.ts), and how many days before the billing day a
// reading is due (billing-days.ts). The bounds are the database's checks.
import { BadInput } from '../errors/errors.js';

export const METER_TOLERANCE_PERCENT = { min: 1, max: 1000 } as const;
export const METER_READING_WINDOW_DAYS = { min: 0, max: 27 } as const;

export interface MeterSettingsInput {
  meterTolerancePercent?: number | null;
  meterReadingWindowDays?: number | null;
}

/** The tenant update for the meter settings given: nothing for those left out. */
export function meterSettingsUpdate(input: MeterSettingsInput): { meterTolerancePercent?: number; meterReadingWindowDays?: number } {
  const data: ReturnType<typeof meterSettingsUpdate> = {};
  const percent = input.meterTolerancePercent;
  if (percent != null) {
    if (!Number.isInteger(percent) || percent < METER_TOLERANCE_PERCENT.min || percent > METER_TOLERANCE_PERCENT.max) {
      throw new BadInput('meterTolerancePercent', `Choose between ${METER_TOLERANCE_PERCENT.min} and ${METER_TOLERANCE_PERCENT.max} %.`, 'OUT_OF_RANGE');
    }
    data.meterTolerancePercent = percent;
  }
  const days = input.meterReadingWindowDays;
  if (days != null) {
    if (!Number.isInteger(days) || days < METER_READING_WINDOW_DAYS.min || days > METER_READING_WINDOW_DAYS.max) {
      throw new BadInput('meterReadingWindowDays', `Choose between ${METER_READING_WINDOW_DAYS.min} and ${METER_READING_WINDOW_DAYS.max} days.`, 'OUT_OF_RANGE');
    }
    data.meterReadingWindowDays = days;
  }
  return data;
}
