import { describe, expect, it } from 'vitest';
import { readingNotInFuture } from './reading-not-in-future.js';

const now = new Date('2026-03-01T12:00:00Z');

describe('a reading not in the future', () => {
  it('takes a reading now or earlier', () => {
    expect(readingNotInFuture(now, now)).toBe(true);
    expect(readingNotInFuture(new Date('2026-02-01T00:00:00Z'), now)).toBe(true);
  });

  it('allows a minute of clock drift and refuses anything later', () => {
    expect(readingNotInFuture(new Date('2026-03-01T12:01:00Z'), now)).toBe(true);
    expect(readingNotInFuture(new Date('2026-03-01T12:01:01Z'), now)).toBe(false);
  });
});
