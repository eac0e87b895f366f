import { describe, expect, it } from 'vitest';
import { mayMoveQuote, mayReviseQuote, nextQuoteStates } from './quote-status.js';

describe('quote status', () => {
  it.each([
    ['draft', ['sent', 'withdrawn']],
    ['sent', ['sent', 'approved', 'declined', 'withdrawn']],
    ['expired', ['sent', 'withdrawn']],
    ['declined', ['sent', 'withdrawn']],
    ['approved', ['converted']],
    ['converted', []],
    ['withdrawn', []],
  ] as const)('from %s the quote may move to %j', (from, next) => {
    expect(nextQuoteStates(from)).toEqual(next);
  });

  it('never goes back from approved, nor approves an expired or declined quote', () => {
    expect(mayMoveQuote('approved', 'sent')).toBe(false);
    expect(mayMoveQuote('expired', 'approved')).toBe(false);
    expect(mayMoveQuote('declined', 'approved')).toBe(false);
    expect(mayMoveQuote('draft', 'approved')).toBe(false);
  });

  it('is revised only once sent and before approval', () => {
    expect(['draft', 'sent', 'expired', 'declined', 'approved', 'converted', 'withdrawn'].filter((s) => mayReviseQuote(s as never))).toEqual(['sent', 'expired', 'declined']);
  });
});
