// The cancellation window and its grace period, as pure functions of the rules, the booking and a given clock.
import { describe, expect, it } from 'vitest';
import { assertCancellationWindowOpen, cancellationDeadline, isGraceDeadline, isWithinCancellationWindow, type CancellableBooking } from './cancellation-window.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T = new Date('2026-11-20T09:00:00.000Z');
const at = (ms: number) => new Date(T.getTime() + ms);
const rules = { changeWindowHours: 24, changeGraceMinutes: 30 };
// Booked online at T for T + 4 h: the 24-hour window closed 20 hours before the booking was made.
const sameDay: CancellableBooking = { scheduledStart: at(4 * HOUR), createdAt: T, bookedOnline: true };

describe('the cancellation window', () => {
  it('a booking made inside the window can be changed for the grace period after it was made, then not', () => {
    expect(isWithinCancellationWindow(rules, sameDay, T)).toBe(true);
    expect(isWithinCancellationWindow(rules, sameDay, at(30 * MINUTE - 1))).toBe(true);
    expect(isWithinCancellationWindow(rules, sameDay, at(30 * MINUTE))).toBe(false);
    expect(cancellationDeadline(rules, sameDay)).toEqual(at(30 * MINUTE));
    expect(isGraceDeadline(rules, sameDay)).toBe(true);
  });

  it('without a grace period, a booking inside the window is closed at once', () => {
    const none = { ...rules, changeGraceMinutes: 0 };
    expect(isWithinCancellationWindow(none, sameDay, T)).toBe(false);
    expect(cancellationDeadline(none, sameDay)).toEqual(at(-20 * HOUR));
  });

  it('a booking made well ahead closes when the window does: the grace period does not shorten it', () => {
    const early: CancellableBooking = { scheduledStart: at(72 * HOUR), createdAt: T, bookedOnline: true };
    expect(cancellationDeadline(rules, early)).toEqual(at(48 * HOUR));
    expect(isGraceDeadline(rules, early)).toBe(false);
    expect(isWithinCancellationWindow(rules, early, at(48 * HOUR - 1))).toBe(true);
    expect(isWithinCancellationWindow(rules, early, at(48 * HOUR))).toBe(false);
  });

  it('the grace period ends when the appointment starts', () => {
    const soon: CancellableBooking = { scheduledStart: at(10 * MINUTE), createdAt: T, bookedOnline: true };
    expect(cancellationDeadline(rules, soon)).toEqual(at(10 * MINUTE));
    expect(isWithinCancellationWindow(rules, soon, at(10 * MINUTE))).toBe(false);
  });

  it('a job staff made gets no grace period', () => {
    const byStaff = { ...sameDay, bookedOnline: false };
    expect(isWithinCancellationWindow(rules, byStaff, T)).toBe(false);
  });

  it('the grace period runs from the booking, not from a later reschedule', () => {
    // Made at T, moved later to T + 6 h: still closed 30 minutes after T.
    const moved = { ...sameDay, scheduledStart: at(6 * HOUR) };
    expect(cancellationDeadline(rules, moved)).toEqual(at(30 * MINUTE));
  });
});

describe('refusing a change once the window has closed', () => {
  const business = { ...rules, name: 'Acme Heating', timeZone: 'America/Chicago' };

  it('is FORBIDDEN with reason CANCELLATION_WINDOW_CLOSED, naming the cut-off and why', () => {
    expect(() => {
      assertCancellationWindowOpen(business, sameDay, at(29 * MINUTE));
    }).not.toThrow();
    const refusal = (() => {
      try {
        assertCancellationWindowOpen(business, sameDay, at(30 * MINUTE));
        return null;
      } catch (error) {
        return error as { message: string; extensions: Record<string, unknown> };
      }
    })();
    expect(refusal?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CANCELLATION_WINDOW_CLOSED' });
    expect(refusal?.message).toBe(
      'Online changes to this appointment closed on Friday, November 20, 2026 at 3:30 AM (30 minutes after it was booked). Please contact Acme Heating to change it.',
    );
  });

  it('says the window when the window closed it', () => {
    const early: CancellableBooking = { scheduledStart: at(72 * HOUR), createdAt: T, bookedOnline: true };
    expect(() => {
      assertCancellationWindowOpen(business, early, at(48 * HOUR));
    }).toThrow(/\(24 hours before it starts\)\. Please contact Acme Heating/);
  });
});
