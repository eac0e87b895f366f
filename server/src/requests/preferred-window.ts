// The visit time a customer may ask for with a request: a moment, or a window on one day (from
// preferredAt to preferredUntil). It must lie ahead and not too far ahead, and end after it starts.
import { BadInput } from '../errors/errors.js';

/** How far ahead a customer may ask for a visit. */
export const PREFERRED_HORIZON_DAYS = 180;
/** A window lies within one day (date + from/to in the portal). */
export const MAX_WINDOW_HOURS = 24;

export type PreferredStartReason = 'PREFERRED_TIME_PAST' | 'PREFERRED_TIME_TOO_FAR' | 'PREFERRED_WINDOW_NEEDS_START';
export type PreferredEndReason = 'PREFERRED_WINDOW_END_BEFORE_START' | 'PREFERRED_WINDOW_TOO_LONG';
export type PreferredWindowReason = PreferredStartReason | PreferredEndReason;

export type PreferredWindowProblem = { field: 'preferredAt'; reason: PreferredStartReason } | { field: 'preferredUntil'; reason: PreferredEndReason };

/** What is wrong with the asked-for time, or null when it is fine (or none was given). */
export function preferredWindowProblem(preferredAt: Date | null | undefined, preferredUntil: Date | null | undefined, now: Date): PreferredWindowProblem | null {
  if (!preferredAt) return preferredUntil ? { field: 'preferredAt', reason: 'PREFERRED_WINDOW_NEEDS_START' } : null;
  if (preferredAt.getTime() <= now.getTime()) return { field: 'preferredAt', reason: 'PREFERRED_TIME_PAST' };
  if (preferredAt.getTime() > now.getTime() + PREFERRED_HORIZON_DAYS * 86_400_000) return { field: 'preferredAt', reason: 'PREFERRED_TIME_TOO_FAR' };
  if (!preferredUntil) return null;
  if (preferredUntil.getTime() <= preferredAt.getTime()) return { field: 'preferredUntil', reason: 'PREFERRED_WINDOW_END_BEFORE_START' };
  if (preferredUntil.getTime() - preferredAt.getTime() > MAX_WINDOW_HOURS * 3_600_000) return { field: 'preferredUntil', reason: 'PREFERRED_WINDOW_TOO_LONG' };
  return null;
}

/** The refusal for a problem, with the field it is about. */
export function preferredWindowRefusal(field: PreferredWindowProblem['field'], reason: PreferredWindowReason): BadInput {
  return new BadInput(field, MESSAGES[reason], reason);
}

const MESSAGES: Record<PreferredWindowReason, string> = {
  PREFERRED_TIME_PAST: 'Choose a preferred time in the future.',
  PREFERRED_TIME_TOO_FAR: `Choose a preferred time within the next ${PREFERRED_HORIZON_DAYS} days.`,
  PREFERRED_WINDOW_NEEDS_START: 'Give the start of the preferred window too.',
  PREFERRED_WINDOW_END_BEFORE_START: 'The end of the preferred window must be after its start.',
  PREFERRED_WINDOW_TOO_LONG: `Keep the preferred window within ${MAX_WINDOW_HOURS} hours.`,
};
