import { describe, expect, it } from 'vitest';
import { isResponseOverdue, respondByFor, wasRespondedLate } from './response-due.js';

describe('response due', () => {
  const submitted = new Date('2026-12-04T14:00:00.000Z');
  const respondBy = new Date('2026-12-04T18:00:00.000Z');

  it('gives a request the promised minutes from its submission, and no deadline without a promise', () => {
    expect(respondByFor(submitted, 240)).toEqual(respondBy);
    expect(respondByFor(submitted, null)).toBeNull();
    expect(respondByFor(submitted, undefined)).toBeNull();
  });

  it('is overdue only once the deadline has passed without a response', () => {
    expect(isResponseOverdue({ respondBy, firstResponseAt: null }, new Date('2026-12-04T17:59:59.999Z'))).toBe(false);
    expect(isResponseOverdue({ respondBy, firstResponseAt: null }, respondBy)).toBe(false);
    expect(isResponseOverdue({ respondBy, firstResponseAt: null }, new Date('2026-12-04T18:00:00.001Z'))).toBe(true);
  });

  it('is never overdue once the office responded, nor without a deadline', () => {
    const late = new Date('2026-12-05T09:00:00.000Z');
    expect(isResponseOverdue({ respondBy, firstResponseAt: new Date('2026-12-04T19:00:00.000Z') }, late)).toBe(false);
    expect(isResponseOverdue({ respondBy: null, firstResponseAt: null }, late)).toBe(false);
  });

  it('tells a late response from one in time', () => {
    expect(wasRespondedLate({ respondBy, firstResponseAt: new Date('2026-12-04T18:00:00.001Z') })).toBe(true);
    expect(wasRespondedLate({ respondBy, firstResponseAt: respondBy })).toBe(false);
    expect(wasRespondedLate({ respondBy, firstResponseAt: null })).toBe(false);
  });
});
