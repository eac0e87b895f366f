// GraphQL types of Payments II: bank debits in the sandbox, tips, autopay of service agreements
// and its dunning. The contract is README-payments-ii.md.
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'Sandbox only: a test bank account (Stripe test mode numbers) for a bank debit.' })
export class ConfirmSandboxBankPaymentInput {
  @Field()
  @MaxLength(200)
  clientSecret!: string;

  @Field()
  @MaxLength(100, { message: 'Keep the account holder name under 100 characters.' })
  accountHolderName!: string;

  @Field({ description: '9 digits; the sandbox takes 110000000.' })
  @MaxLength(20, { message: 'A routing number has 9 digits.' })
  routingNumber!: string;

  @Field({ description: 'The sandbox takes Stripe’s test accounts, e.g. 000123456789 (succeeds) or 000111111113 (returned R02).' })
  @MaxLength(30, { message: 'An account number has 4 to 17 digits.' })
  accountNumber!: string;

  @Field(() => String, { nullable: true, description: 'checking (default) or savings.' })
  @IsOptional()
  accountType?: string | null;

  @Field({ description: 'The customer accepted the mandate shown (PaymentSession.mandateText); false or missing is refused.' })
  mandateAccepted!: boolean;
}

@InputType({ description: 'Sandbox only: saves a test card for later (like a Stripe SetupIntent).' })
export class SaveSandboxCardInput {
  @Field()
  @MaxLength(30, { message: 'Your card number is incorrect.' })
  cardNumber!: string;

  @Field({ description: 'MM/YY' })
  @MaxLength(10, { message: "Your card's expiration date is incomplete. Use MM/YY." })
  expiry!: string;

  @Field()
  @MaxLength(4, { message: "Your card's security code is incomplete." })
  cvc!: string;
}

@InputType({ description: 'Sandbox only: saves a test bank account for later, with the mandate accepted.' })
export class SaveSandboxBankAccountInput {
  @Field()
  @MaxLength(100, { message: 'Keep the account holder name under 100 characters.' })
  accountHolderName!: string;

  @Field()
  @MaxLength(20, { message: 'A routing number has 9 digits.' })
  routingNumber!: string;

  @Field()
  @MaxLength(30, { message: 'An account number has 4 to 17 digits.' })
  accountNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  accountType?: string | null;

  @Field()
  mandateAccepted!: boolean;
}

@ObjectType()
export class TipPreset {
  @Field(() => Int)
  percent!: number;

  @Field(() => Int, { description: 'The tip at this percentage of the invoice total, in minor units.' })
  amountMinor!: number;
}

@ObjectType({ description: 'What the portal offers as a tip when paying this invoice.' })
export class TipOptions {
  @Field()
  currency!: string;

  @Field(() => Int, { description: 'What the presets are a percentage of: the invoice total.' })
  baseMinor!: number;

  @Field(() => [TipPreset])
  presets!: TipPreset[];

  @Field(() => Int, { description: 'The largest tip accepted (a custom amount above is refused with TIP_TOO_LARGE).' })
  maxTipMinor!: number;
}

@ObjectType({ description: 'Autopay of a service agreement or a meter contract: the saved payment method charged when an invoice is issued.' })
export class Autopay {
  @Field(() => ID)
  paymentMethodId!: string;

  @Field({ description: 'card or us_bank_account' })
  kind!: string;

  @Field(() => String, { nullable: true })
  brand!: string | null;

  @Field()
  last4!: string;

  @Field(() => Int, { nullable: true })
  expMonth!: number | null;

  @Field(() => Int, { nullable: true })
  expYear!: number | null;

  @Field(() => Date)
  enabledAt!: Date;
}

@ObjectType({ description: 'How autopay stands on an invoice issued from an agreement (or meter contracts) with autopay on.' })
export class InvoiceAutopay {
  @Field(() => Int, { description: 'Charges tried so far (the first on issue, then the retries).' })
  attempts!: number;

  @Field({ description: 'charging, succeeded, processing, failed, or gaveUp (after the last retry: left for the customer to pay).' })
  state!: string;

  @Field(() => String, { nullable: true, description: 'Why the last charge failed, in words.' })
  lastFailureReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next retry is due (dunning schedule: 1, 3 and 7 days after the first failure).' })
  nextRetryAt!: Date | null;
}

@ObjectType()
export class TechnicianTips {
  @Field(() => ID, { nullable: true, description: 'Null: tips on jobs without a technician.' })
  technicianId!: string | null;

  @Field(() => String, { nullable: true })
  technicianName!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Tips kept (received less refunded), minor units.' })
  totalMinor!: number;
}

@ObjectType()
export class TipsReport {
  @Field({ description: 'YYYY-MM-DD, in the business’s time zone, inclusive.' })
  from!: string;

  @Field()
  to!: string;

  @Field()
  currency!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  totalMinor!: number;

  @Field(() => [TechnicianTips], { description: 'Per technician, largest total first.' })
  technicians!: TechnicianTips[];
}

@ArgsType()
export class TipsReportArgs {
  @Field({ description: 'YYYY-MM-DD, first day (business time zone).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date as YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'YYYY-MM-DD, last day, inclusive (at most 366 days after from).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date as YYYY-MM-DD.' })
  to!: string;
}
