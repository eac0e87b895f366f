// The change window: until when a customer may reschedule or cancel an appointment online.
//
// Online changes close `changeWindowHours` before the start. But a customer who books at short
// notice (the minimum notice may be shorter than the window: book at 03:00 for 16:00 with a
// 24-hour window) would otherwise be locked out the moment they book. So a booking the customer
// made online can always be changed for `changeGraceMinutes` after it was made, never past its
// start. Staff-created jobs get no grace: the customer did not make them.

const MINUTE = 60_000;

export interface ChangeWindowRules {
  changeWindowHours: number;
  changeGraceMinutes: number;
}

export interface ChangeableBooking {
  scheduledStart: Date;
  /** When the booking was made (the job row's creation). */
  createdAt: Date;
  /** Made by the customer in the portal: only these get the grace period. */
  bookedOnline: boolean;
}

/** The instant online changes close: the later of the window's cut-off and the end of the grace period. */
export function changeDeadline(rules: ChangeWindowRules, booking: ChangeableBooking): Date {
  const start = booking.scheduledStart.getTime();
  const windowCutOff = start - rules.changeWindowHours * 60 * MINUTE;
  if (!booking.bookedOnline || rules.changeGraceMinutes <= 0) return new Date(windowCutOff);
  const graceEnd = Math.min(booking.createdAt.getTime() + rules.changeGraceMinutes * MINUTE, start);
  return new Date(Math.max(windowCutOff, graceEnd));
}

/** Whether, at `now`, the customer may still reschedule or cancel online. */
export function isWithinChangeWindow(rules: ChangeWindowRules, booking: ChangeableBooking, now: Date): boolean {
  return now.getTime() < changeDeadline(rules, booking).getTime();
}

/** Whether the deadline comes from the grace period rather than the window (the message says so). */
export function isGraceDeadline(rules: ChangeWindowRules, booking: ChangeableBooking): boolean {
  return changeDeadline(rules, booking).getTime() > booking.scheduledStart.getTime() - rules.changeWindowHours * 60 * MINUTE;
}
