// The edit window as a pure function of the message and a given clock.
import { describe, expect, it } from 'vitest';
import { EDIT_WINDOW_MINUTES, assertEditWindowOpen, editDeadline, isWithinEditWindow } from './edit-window.js';

const MINUTE = 60_000;
const T = new Date('2026-11-20T15:00:00.000Z');
const at = (ms: number) => new Date(T.getTime() + ms);
const sent = { sentAt: T, deletedAt: null };

describe('the edit window', () => {
  it('is open for 15 minutes after the message was sent, then closed', () => {
    expect(EDIT_WINDOW_MINUTES).toBe(15);
    expect(isWithinEditWindow(sent, T)).toBe(true);
    expect(isWithinEditWindow(sent, at(15 * MINUTE - 1))).toBe(true);
    expect(isWithinEditWindow(sent, at(15 * MINUTE))).toBe(false);
    expect(isWithinEditWindow(sent, at(3 * 60 * MINUTE))).toBe(false);
    expect(editDeadline(sent)).toEqual(at(15 * MINUTE));
  });

  it('a deleted message cannot change again, even inside the window', () => {
    expect(isWithinEditWindow({ sentAt: T, deletedAt: at(MINUTE) }, at(2 * MINUTE))).toBe(false);
    expect(() => {
      assertEditWindowOpen({ sentAt: T, deletedAt: at(MINUTE) }, at(2 * MINUTE));
    }).toThrow(expect.objectContaining({ extensions: { code: 'CONFLICT', reason: 'MESSAGE_DELETED' } }));
  });

  it('refuses a change past the window as CONFLICT, reason EDIT_WINDOW_CLOSED', () => {
    expect(() => {
      assertEditWindowOpen(sent, at(15 * MINUTE - 1));
    }).not.toThrow();
    expect(() => {
      assertEditWindowOpen(sent, at(15 * MINUTE));
    }).toThrow(expect.objectContaining({ extensions: { code: 'CONFLICT', reason: 'EDIT_WINDOW_CLOSED' } }));
  });
});
