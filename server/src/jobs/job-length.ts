// How long a job staff plan lasts: an end, or a duration, or else the service type's duration;
// at least 5 minutes and at most 24 hours (a visit, not a project).
import { BadInput } from '../errors/errors.js';

const MINUTE = 60_000;
export const MIN_JOB_MINUTES = 5;
export const MAX_JOB_MINUTES = 24 * 60;

export interface PlannedLength {
  start: Date;
  end?: Date | null;
  durationMinutes?: number | null;
}

/** The planned end of a job; BAD_USER_INPUT naming `end` or `durationMinutes` when the length is not a job's. */
export function plannedEnd(plan: PlannedLength, serviceMinutes: number): Date {
  if (plan.end && plan.durationMinutes != null) throw new BadInput('end', 'Give an end or a duration, not both.');
  if (plan.durationMinutes != null && (!Number.isInteger(plan.durationMinutes) || plan.durationMinutes < MIN_JOB_MINUTES || plan.durationMinutes > MAX_JOB_MINUTES)) {
    throw new BadInput('durationMinutes', 'A job lasts from 5 minutes to 24 hours.');
  }
  const end = plan.end ?? new Date(plan.start.getTime() + (plan.durationMinutes ?? serviceMinutes) * MINUTE);
  if (end.getTime() <= plan.start.getTime()) throw new BadInput('end', 'The end must be after the start.');
  if (end.getTime() - plan.start.getTime() > MAX_JOB_MINUTES * MINUTE) throw new BadInput('end', 'A job lasts at most 24 hours.');
  return end;
}
