import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination.js';

export enum InvoiceDisplayStatus {
  draft = 'draft',
  unpaid = 'unpaid',
  partially_paid = 'partially_paid',
  overdue = 'overdue',
  paid = 'paid',
  void = 'void',
}
registerEnumType(InvoiceDisplayStatus, {
  name: 'InvoiceStatus',
  description:
    "An invoice's status as a customer sees it: unpaid (open, nothing paid yet), partially_paid, overdue (something still due after the due date, in the business's time zone), paid (settled in full: a refund afterwards does not make it due again), void, draft.",
});

export enum InvoiceRefundState {
  none = 'none',
  partially_refunded = 'partially_refunded',
  refunded = 'refunded',
}
registerEnumType(InvoiceRefundState, {
  name: 'InvoiceRefundState',
  description: 'Shown beside the status: whether some or all of the money paid on the invoice was given back.',
});

@ObjectType()
export class InvoiceLine {
  @Field(() => ID)
  id!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'Minor units (cents) of the invoice currency.' })
  unitPriceMinor!: number;

  @Field(() => Int, { description: 'Tax rate in basis points: 825 is 8.25 %.' })
  taxRateBp!: number;

  @Field(() => Int)
  totalMinor!: number;
}

@ObjectType()
export class Invoice {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Assigned when the invoice is issued.' })
  number!: string | null;

  @Field(() => InvoiceDisplayStatus)
  status!: InvoiceDisplayStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  issueDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate!: string | null;

  @Field()
  currency!: string;

  @Field(() => Int)
  subtotalMinor!: number;

  @Field(() => Int)
  taxMinor!: number;

  @Field(() => Int)
  totalMinor!: number;

  @Field(() => Int, { description: 'The balance due: total less credit notes less what was paid (net of refunds); 0 once paid, for a draft and a void invoice.' })
  amountDueMinor!: number;

  @Field(() => Int, { description: 'What was paid and kept: received less refunded.' })
  paidMinor!: number;

  @Field(() => Int, { description: 'What was given back of the payments.' })
  refundedMinor!: number;

  @Field(() => Int, { description: 'What credit notes took off what is owed.' })
  creditedMinor!: number;

  @Field(() => InvoiceRefundState)
  refundState!: InvoiceRefundState;

  /** Read by field resolvers; not exposed. */
  customerId!: string;
  agreementId!: string | null;
  notes!: string | null;
  voidReason!: string | null;
}

@ObjectType()
export class InvoiceConnection extends ConnectionType(Invoice) {}

@ArgsType()
export class InvoiceListArgs extends PageArgs {
  @Field(() => InvoiceDisplayStatus, { nullable: true })
  status?: InvoiceDisplayStatus | null;
}

@ArgsType()
export class AdminInvoiceListArgs extends InvoiceListArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This customer id is not valid.' })
  customerId?: string | null;
}
