import { describe, expect, it } from 'vitest';
import { preferredWindowProblem } from './preferred-window.js';

describe('preferred window', () => {
  const now = new Date('2026-12-04T14:00:00.000Z');
  const at = (iso: string) => new Date(iso);

  it('accepts no preference, a future moment, and a window that ends after it starts', () => {
    expect(preferredWindowProblem(null, null, now)).toBeNull();
    expect(preferredWindowProblem(at('2026-12-05T15:00:00Z'), null, now)).toBeNull();
    expect(preferredWindowProblem(at('2026-12-05T15:00:00Z'), at('2026-12-05T19:00:00Z'), now)).toBeNull();
  });

  it('refuses a start that is not ahead of now, to the millisecond', () => {
    expect(preferredWindowProblem(now, null, now)).toEqual({ field: 'preferredAt', reason: 'PREFERRED_TIME_PAST' });
    expect(preferredWindowProblem(new Date(now.getTime() + 1), null, now)).toBeNull();
  });

  it('refuses a start beyond 180 days ahead', () => {
    expect(preferredWindowProblem(new Date(now.getTime() + 180 * 86_400_000), null, now)).toBeNull();
    expect(preferredWindowProblem(new Date(now.getTime() + 180 * 86_400_000 + 1), null, now)).toEqual({ field: 'preferredAt', reason: 'PREFERRED_TIME_TOO_FAR' });
  });

  it('refuses an end without a start, an end not after the start, and a window over a day', () => {
    expect(preferredWindowProblem(null, at('2026-12-05T19:00:00Z'), now)).toEqual({ field: 'preferredAt', reason: 'PREFERRED_WINDOW_NEEDS_START' });
    expect(preferredWindowProblem(at('2026-12-05T15:00:00Z'), at('2026-12-05T15:00:00Z'), now)).toEqual({ field: 'preferredUntil', reason: 'PREFERRED_WINDOW_END_BEFORE_START' });
    expect(preferredWindowProblem(at('2026-12-05T15:00:00Z'), at('2026-12-05T14:00:00Z'), now)).toEqual({ field: 'preferredUntil', reason: 'PREFERRED_WINDOW_END_BEFORE_START' });
    expect(preferredWindowProblem(at('2026-12-05T15:00:00Z'), at('2026-12-06T15:00:00Z'), now)).toBeNull();
    expect(preferredWindowProblem(at('2026-12-05T15:00:00Z'), at('2026-12-06T15:00:00.001Z'), now)).toEqual({ field: 'preferredUntil', reason: 'PREFERRED_WINDOW_TOO_LONG' });
  });
});
