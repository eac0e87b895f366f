// The cancellation window: until when a customer may cancel or reschedule an appointment online
// (the API and the settings call it the change window: changeWindowHours, changeDeadline, canChange).
//
// Online changes close `changeWindowHours` before the start. But a customer who books at short
// notice (the lead time may be shorter than the window: book at 03:00 for 16:00 with a 24-hour
// window) would otherwise be locked out the moment they book. So a booking the customer made
// online can always be changed for `changeGraceMinutes` after it was made, never past its start.
// Staff-created jobs get no grace: the customer did not make them.
import { Forbidden } from '../errors/errors.js';
import { formatWhen } from './booking.emails.js';

const MINUTE = 60_000;

export interface CancellationWindowRules {
  changeWindowHours: number;
  changeGraceMinutes: number;
}

export interface CancellableBooking {
  scheduledStart: Date;
  /** When the booking was made (the job row's creation). */
  createdAt: Date;
  /** Made by the customer in the portal: only these get the grace period. */
  bookedOnline: boolean;
}

/** The instant online changes close: the later of the window's cut-off and the end of the grace period. */
export function cancellationDeadline(rules: CancellationWindowRules, booking: CancellableBooking): Date {
  const start = booking.scheduledStart.getTime();
  const windowCutOff = start - rules.changeWindowHours * 60 * MINUTE;
  if (!booking.bookedOnline || rules.changeGraceMinutes <= 0) return new Date(windowCutOff);
  const graceEnd = Math.min(booking.createdAt.getTime() + rules.changeGraceMinutes * MINUTE, start);
  return new Date(Math.max(windowCutOff, graceEnd));
}

/** Whether, at `now`, the customer may still cancel or reschedule online. */
export function isWithinCancellationWindow(rules: CancellationWindowRules, booking: CancellableBooking, now: Date): boolean {
  return now.getTime() < cancellationDeadline(rules, booking).getTime();
}

/** Whether the deadline comes from the grace period rather than the window (the refusal says so). */
export function isGraceDeadline(rules: CancellationWindowRules, booking: CancellableBooking): boolean {
  return cancellationDeadline(rules, booking).getTime() > booking.scheduledStart.getTime() - rules.changeWindowHours * 60 * MINUTE;
}

/**
 * FORBIDDEN (reason CANCELLATION_WINDOW_CLOSED) once the window has closed, naming the cut-off in
 * the business's time zone and why; the customer is told to contact the business.
 */
export function assertCancellationWindowOpen(business: CancellationWindowRules & { name: string; timeZone: string }, booking: CancellableBooking, now: Date): void {
  if (isWithinCancellationWindow(business, booking, now)) return;
  const deadline = cancellationDeadline(business, booking);
  const why = isGraceDeadline(business, booking) ? `${business.changeGraceMinutes} minutes after it was booked` : `${business.changeWindowHours} hours before it starts`;
  throw new Forbidden(
    `Online changes to this appointment closed on ${formatWhen(deadline, business.timeZone, 'en')} (${why}). Please contact ${business.name} to change it.`,
    'CANCELLATION_WINDOW_CLOSED',
  );
}
