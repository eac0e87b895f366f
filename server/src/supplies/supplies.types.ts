// The supplies' GraphQL types: the catalogue (what customers may order for a device, what staff
// manage), the price preview shown before the customer confirms, and the orders as each side sees
// them (staff also see the excess-usage warning).
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SupplyOrderStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

export { SupplyOrderStatus };

registerEnumType(SupplyOrderStatus, {
  name: 'SupplyOrderStatus',
  description:
    'SUBMITTED → APPROVED → SHIPPED → DELIVERED; SUBMITTED → REJECTED (staff, with a reason); SUBMITTED → CANCELLED (the customer or staff) and APPROVED → CANCELLED (staff). An order says its own nextStates.',
});

export enum SupplyCategory {
  TONER = 'TONER',
  DRUM = 'DRUM',
  STAPLES = 'STAPLES',
  PAPER = 'PAPER',
  OTHER = 'OTHER',
}
registerEnumType(SupplyCategory, { name: 'SupplyCategory', description: 'What kind of supply: a contract’s allowance is per category.' });

export const MAX_LINES = 20;
export const MAX_QUANTITY = 99;

/** What both endpoints show of a catalogue item. */
@ObjectType({ description: 'Never in a schema itself: the base of SupplyItem and AdminSupplyItem.' })
export abstract class SupplyItemFields {
  @Field(() => ID)
  id!: string;

  @Field()
  sku!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => SupplyCategory)
  category!: SupplyCategory;

  @Field(() => Int, { nullable: true, description: 'Pages one unit prints at 5 % coverage (toner, drums).' })
  yieldPages!: number | null;

  @Field(() => Int, { description: 'The catalogue price of one unit, before tax, in minor units of `currency`.' })
  priceMinor!: number;

  @Field(() => Int, { description: 'Basis points: 825 = 8.25 %.' })
  taxRateBp!: number;

  @Field()
  currency!: string;
}

@ObjectType({ description: 'A supply the business sells: only active items fitting the chosen device are offered.' })
export class SupplyItem extends SupplyItemFields {}

@ObjectType({ description: 'A catalogue item as staff manage it.' })
export class AdminSupplyItem extends SupplyItemFields {
  @Field()
  active!: boolean;

  @Field(() => [String], { description: 'The equipment models it fits (compared with a device’s model ignoring case and spaces).' })
  models!: string[];

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class AdminSupplyItemConnection extends ConnectionType(AdminSupplyItem) {}

@ObjectType({ description: 'Where an order goes: a copy of the address as ordered.' })
export class SupplyAddress {
  @Field({ description: 'Whom or which place to deliver to (a site’s label, or the name typed).' })
  name!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 two-letter code.' })
  country!: string | null;
}

@ObjectType({ description: 'One line of an order (or of its preview): how many units the contract covers and how many bill at the catalogue price. Minor units.' })
export class SupplyOrderLine {
  @Field(() => ID, { description: 'The catalogue item.' })
  itemId!: string;

  @Field({ description: 'The item’s name as ordered.' })
  name!: string;

  @Field()
  sku!: string;

  @Field(() => SupplyCategory)
  category!: SupplyCategory;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'Units the device’s contract covers (no charge), within its allowance for the period.' })
  coveredQuantity!: number;

  @Field(() => Int, { description: 'Units billed at unitPriceMinor: quantity − coveredQuantity.' })
  billableQuantity!: number;

  @Field(() => Int)
  unitPriceMinor!: number;

  @Field(() => Int, { description: 'Basis points.' })
  taxRateBp!: number;

  @Field(() => Int, { description: 'billableQuantity × unitPriceMinor, before tax.' })
  totalMinor!: number;

  @Field(() => Int, { description: 'The tax on totalMinor.' })
  taxMinor!: number;
}

@ObjectType({ description: 'A preview line: the order line and the catalogue item it is for.' })
export class SupplyOrderPreviewLine extends SupplyOrderLine {
  @Field(() => SupplyItem)
  item!: SupplyItem;
}

@ObjectType({ description: 'What an order would be if placed now: coverage is decided at order time, so it may change by the time the order is placed.' })
export class SupplyOrderPreview {
  @Field(() => [SupplyOrderPreviewLine])
  lines!: SupplyOrderPreviewLine[];

  @Field(() => Int, { description: 'The billable lines before tax.' })
  subtotalMinor!: number;

  @Field(() => Int)
  taxMinor!: number;

  @Field(() => Int, { description: 'What will be invoiced when the order ships (0 when the contract covers everything).' })
  totalMinor!: number;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true, description: 'The device’s contract whose allowance covers lines; null without one.' })
  contractNumber!: string | null;

  @Field({ description: 'True when this device orders far more toner than its meters suggest: the business may ask before approving.' })
  excessUsage!: boolean;
}

/** What both endpoints show of an order. */
@ObjectType({ description: 'Never in a schema itself: the base of SupplyOrder and AdminSupplyOrder.' })
export abstract class SupplyOrderFields {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. SO-2026-0001.' })
  number!: string;

  @Field(() => SupplyOrderStatus)
  status!: SupplyOrderStatus;

  @Field(() => [SupplyOrderStatus], { description: 'The statuses the caller may move it to now.' })
  nextStates!: SupplyOrderStatus[];

  @Field(() => [SupplyOrderLine])
  lines!: SupplyOrderLine[];

  @Field(() => SupplyAddress)
  deliveryAddress!: SupplyAddress;

