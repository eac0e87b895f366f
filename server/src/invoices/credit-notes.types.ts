// Credit notes: staff's credit against an issued invoice, as both endpoints show it.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Matches, MaxLength, Min } from 'class-validator';
import { Invoice } from './invoices.types.js';

@ObjectType({ description: 'A credit against an invoice: it takes its amount off what is owed. Numbered in its own gap-free sequence.' })
export class CreditNote {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'In the business\'s invoice format with "CN" for its leading letters, e.g. CN-2026-00001.' })
  number!: string;

  @Field(() => ID)
  invoiceId!: string;

  @Field(() => String, { nullable: true })
  invoiceNumber!: string | null;

  @Field(() => Int)
  amountMinor!: number;

  @Field()
  currency!: string;

  @Field({ description: 'Printed on the credit note: the customer reads it.' })
  reason!: string;

  @Field(() => Date)
  issuedAt!: Date;
}

@InputType()
export class IssueCreditNoteInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { description: 'Minor units; at most the balance due (money already paid goes back by refund).' })
  @Min(1, { message: 'Enter an amount greater than zero.' })
  amountMinor!: number;

  @Field({ description: 'Why, printed on the credit note the customer receives.' })
  @Matches(/\S/, { message: 'Say why the credit is given.' })
  @MaxLength(500, { message: 'Keep the reason under 500 characters.' })
  reason!: string;
}

@ObjectType()
export class IssueCreditNotePayload {
  @Field(() => CreditNote)
  creditNote!: CreditNote;

  @Field(() => Invoice, { description: 'The invoice with its new balance.' })
  invoice!: Invoice;
}
