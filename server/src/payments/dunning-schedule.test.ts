import { describe, expect, it } from 'vitest';
import { isLastAttempt, nextRetryAt } from './dunning-schedule.js';

describe('dunning schedule', () => {
  const failed = new Date('2026-11-20T15:00:00Z');
  it('retries 1, 3 and 7 days after the first failure, then stops', () => {
    expect(nextRetryAt(failed, 0)).toEqual(new Date('2026-11-21T15:00:00Z'));
    expect(nextRetryAt(failed, 1)).toEqual(new Date('2026-11-23T15:00:00Z'));
    expect(nextRetryAt(failed, 2)).toEqual(new Date('2026-11-27T15:00:00Z'));
    expect(nextRetryAt(failed, 3)).toBeNull();
    expect(isLastAttempt(2)).toBe(false);
    expect(isLastAttempt(3)).toBe(true);
  });
});
