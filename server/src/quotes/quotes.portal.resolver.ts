import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { signedLink } from '../platform/signed-links.js';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import { PageArgs, type Connection } from '../common/pagination.js';
import { myQuote, myQuotes, priceMyQuote } from './quotes.service.js';
import { declineQuote, startQuoteSigning } from './quotes.portal.service.js';
import { Quote, QuoteConnection, QuoteSelectionInput, QuoteTotals } from './quotes.types.js';

// A customer reads their own quotes once sent (the latest sent version: never a draft), prices a
// selection, declines, or starts signing. Asking a question is messaging's sendMessage with anchor
// { type: QUOTE, id }.
@Resolver(() => Quote)
export class QuotePortalResolver {
  @Allow(contactMay('invoices'))
  @Query(() => QuoteConnection, { description: 'Your quotes, the newest first.' })
  quotes(@Ctx() ctx: CustomerContext, @Args(() => PageArgs) args: PageArgs): Promise<Connection<Quote>> {
    return myQuotes(ctx, args);
  }

  @Allow(contactMay('invoices'))
  @Query(() => Quote, { description: 'One of your quotes (its latest sent version); NOT_FOUND for any other id.' })
  quote(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Quote> {
    return myQuote(ctx, id);
  }

  @Allow(contactMay('invoices'))
  @Query(() => QuoteTotals, {
    description:
      'What a selection of your quote costs (call it on every change: totals update live). BAD_USER_INPUT (reason OPTION_REQUIRED, NOT_QUOTE_OPTION, NOT_QUOTE_ADD_ON) for a selection that does not fit the quote.',
  })
  priceQuote(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('selection', () => QuoteSelectionInput) selection: QuoteSelectionInput): Promise<QuoteTotals> {
    return priceMyQuote(ctx, id, selection);
  }

  @Allow(contactMay('invoices'))
  @Mutation(() => Quote, {
    description: 'Declines a sent quote, saying why (optional, at most 2000 characters). CONFLICT (reason STATUS_NOT_ALLOWED) once approved, declined, expired or withdrawn.',
  })
  declineQuote(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason: string | null): Promise<Quote> {
    return declineQuote(ctx, id, reason);
  }

  @Allow(contactMay('invoices'))
  @Mutation(() => Quote, {
    description:
      'Freezes your selection and starts signing it: renders the quote PDF for exactly this selection and opens a signing request (the generic signing flow then runs with signingRequestId). Signing approves the quote; a deposit, if due, is then invoiced. Starting again replaces an unfinished signing. CONFLICT (reason STATUS_NOT_ALLOWED, QUOTE_EXPIRED).',
  })
  startQuoteSigning(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('selection', () => QuoteSelectionInput) selection: QuoteSelectionInput): Promise<Quote> {
    return startQuoteSigning(ctx, id, selection);
  }

  @FieldResolver(() => String, { description: 'A link to the quote as a PDF (every option and add-on), valid for 5 minutes and only for the session that asked for it.' })
  pdfUrl(@Ctx() ctx: CustomerContext, @Root() quote: Quote): Promise<string> {
    return signedLink(ctx, 'quote-pdf', quote.id);
  }
}
