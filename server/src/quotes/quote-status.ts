// A quote's status, and the one table of the moves allowed between them. Clients read a quote's
// nextStates; nothing else decides whether a move is allowed. `expired` is not stored: a sent quote
// past its validity date reads as expired (quote-validity.ts), and from there staff may revise and
// send it again or withdraw it. Revising a sent (or declined, or expired) quote makes a new draft
// version while the customer keeps seeing the one sent; sending it is the move to sent again.
import type { QuoteStatus } from './quotes.types.js';

const MOVES: Record<QuoteStatus, readonly QuoteStatus[]> = {
  draft: ['sent', 'withdrawn'],
  sent: ['sent', 'approved', 'declined', 'withdrawn'],
  expired: ['sent', 'withdrawn'],
  declined: ['sent', 'withdrawn'],
  approved: ['converted'],
  converted: [],
  withdrawn: [],
};

/** The statuses a quote in `status` may move to. */
export function nextQuoteStates(status: QuoteStatus): QuoteStatus[] {
  return [...MOVES[status]];
}

export function mayMoveQuote(from: QuoteStatus, to: QuoteStatus): boolean {
  return MOVES[from].includes(to);
}

/** Whether staff may start a new version: any quote not yet approved, withdrawn or converted. */
export function mayReviseQuote(status: QuoteStatus): boolean {
  return status === 'sent' || status === 'expired' || status === 'declined';
}
