// Service agreements: a recurring price billed every few months, e.g. "Annual furnace plan".
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination.js';

@ObjectType({ description: 'A recurring price and interval for a customer; each period is invoiced on its date, labelled with the name.' })
export class ServiceAgreement {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Minor units per period, before tax.' })
  priceMinor!: number;

  @Field()
  currency!: string;

  @Field(() => Int, { description: 'Months between two invoices.' })
  intervalMonths!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the next invoice; null once ended.' })
  nextInvoiceOn!: string | null;

  @Field()
  active!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class ServiceAgreementConnection extends ConnectionType(ServiceAgreement) {}

@ArgsType()
export class ServiceAgreementListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This customer id is not valid.' })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only running (true) or only ended (false) agreements.' })
  active?: boolean | null;
}

@InputType()
export class ServiceAgreementChanges {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, { message: 'Name the agreement.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minor units per period.' })
  @IsOptional()
  @Min(1, { message: 'The price must be greater than zero.' })
  @Max(100_000_000, { message: 'The price is too large.' })
  priceMinor?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 24.' })
  @IsOptional()
  @Min(1, { message: 'Bill every 1 to 24 months.' })
  @Max(24, { message: 'Bill every 1 to 24 months.' })
  intervalMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later.' })
  @IsOptional()
  nextInvoiceOn?: string | null;
}

@InputType()
export class CreateServiceAgreementInput {
  @Field(() => ID)
  customerId!: string;

  @Field()
  @Matches(/\S/, { message: 'Name the agreement.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name!: string;

  @Field(() => Int, { description: 'Minor units per period.' })
  @Min(1, { message: 'The price must be greater than zero.' })
  @Max(100_000_000, { message: 'The price is too large.' })
  priceMinor!: number;

  @Field(() => Int, { description: '1 to 24.' })
  @Min(1, { message: 'Bill every 1 to 24 months.' })
  @Max(24, { message: 'Bill every 1 to 24 months.' })
  intervalMonths!: number;

  @Field({ description: 'YYYY-MM-DD of the first invoice, today or later.' })
  startOn!: string;
}
