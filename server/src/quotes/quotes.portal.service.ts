// The customer's moves on a sent quote: decline, or start signing a selection.
import type { CustomerContext } from '../context/context.js';
import type { Quote, QuoteSelectionInput } from './quotes.types.js';

export function declineQuote(ctx: CustomerContext, id: string, reason: string | null): Promise<Quote> {
  return Promise.reject(new Error(`declineQuote(${id}, ${reason ?? ''}) in ${ctx.requestId}: not yet implemented`));
}

export function startQuoteSigning(ctx: CustomerContext, id: string, selection: QuoteSelectionInput): Promise<Quote> {
  return Promise.reject(new Error(`startQuoteSigning(${id}, ${selection.optionId ?? ''}) in ${ctx.requestId}: not yet implemented`));
}
