// The quotes' GraphQL types: what the portal shows a customer (Quote, the latest sent version
// only) and what staff see (AdminQuote, with every version), and their inputs.
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { QuoteConversion, QuoteDepositKind, QuoteItemKind, QuoteStatus as StoredQuoteStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

/** A quote's status as clients read it: the stored status, and `expired` for a sent quote past its validity date. */
export type QuoteStatus = StoredQuoteStatus | 'expired';
export const QuoteStatus = { ...StoredQuoteStatus, expired: 'expired' } as const;

registerEnumType(QuoteStatus, {
  name: 'QuoteStatus',
  description:
    'draft → sent → approved → converted; sent → declined; expired: a sent quote past its validity date (in the business’s time zone); withdrawn by staff. A quote says its own nextStates.',
});
registerEnumType(QuoteDepositKind, {
  name: 'QuoteDepositKind',
  description: 'NONE; PERCENT of the chosen total (value in basis points: 2500 = 25 %); FIXED amount (value in minor units).',
});
registerEnumType(QuoteConversion, { name: 'QuoteConversion', description: 'What an approved quote becomes: a job (unscheduled) or a construction project.' });
registerEnumType(QuoteItemKind, {
  name: 'QuoteItemKind',
  description: 'COMMON: always included; OPTION: part of one alternative option; OPTIONAL: an add-on the customer may tick.',
});

export { QuoteConversion };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Give a date as YYYY-MM-DD.';

@ObjectType({ description: 'A line of a quote. Money in minor units of the quote’s currency.' })
export class QuoteItem {
  @Field(() => ID)
  id!: string;

  @Field(() => QuoteItemKind)
  kind!: QuoteItemKind;

  @Field()
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int)
  unitPriceMinor!: number;

  @Field(() => Int, { description: 'Basis points: 825 = 8.25 %.' })
  taxRateBp!: number;

  @Field(() => Int, { description: 'quantity × unit price, before tax.' })
  totalMinor!: number;

  // Not a field: the option it belongs to (kind OPTION).
  optionId!: string | null;
}

@ObjectType({ description: 'What a selection (or an option alone) costs. Minor units.' })
export class QuoteTotals {
  @Field(() => Int)
  subtotalMinor!: number;

  @Field(() => Int)
  taxMinor!: number;

  @Field(() => Int)
  totalMinor!: number;

  @Field(() => Int, { description: 'What the deposit rule asks of this total (0 without a deposit).' })
  depositMinor!: number;

  @Field()
  currency!: string;
}

@ObjectType({ description: 'An alternative ("Repair", "Replace"): the customer picks exactly one when a quote has options.' })
export class QuoteOption {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [QuoteItem])
  items!: QuoteItem[];

  @Field(() => QuoteTotals, { description: 'The common items plus this option, without add-ons.' })
  totals!: QuoteTotals;
}

@ObjectType({ description: 'How much is paid on approval.' })
export class QuoteDepositRule {
  @Field(() => QuoteDepositKind)
  kind!: QuoteDepositKind;

  @Field(() => Int, { description: 'PERCENT: basis points (2500 = 25 %); FIXED: minor units; NONE: 0.' })
  value!: number;
}

@ObjectType({ description: 'One version of a quote’s content. A sent version is never changed.' })
export class QuoteVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'From 1.' })
  version!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  intro!: string | null;

  @Field(() => String, { nullable: true })
  terms!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD: the last day it may be approved (business’s time zone).' })
  validUntil!: string;

  @Field(() => QuoteDepositRule)
  depositRule!: QuoteDepositRule;

  @Field(() => [QuoteItem], { description: 'Always included.' })
  commonItems!: QuoteItem[];

  @Field(() => [QuoteOption], { description: 'Alternatives, in order; empty when there is nothing to choose.' })
  options!: QuoteOption[];

  @Field(() => [QuoteItem], { description: 'Add-ons the customer may tick.' })
  optionalItems!: QuoteItem[];

  @Field(() => Date, { nullable: true, description: 'Null while a draft.' })
  sentAt!: Date | null;
}

@ObjectType({ description: 'What the customer chose when signing (frozen with the signing request).' })
export class QuoteSelection {
  @Field(() => ID, { nullable: true })
  optionId!: string | null;

  @Field(() => [ID])
  optionalItemIds!: string[];
}

/** What both endpoints show of a quote. */
@ObjectType()
export abstract class QuoteFields {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  @Field(() => QuoteStatus)
  status!: QuoteStatus;

  @Field(() => [QuoteStatus], { description: 'The statuses staff may move it to now (sendQuote, withdrawQuote, convertQuote …).' })
  nextStates!: QuoteStatus[];

  @Field()
  currency!: string;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  declinedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The customer’s reason when declining.' })
  declineReason!: string | null;

  @Field(() => QuoteSelection, { nullable: true, description: 'The chosen option and add-ons, once a signing started (frozen) or the quote was approved.' })
  selection!: QuoteSelection | null;

  @Field(() => QuoteTotals, { nullable: true, description: 'The approved selection’s money (null before approval).' })
  approvedTotals!: QuoteTotals | null;

  @Field(() => ID, { nullable: true, description: 'The signing in progress or done (signatures module).' })
  signingRequestId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The signed PDF (a document of the customer’s).' })
  signedDocumentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The deposit invoice issued on approval, if a deposit is due.' })
  depositInvoiceId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The job the quote became.' })
  jobId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The project the quote became.' })
  convertedProjectId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread about this quote (null until the first message: sendMessage(anchor: { type: QUOTE, id })).' })
  threadId!: string | null;

  @Field()
  createdAt!: Date;

