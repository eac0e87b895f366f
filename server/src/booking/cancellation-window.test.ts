// The change window and its grace period, as pure functions of the rules, the booking and a given clock.
import { describe, expect, it } from 'vitest';
import { changeDeadline, isGraceDeadline, isWithinChangeWindow, type ChangeableBooking } from './change-window.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T = new Date('2026-11-20T09:00:00.000Z');
const at = (ms: number) => new Date(T.getTime() + ms);
const rules = { changeWindowHours: 24, changeGraceMinutes: 30 };
// Booked online at T for T + 4 h: the 24-hour window closed 20 hours before the booking was made.
const sameDay: ChangeableBooking = { scheduledStart: at(4 * HOUR), createdAt: T, bookedOnline: true };

describe('the change window', () => {
  it('a booking made inside the window can be changed for the grace period after it was made, then not', () => {
    expect(isWithinChangeWindow(rules, sameDay, T)).toBe(true);
    expect(isWithinChangeWindow(rules, sameDay, at(30 * MINUTE - 1))).toBe(true);
    expect(isWithinChangeWindow(rules, sameDay, at(30 * MINUTE))).toBe(false);
    expect(changeDeadline(rules, sameDay)).toEqual(at(30 * MINUTE));
    expect(isGraceDeadline(rules, sameDay)).toBe(true);
  });

  it('without a grace period, a booking inside the window is closed at once', () => {
    const none = { ...rules, changeGraceMinutes: 0 };
    expect(isWithinChangeWindow(none, sameDay, T)).toBe(false);
    expect(changeDeadline(none, sameDay)).toEqual(at(-20 * HOUR));
  });

  it('a booking made well ahead closes when the window does: the grace period does not shorten it', () => {
    const early: ChangeableBooking = { scheduledStart: at(72 * HOUR), createdAt: T, bookedOnline: true };
    expect(changeDeadline(rules, early)).toEqual(at(48 * HOUR));
    expect(isGraceDeadline(rules, early)).toBe(false);
    expect(isWithinChangeWindow(rules, early, at(48 * HOUR - 1))).toBe(true);
    expect(isWithinChangeWindow(rules, early, at(48 * HOUR))).toBe(false);
  });

  it('the grace period ends when the appointment starts', () => {
    const soon: ChangeableBooking = { scheduledStart: at(10 * MINUTE), createdAt: T, bookedOnline: true };
    expect(changeDeadline(rules, soon)).toEqual(at(10 * MINUTE));
    expect(isWithinChangeWindow(rules, soon, at(10 * MINUTE))).toBe(false);
  });

  it('a job staff made gets no grace period', () => {
    const byStaff = { ...sameDay, bookedOnline: false };
    expect(isWithinChangeWindow(rules, byStaff, T)).toBe(false);
  });

  it('the grace period runs from the booking, not from a later reschedule', () => {
    // Made at T, moved later to T + 6 h: still closed 30 minutes after T.
    const moved = { ...sameDay, scheduledStart: at(6 * HOUR) };
    expect(changeDeadline(rules, moved)).toEqual(at(30 * MINUTE));
  });
});
