// GraphQL types of online payments: what a customer sees of a payment, the session the web
// client needs to take one, saved payment methods, and what staff send to refund.
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination.js';

export enum PaymentProviderKind {
  stripe = 'stripe',
  sandbox = 'sandbox',
}
registerEnumType(PaymentProviderKind, { name: 'PaymentProviderKind', description: 'sandbox: the built-in test provider used while the business has no Stripe keys.' });

export enum PaymentStatus {
  pending = 'pending',
  requires_action = 'requires_action',
  processing = 'processing',
  succeeded = 'succeeded',
  failed = 'failed',
  canceled = 'canceled',
  refunded = 'refunded',
  partially_refunded = 'partially_refunded',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

@ObjectType()
export class Payment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String, { nullable: true })
  invoiceNumber!: string | null;

  @Field(() => Int, { description: 'Minor units of `currency`.' })
  amountMinor!: number;

  @Field(() => Int)
  refundedMinor!: number;

  @Field()
  currency!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field({ description: 'card, us_bank_account, cash, cheque or bank_transfer.' })
  method!: string;

  @Field(() => String, { nullable: true })
  cardBrand!: string | null;

  @Field(() => String, { nullable: true })
  last4!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, for the customer, e.g. "Your card was declined." or "The bank returned this payment: account closed."' })
  failureReason!: string | null;

  @Field(() => Int, { description: 'A tip charged with this payment (recorded apart; not part of amountMinor, which is what the invoice gets).' })
  tipMinor!: number;

  @Field(() => Date)
  createdAt!: Date;

  /** Read by field resolvers; not exposed. */
  customerId!: string;
  provider!: string | null;
}

@ObjectType()
export class PaymentConnection extends ConnectionType(Payment) {}

@ObjectType()
export class PaymentSession {
  @Field(() => Payment)
  payment!: Payment;

  @Field(() => PaymentProviderKind)
  provider!: PaymentProviderKind;

  @Field({ description: "Stripe: the PaymentIntent's client secret for Stripe.js; sandbox: the secret to pass to confirmSandboxPayment." })
  clientSecret!: string;

  @Field(() => String, { nullable: true, description: 'Stripe publishable key for Stripe.js; null for the sandbox.' })
  publishableKey!: string | null;

  @Field(() => String, { nullable: true, description: "The business's Connect account, for Stripe.js's stripeAccount option." })
  stripeAccount!: string | null;

  @Field(() => Int, { description: 'What will be charged: the invoice part plus the tip.' })
  amountMinor!: number;

  @Field(() => Int, { description: 'The tip part of amountMinor.' })
  tipMinor!: number;

  @Field()
  currency!: string;

  @Field(() => [String], { description: 'The payment methods this session takes: card, us_bank_account.' })
  methods!: string[];

  @Field(() => String, { nullable: true, description: 'The bank-debit mandate the customer must accept before paying by bank (null when no bank debit is offered).' })
  mandateText!: string | null;
}

@ObjectType()
export class SavedPaymentMethod {
  @Field(() => ID)
  id!: string;

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
}

@InputType()
export class StartInvoicePaymentInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { nullable: true, description: 'Minor units; only when the business allows partial payments. Omitted: the whole amount due.' })
  @IsOptional()
  amountMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'card or us_bank_account (USD: Stripe and the sandbox). Omitted: every method offered.' })
  @IsOptional()
  method?: string | null;

  @Field(() => ID, { nullable: true, description: 'Pay at once with a saved payment method (see savedPaymentMethods).' })
  @IsOptional()
  @MaxLength(100)
  savedPaymentMethodId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep the card for next time.' })
  @IsOptional()
  savePaymentMethod?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A tip in minor units (Invoice.tipOptions): charged with the payment, recorded apart. TIP_NOT_OFFERED when tips are not offered on this invoice.',
  })
  @IsOptional()
  tipMinor?: number | null;
}

@InputType()
export class ConfirmSandboxPaymentInput {
  @Field()
  @MaxLength(200)
  clientSecret!: string;

  @Field()
  @MaxLength(30, { message: 'Your card number is incorrect.' })
  cardNumber!: string;

  @Field({ description: 'MM/YY' })
  @MaxLength(10, { message: "Your card's expiration date is incomplete. Use MM/YY." })
  expiry!: string;

  @Field()
  @MaxLength(4, { message: "Your card's security code is incomplete." })
  cvc!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  postalCode?: string | null;
}

@ArgsType()
export class PaymentListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  invoiceId?: string | null;
}

@ArgsType()
export class CustomerPaymentsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'This customer id is not valid.' })
  customerId!: string;
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int, { nullable: true, description: 'Minor units; omitted: everything not yet refunded.' })
  @IsOptional()
  @Min(1, { message: 'Enter an amount greater than zero.' })
  amountMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, for the activity log.' })
  @IsOptional()
  @MaxLength(500, { message: 'Keep the reason under 500 characters.' })
  reason?: string | null;
}
