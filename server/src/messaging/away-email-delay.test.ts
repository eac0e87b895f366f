import { describe, expect, it } from 'vitest';
import { awayEmailDueAt, messageEmailDelayUpdate } from './away-email-delay.js';

describe('the away-email delay', () => {
  it('takes 0 to 1440 whole minutes; nothing given changes nothing', () => {
    expect(messageEmailDelayUpdate({})).toEqual({});
    expect(messageEmailDelayUpdate({ messageEmailDelayMinutes: null })).toEqual({});
    expect(messageEmailDelayUpdate({ messageEmailDelayMinutes: 0 })).toEqual({ messageEmailDelayMinutes: 0 });
    expect(messageEmailDelayUpdate({ messageEmailDelayMinutes: 1440 })).toEqual({ messageEmailDelayMinutes: 1440 });
    for (const bad of [-1, 1441, 2.5]) {
      expect(() => messageEmailDelayUpdate({ messageEmailDelayMinutes: bad })).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'messageEmailDelayMinutes', reason: 'OUT_OF_RANGE' } }),
      );
    }
  });

  it('is due that many minutes after the message', () => {
    expect(awayEmailDueAt(new Date('2026-11-20T15:00:00Z'), 5)).toEqual(new Date('2026-11-20T15:05:00Z'));
    expect(awayEmailDueAt(new Date('2026-11-20T15:00:00Z'), 0)).toEqual(new Date('2026-11-20T15:00:00Z'));
  });
});