  // Not fields: what the field resolvers read.
  customerId!: string;
  siteId!: string | null;
  assetId!: string | null;
  requestId!: string | null;
  projectId!: string | null;
}

@ObjectType({ description: 'A quote for you: its latest sent version.' })
export class Quote extends QuoteFields {
  @Field(() => Int, { description: 'The version shown.' })
  version!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  intro!: string | null;

  @Field(() => String, { nullable: true })
  terms!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  validUntil!: string;

  @Field(() => QuoteDepositRule)
  depositRule!: QuoteDepositRule;

  @Field(() => [QuoteItem])
  commonItems!: QuoteItem[];

  @Field(() => [QuoteOption])
  options!: QuoteOption[];

  @Field(() => [QuoteItem])
  optionalItems!: QuoteItem[];

  @Field(() => [String], {
    description:
      'What you may do now: CHOOSE_OPTION (there are options), APPROVE (sign, then pay the deposit if any), DECLINE, ASK (a question), PAY_DEPOSIT (approved, the deposit invoice unpaid). Empty when there is nothing to do.',
  })
  nextSteps!: string[];
}

@ObjectType()
export class QuoteConnection extends ConnectionType(Quote) {}

@ObjectType({ description: 'A quote as staff see it: every version, the newest first; `current` is the one staff edit.' })
export class AdminQuote extends QuoteFields {
  @Field(() => Int, { description: 'The newest version (a draft being revised, or the one sent).' })
  currentVersion!: number;

  @Field(() => Int, { nullable: true, description: 'The version the customer sees; null until first sent.' })
  sentVersion!: number | null;

  @Field(() => QuoteVersion)
  current!: QuoteVersion;

  @Field(() => [QuoteVersion], { description: 'Newest first.' })
  versions!: QuoteVersion[];

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => Date, { nullable: true })
  convertedAt!: Date | null;
}

@ObjectType()
export class AdminQuoteConnection extends ConnectionType(AdminQuote) {}

@ArgsType()
export class AdminQuoteListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this customer's quotes." })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a customer.' })
  customerId?: string | null;

  @Field(() => QuoteStatus, { nullable: true })
  status?: QuoteStatus | null;
}

@InputType()
export class QuoteItemInput {
  @Field()
  @MinLength(1, { message: 'Describe the item.' })
  @MaxLength(500, { message: 'Keep the description under 500 characters.' })
  description!: string;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1, { message: 'The quantity must be at least 1.' })
  @Max(100_000, { message: 'The quantity is too large.' })
  quantity: number = 1;

  @Field(() => Int, { description: 'Minor units, 0 or more.' })
  @Min(0, { message: 'The price cannot be negative.' })
  @Max(1_000_000_000, { message: 'The price is too large.' })
  unitPriceMinor!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Basis points: 825 = 8.25 %.' })
  @Min(0, { message: 'The tax rate cannot be negative.' })
  @Max(10_000, { message: 'The tax rate is at most 100 %.' })
  taxRateBp: number = 0;
}

@InputType()
export class QuoteOptionInput {
  @Field()
  @MinLength(1, { message: 'Name the option.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the description under 2000 characters.' })
  description?: string | null;

  @Field(() => [QuoteItemInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  items!: QuoteItemInput[];
}

@InputType()
export class QuoteDepositRuleInput {
  @Field(() => QuoteDepositKind)
  kind!: QuoteDepositKind;

  @Field(() => Int, { defaultValue: 0, description: 'PERCENT: basis points (1 to 10000); FIXED: minor units (> 0); NONE: 0.' })
  @Min(0, { message: 'The deposit cannot be negative.' })
  value: number = 0;
}

@InputType({ description: 'A draft’s whole content: items, options and add-ons are replaced by what is given.' })
export class QuoteContentInput {
  @Field()
  @MinLength(1, { message: 'Give the quote a title.' })
  @MaxLength(200, { message: 'Keep the title under 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the introduction under 5000 characters.' })
  intro?: string | null;

  @Field(() => String, { nullable: true, description: 'Null: the business’s default terms.' })
  @IsOptional()
  @MaxLength(10000, { message: 'Keep the terms under 10000 characters.' })
  terms?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: today plus the business’s default validity days.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  validUntil?: string | null;

  @Field(() => QuoteDepositRuleInput, { nullable: true, description: 'Null: no deposit.' })
  @IsOptional()
  @ValidateNested()
  depositRule?: QuoteDepositRuleInput | null;

  @Field(() => [QuoteItemInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  commonItems!: QuoteItemInput[];

  @Field(() => [QuoteOptionInput], { defaultValue: [], description: 'None, or 2 and more: the customer picks exactly one.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  options!: QuoteOptionInput[];

  @Field(() => [QuoteItemInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  optionalItems!: QuoteItemInput[];
}

@InputType()
export class CreateQuoteInput extends QuoteContentInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { nullable: true, description: "One of the customer's sites." })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's assets." })
  assetId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's service requests." })
  requestId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's projects." })
  projectId?: string | null;
}

@InputType({ description: 'The customer’s choice: exactly one option when the quote has options, and any of its add-ons.' })
export class QuoteSelectionInput {
  @Field(() => ID, { nullable: true })
  optionId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  optionalItemIds!: string[];
}

@ObjectType({ description: 'What the business’s quotes do.' })
export class QuoteSettings {
  @Field({ description: 'Like the invoice number format: {YYYY}, {YY}, {MM}, {SEQ:n}.' })
  quoteNumberFormat!: string;

  @Field(() => QuoteConversion)
  quoteConversion!: QuoteConversion;

  @Field(() => Int)
  quoteValidityDays!: number;

  @Field(() => String, { nullable: true })
  quoteDefaultTerms!: string | null;
}