  @Field(() => ID, { nullable: true, description: 'The customer’s site it is delivered to; null for a typed address.' })
  siteId!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the business rejected or cancelled it.' })
  statusReason!: string | null;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'The contract whose allowance covered lines.' })
  contractNumber!: string | null;

  @Field(() => Int)
  subtotalMinor!: number;

  @Field(() => Int)
  taxMinor!: number;

  @Field(() => Int, { description: 'What is (or will be, when it ships) invoiced.' })
  totalMinor!: number;

  @Field()
  currency!: string;

  @Field(() => ID, { nullable: true, description: 'The invoice of the billable lines, issued when it ships.' })
  invoiceId!: string | null;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  shippedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled or rejected.' })
  cancelledAt!: Date | null;

  // Relations, resolved per endpoint; not exposed as such.
  customerId!: string;
  assetId!: string;
}

@ObjectType({ description: 'A supply order of the customer’s.' })
export class SupplyOrder extends SupplyOrderFields {}

@ObjectType()
export class SupplyOrderConnection extends ConnectionType(SupplyOrder) {}

@ObjectType({ description: 'Toner ordered for a device against what its meters counted over the same days.' })
export class ExcessUsageWarning {
  @Field(() => Int, { description: 'The window looked at, in days.' })
  days!: number;

  @Field(() => Int, { description: 'Pages the toner ordered in the window (this order included) yields.' })
  pagesOrdered!: number;

  @Field(() => Int, { description: 'Pages the device’s meters counted in the window.' })
  pagesPrinted!: number;

  @Field(() => Float, { nullable: true, description: 'pagesOrdered / pagesPrinted, to two decimals; null when the meters counted nothing.' })
  ratio!: number | null;
}

@ObjectType({ description: 'A supply order as staff handle it.' })
export class AdminSupplyOrder extends SupplyOrderFields {
  @Field(() => ExcessUsageWarning, { nullable: true, description: 'Set at order time when the device ordered far more toner than its meters suggest. Staff only.' })
  excessUsageWarning!: ExcessUsageWarning | null;
}

@ObjectType()
export class AdminSupplyOrderConnection extends ConnectionType(AdminSupplyOrder) {}

// ---------------------------------------------------------------------------------------------
// Inputs

@InputType()
export class SupplyOrderLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  @Min(1, { message: 'Order at least one.' })
  @Max(MAX_QUANTITY, { message: `Order at most ${MAX_QUANTITY} of an item.` })
  quantity!: number;
}

@InputType({ description: 'A delivery address typed in (only when the business allows any address).' })
export class SupplyAddressInput {
  @Field({ description: 'Whom or which place to deliver to.' })
  @MinLength(1, { message: 'Enter a name.' })
  @MaxLength(120, { message: 'Keep the name under 120 characters.' })
  name!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 two-letter code, e.g. US.' })
  country?: string | null;
}

@InputType({ description: 'An order for one device: its lines, where it goes (one of your sites, or a typed address if the business allows it) and notes.' })
export class SupplyOrderInput {
  @Field(() => ID, { description: 'One of your devices (assets).' })
  assetId!: string;

  @Field(() => [SupplyOrderLineInput])
  @ArrayMinSize(1, { message: 'Add at least one item.' })
  @ArrayMaxSize(MAX_LINES, { message: `Order at most ${MAX_LINES} different items at once.` })
  @ValidateNested({ each: true })
  lines!: SupplyOrderLineInput[];

  @Field(() => ID, { nullable: true, description: 'One of your sites; give this or address.' })
  siteId?: string | null;

  @Field(() => SupplyAddressInput, { nullable: true, description: 'A typed address, only when the business allows any address.' })
  @IsOptional()
  @ValidateNested()
  address?: SupplyAddressInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the notes under 2000 characters.' })
  notes?: string | null;
}

@ArgsType()
export class SupplyOrderListArgs extends PageArgs {
  @Field(() => SupplyOrderStatus, { nullable: true })
  status?: SupplyOrderStatus | null;
}

@ArgsType()
export class AdminSupplyOrderListArgs extends SupplyOrderListArgs {
  @Field(() => ID, { nullable: true, description: "Only this customer's orders." })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a customer.' })
  customerId?: string | null;
}

@ArgsType()
export class AdminSupplyItemListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words in the name, SKU or a model it fits.' })
  @IsOptional()
  @MaxLength(100, { message: 'Search with fewer words.' })
  search?: string | null;

  @Field(() => SupplyCategory, { nullable: true })
  category?: SupplyCategory | null;

  @Field({ defaultValue: false, description: 'Also items no longer offered.' })
  includeInactive: boolean = false;
}

@InputType({ description: 'A catalogue item. On update only the fields given change; `models`, when given, replaces the list.' })
export class SupplyItemInput {
  @Field(() => String, { nullable: true, description: 'Unique in the catalogue. Required on create.' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SupplyCategory, { nullable: true, description: 'Required on create.' })
  category?: SupplyCategory | null;

  @Field(() => Int, { nullable: true, description: 'Pages per unit (toner, drums); null when it does not apply.' })
  @IsOptional()
  @Min(1, { message: 'The yield is at least one page.' })
  @Max(10_000_000, { message: 'The yield is too large.' })
  yieldPages?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minor units, 0 or more. Required on create.' })
  @IsOptional()
  @Min(0, { message: 'The price cannot be negative.' })
  @Max(100_000_000, { message: 'The price is too large.' })
  priceMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Basis points (825 = 8.25 %); 0 on create when not given.' })
  @IsOptional()
  @Min(0, { message: 'The tax rate cannot be negative.' })
  @Max(10_000, { message: 'The tax rate is at most 100 %.' })
  taxRateBp?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered to customers; true on create when not given.' })
  active?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'The equipment models it fits.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'List at most 100 models.' })
  models?: string[] | null;
}
