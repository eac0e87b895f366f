import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { signedLink } from '../platform/signed-links.js';
import type { StaffContext } from '../context/context.js';
import { Allow, office } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { Customer } from '../customers/customers.types.js';
import { toCustomer } from '../customers/customers.service.js';
import { threadCustomer } from '../messaging/messaging.loaders.js';
import { listQuotes, staffQuote } from './quotes.service.js';
import { convertQuote, createQuote, reviseQuote, sendQuote, updateQuoteDraft, withdrawQuote } from './quotes.admin.service.js';
import { AdminQuote, AdminQuoteConnection, AdminQuoteListArgs, CreateQuoteInput, QuoteContentInput } from './quotes.types.js';

// Quotes are the office's (owner, admin, dispatcher): technicians have no business with prices
// being negotiated (row-level security hides quotes from them too). Every write returns the quote
// as it now stands.
@Resolver(() => AdminQuote)
export class QuoteAdminResolver {
  @Allow(office)
  @Query(() => AdminQuoteConnection, { description: "The business's quotes, newest first." })
  quotes(@Ctx() ctx: StaffContext, @Args(() => AdminQuoteListArgs) args: AdminQuoteListArgs): Promise<Connection<AdminQuote>> {
    return listQuotes(ctx, args);
  }

  @Allow(office)
  @Query(() => AdminQuote, { description: 'One quote with all its versions; NOT_FOUND for another business’s.' })
  quote(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminQuote> {
    return staffQuote(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminQuote, {
    description:
      "Creates a draft quote (version 1) for a customer, numbered in the business's quote number format. BAD_USER_INPUT (reason NOT_CUSTOMER_SITE, NOT_CUSTOMER_ASSET, NOT_CUSTOMER_REQUEST, NOT_CUSTOMER_PROJECT, ONE_OPTION, INVALID_DEPOSIT, EMPTY_QUOTE, VALID_UNTIL_PAST).",
  })
  createQuote(@Ctx() ctx: StaffContext, @Arg('input', () => CreateQuoteInput) input: CreateQuoteInput): Promise<AdminQuote> {
    return createQuote(ctx, input);
  }

  @Allow(office)
  @Mutation(() => AdminQuote, { description: 'Replaces the current draft version’s content. CONFLICT (reason NOT_DRAFT) when the current version was sent: reviseQuote first.' })
  updateQuoteDraft(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => QuoteContentInput) input: QuoteContentInput): Promise<AdminQuote> {
    return updateQuoteDraft(ctx, id, input);
  }

  @Allow(office)
  @Mutation(() => AdminQuote, {
    description:
      'Sends the current draft version: the customer now sees it, and is emailed (in their language, notification kind quoteSent per their preferences) with a portal link and the PDF. CONFLICT (reason NOT_DRAFT, STATUS_NOT_ALLOWED).',
  })
  sendQuote(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminQuote> {
    return sendQuote(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminQuote, {
    description:
      'Starts a new draft version from the current one (a sent, declined or expired quote); the customer keeps seeing the sent version until it is sent. CONFLICT (reason STATUS_NOT_ALLOWED, ALREADY_DRAFT).',
  })
  reviseQuote(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminQuote> {
    return reviseQuote(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminQuote, { description: 'Withdraws a quote not yet approved: the customer no longer sees it. CONFLICT (reason STATUS_NOT_ALLOWED).' })
  withdrawQuote(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminQuote> {
    return withdrawQuote(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminQuote, {
    description:
      "Converts an approved quote now, without waiting for its deposit, into a job or a project (the business's quoteConversion). Once only: a converted quote is returned as it is. CONFLICT (reason STATUS_NOT_ALLOWED) before approval.",
  })
  convertQuote(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminQuote> {
    return convertQuote(ctx, id);
  }

  @FieldResolver(() => Customer)
  async customer(@Ctx() ctx: StaffContext, @Root() quote: AdminQuote): Promise<Customer> {
    const row = await threadCustomer(ctx, quote.customerId);
    if (!row) throw new NotFound('This customer');
    return toCustomer(row);
  }

  @FieldResolver(() => String, { description: 'A link to the current version as a PDF (every option and add-on), valid for 5 minutes and only for the session that asked for it.' })
  pdfUrl(@Ctx() ctx: StaffContext, @Root() quote: AdminQuote): Promise<string> {
    return signedLink(ctx, 'quote-pdf', quote.id);
  }
}
