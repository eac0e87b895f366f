// What staff send to create, edit and settle invoices.
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export enum OfflinePaymentMethod {
  cash = 'cash',
  cheque = 'cheque',
  bank_transfer = 'bank_transfer',
}
registerEnumType(OfflinePaymentMethod, { name: 'OfflinePaymentMethod', description: 'A payment received outside the portal.' });

export const MAX_LINES = 100;

@InputType()
export class InvoiceLineInput {
  @Field()
  @Matches(/\S/, { message: 'Describe each line.' })
  @MaxLength(500, { message: 'Keep each line description under 500 characters.' })
  description!: string;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1, { message: 'The quantity must be at least 1.' })
  @Max(100_000, { message: 'The quantity is too large.' })
  quantity: number = 1;

  @Field(() => Int, { description: 'Minor units (cents).' })
  @Min(0, { message: 'The unit price cannot be negative.' })
  @Max(100_000_000, { message: 'The unit price is too large.' })
  unitPriceMinor!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Basis points: 825 is 8.25 %.' })
  @Min(0, { message: 'The tax rate must be between 0 and 100 %.' })
  @Max(10_000, { message: 'The tax rate must be between 0 and 100 %.' })
  taxRateBp: number = 0;
}

@InputType()
export class InvoiceDraftInput {
  @Field(() => [InvoiceLineInput])
  @ArrayMinSize(1, { message: 'Add at least one line.' })
  @ArrayMaxSize(MAX_LINES, { message: `An invoice has at most ${MAX_LINES} lines.` })
  @ValidateNested({ each: true })
  lines!: InvoiceLineInput[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; when issued without one, 14 days after the issue date.' })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the notes under 2000 characters.' })
  notes?: string | null;
}

@InputType()
export class CreateInvoiceInput extends InvoiceDraftInput {
  @Field(() => ID)
  customerId!: string;

  @Field({ defaultValue: false, description: 'Issue at once (assigning its number) instead of keeping a draft.' })
  issue: boolean = false;
}

@InputType()
export class OfflinePaymentInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => Int, { description: 'Minor units; at most the amount due.' })
  @Min(1, { message: 'Enter an amount greater than zero.' })
  amountMinor!: number;

  @Field(() => OfflinePaymentMethod)
  method!: OfflinePaymentMethod;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  receivedOn!: string;

  @Field(() => String, { nullable: true, description: 'Cheque number or transfer reference.' })
  @IsOptional()
  @MaxLength(100, { message: 'Keep the reference under 100 characters.' })
  reference?: string | null;
}
