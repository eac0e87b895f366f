// The promised arrival ("ETA") of a technician on the way: the customer is told "arriving around
// 14:20", so the time must lie ahead and near enough to be a promise. Given as minutes from now
// (the technician's quick choices) or as a time (the office, or a technician's own pick).
import { BadInput } from '../errors/errors.js';

const MINUTE = 60_000;

/** How far ahead an arrival may be promised: a working day, not next week. */
export const MAX_ETA_MINUTES = 12 * 60;

export interface EtaInput {
  etaMinutes?: number | null;
  etaAt?: Date | null;
}

/**
 * The instant promised, at `now`: `etaMinutes` from now (rounded up to the minute, as the
 * customer reads it) or `etaAt`, which must be after now and at most MAX_ETA_MINUTES ahead.
 * BAD_USER_INPUT naming the field: REQUIRED (neither), ETA_MINUTES_AND_TIME (both),
 * ETA_IN_PAST, ETA_TOO_FAR.
 */
export function promisedArrival(input: EtaInput, now: Date): Date {
  const { etaMinutes, etaAt } = input;
  if (etaMinutes != null && etaAt != null) throw new BadInput('etaAt', 'Give the minutes until arrival or the arrival time, not both.', 'ETA_MINUTES_AND_TIME');
  if (etaMinutes != null) {
    if (!Number.isInteger(etaMinutes) || etaMinutes < 1) throw new BadInput('etaMinutes', 'The arrival must be at least a minute from now.', 'ETA_IN_PAST');
    if (etaMinutes > MAX_ETA_MINUTES) throw new BadInput('etaMinutes', `Promise an arrival within the next ${MAX_ETA_MINUTES / 60} hours.`, 'ETA_TOO_FAR');
    return new Date(Math.ceil((now.getTime() + etaMinutes * MINUTE) / MINUTE) * MINUTE);
  }
  if (etaAt == null) throw new BadInput('etaMinutes', 'Say when you will arrive: minutes from now or a time.', 'REQUIRED');
  if (Number.isNaN(etaAt.getTime())) throw new BadInput('etaAt', 'This is not a valid time.', 'INVALID_DATE');
  if (etaAt.getTime() <= now.getTime()) throw new BadInput('etaAt', 'This arrival time has already passed. Choose a later one.', 'ETA_IN_PAST');
  if (etaAt.getTime() > now.getTime() + MAX_ETA_MINUTES * MINUTE) throw new BadInput('etaAt', `Promise an arrival within the next ${MAX_ETA_MINUTES / 60} hours.`, 'ETA_TOO_FAR');
  return etaAt;
}
