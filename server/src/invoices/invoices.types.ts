import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination.js';

export enum InvoiceDisplayStatus {
  draft = 'draft',
  unpaid = 'unpaid',
  overdue = 'overdue',
  paid = 'paid',
  void = 'void',
}
registerEnumType(InvoiceDisplayStatus, {
  name: 'InvoiceStatus',
  description: "An invoice's status as a customer sees it; overdue is derived from the due date in the business's time zone.",
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

  @Field(() => Int)
  amountDueMinor!: number;

  /** Read by field resolvers; not exposed. */
  customerId!: string;
  agreementId!: string | null;
  /** Exposed to staff only (invoices.admin.resolver.ts). */
  paidMinor!: number;
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
