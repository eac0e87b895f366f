import { describe, expect, it } from 'vitest';
import { defaultValidUntil, effectiveQuoteStatus, isPastValidity } from './quote-validity.js';

describe('quote validity', () => {
  // 05:30 UTC on 1 Dec is still 30 Nov in Chicago, already 1 Dec in Paris.
  const now = new Date('2026-12-01T05:30:00Z');

  it('lasts until the end of its last day in the business’s time zone', () => {
    expect(isPastValidity('2026-11-30', 'America/Chicago', now)).toBe(false);
    expect(isPastValidity('2026-11-30', 'Europe/Paris', now)).toBe(true);
  });

  it('reads a sent quote past its date as expired, and only a sent one', () => {
    expect(effectiveQuoteStatus('sent', '2026-11-30', 'Europe/Paris', now)).toBe('expired');
    expect(effectiveQuoteStatus('sent', '2026-11-30', 'America/Chicago', now)).toBe('sent');
    expect(effectiveQuoteStatus('approved', '2026-11-30', 'Europe/Paris', now)).toBe('approved');
    expect(effectiveQuoteStatus('draft', '2026-11-30', 'Europe/Paris', now)).toBe('draft');
  });

  it('starts a new quote valid for the business’s number of days from its today', () => {
    expect(defaultValidUntil('America/Chicago', now, 30)).toBe('2026-12-30');
    expect(defaultValidUntil('Europe/Paris', now, 30)).toBe('2026-12-31');
  });
});
