// Meter contracts' GraphQL types (one set for both endpoints: customers read their own, the office
// manages them), the billed periods, and the usage projection a customer sees as they submit a reading.
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { MeterContractStatus } from './contract-status.js';

registerEnumType(MeterContractStatus, {
  name: 'MeterContractStatus',
  description:
    "ACTIVE: running with no end date, or before its start; ENDING: an end date is set and its last period is not billed yet; ENDED: its last period was billed (or it ended before any). In the business's time zone. A contract says its own nextStates.",
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Give a date as YYYY-MM-DD.';

@ObjectType({
  description: 'One overage band: the volume beyond what is included, up to `upTo` (cumulative, from the first unit beyond the included volume), at a rate per 1,000 units.',
})
export class MeterRateTier {
  @Field(() => Int, { nullable: true, description: 'Cumulative overage volume this band ends at; null for the last, unbounded band.' })
  upTo!: number | null;

  @Field(() => Int, { description: 'Minor units per 1,000 units (890 = 0.89 minor units a page).' })
  rateMinorPerThousand!: number;
}

@ObjectType({ description: 'What one meter of a contract includes per period and what beyond it costs.' })
export class MeterContractRate {
  @Field(() => ID)
  meterId!: string;

  @Field({ description: 'The meter\'s label in the business\'s words ("Black", "Colour").' })
  label!: string;

  @Field({ description: 'BLACK | COLOUR | SCAN | LARGE_FORMAT | OTHER.' })
  kind!: string;

  @Field(() => Int, { description: 'Units included per period (billed by the base charge).' })
  includedVolume!: number;

  @Field(() => [MeterRateTier], { description: 'Overage bands in order; empty: volume beyond the included one is not charged.' })
  tiers!: MeterRateTier[];
}

@ObjectType({ description: 'Supplies a contract covers per period (beyond them, the catalogue price).' })
export class MeterContractAllowance {
  @Field({ description: 'TONER | DRUM | STAPLES | PAPER | OTHER.' })
  category!: string;

  @Field(() => Int)
  unitsPerPeriod!: number;
}

@ObjectType({
  description: "A service contract on one device billed by its meters. Money in minor units of the business's currency; dates YYYY-MM-DD in the business's time zone.",
})
export class MeterContract {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Numbered like quotes and invoices (MC-{YYYY}-{SEQ:4}).' })
  number!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { description: 'The device (an asset of the customer).' })
  assetId!: string;

  @Field({ description: 'The device as invoices name it: "Konica C250i (SN A1B2C3)".' })
  deviceName!: string;

  @Field()
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'The last day covered; null: open-ended.' })
  endsOn!: string | null;

  @Field(() => Int, { description: '1, 3, 6 or 12.' })
  periodMonths!: number;

  @Field(() => Int, { description: 'Day of the month (1–28) a period ends on; readings are due in the days up to it.' })
  billingDay!: number;

  @Field(() => Int)
  baseChargeMinor!: number;

  @Field(() => Int, { description: 'The least a period bills (base + overage); a top-up line makes up the difference.' })
  minimumMinor!: number;

  @Field(() => Int, { description: 'Basis points: 825 = 8.25 %; on every line of the contract.' })
  taxRateBp!: number;

  @Field()
  currency!: string;

  @Field(() => MeterContractStatus)
  status!: MeterContractStatus;

  @Field(() => [MeterContractStatus], { description: 'Where endMeterContract can take it from here (ENDING or ENDED).' })
  nextStates!: MeterContractStatus[];

  @Field(() => [MeterContractRate])
  rates!: MeterContractRate[];

  @Field(() => [MeterContractAllowance])
  allowances!: MeterContractAllowance[];

  @Field(() => String, { nullable: true, description: 'First day of the period running today; null before the start or once ended.' })
  currentPeriodStart!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (the billing day) of the period running today.' })
  currentPeriodEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'The last billed period’s last day; null before the first bill.' })
  billedThrough!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class MeterContractConnection extends ConnectionType(MeterContract) {}

@ObjectType({ description: 'What one meter billed in a period.' })
export class MeterBilledVolume {
  @Field(() => ID)
  meterId!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'The previous period’s closing reading (which may have been an estimate).' })
  openingValue!: number;

  @Field(() => Int)
  closingValue!: number;

  @Field(() => Int, { description: 'Units billed this period (0 when the closing reading was below the opening estimate: see creditMinor).' })
  volume!: number;

  @Field(() => Int)
  includedVolume!: number;

  @Field(() => Int)
  overageVolume!: number;

  @Field({ description: 'The closing reading was an estimate (trued up by the next actual reading).' })
  estimated!: boolean;

  @Field(() => Int, { description: 'Overage charged, before tax.' })
  amountMinor!: number;

  @Field(() => Int, { description: 'Overage given back (before tax) because the previous period’s estimate was higher than the actual reading; 0 otherwise.' })
  creditMinor!: number;
}

@ObjectType({ description: 'One billed period of a contract (written once).' })
export class MeterBillingPeriod {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  contractId!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => ID, { nullable: true })
  invoiceId!: string | null;

  @Field(() => String, { nullable: true })
  invoiceNumber!: string | null;

  @Field(() => Int, { description: 'What the period billed for this contract, before tax: base + overage + minimum top-up − credits.' })
  subtotalMinor!: number;

  @Field(() => [MeterBilledVolume])
  meters!: MeterBilledVolume[];

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'One meter of a usage projection. Volumes in units (pages, scans).' })
export class MeterUsageLine {
  @Field(() => ID)
  meterId!: string;

  @Field()
  label!: string;

  @Field()
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'The reading the period opened with (the previous period’s closing one); null before any reading.' })
  openingValue!: number | null;

  @Field(() => Int, { nullable: true, description: 'The latest reading that counts (or the proposed one).' })
  latestValue!: number | null;

  @Field(() => Int)
  volumeThisPeriod!: number;

  @Field(() => Int)
  includedVolume!: number;

  @Field(() => Int, { description: 'Included volume not used yet (0 once exceeded).' })
  allowanceLeft!: number;

  @Field(() => Int, { description: 'Volume by the period’s end at the pace since it opened.' })
  projectedVolume!: number;

  @Field(() => Int)
  projectedOverageVolume!: number;

  @Field(() => Int)
  projectedOverageMinor!: number;
}

@ObjectType({ description: "What a device's readings mean for the period running today: volume so far, allowance left, and the projected charge at the current pace." })
export class MeterUsage {
  @Field()
  contractNumber!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => Int, { description: 'Days of the period gone by, today included.' })
  daysElapsed!: number;

  @Field(() => Int)
  daysInPeriod!: number;

  @Field()
  currency!: string;

  @Field(() => Int)
  baseChargeMinor!: number;

  @Field(() => Int)
  minimumMinor!: number;

  @Field(() => Int, { description: 'Base + projected overage, at least the minimum; before tax.' })
  estimatedChargeMinor!: number;

  @Field(() => [MeterUsageLine])
  meters!: MeterUsageLine[];
}

@InputType({ description: 'A reading not submitted yet: what it would mean.' })
export class ProposedReadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This is not a meter.' })
  meterId!: string;

  @Field(() => Int)
  @Min(0, { message: 'A reading cannot be negative.' })
  @Max(2_000_000_000, { message: 'This reading is too large.' })
  value!: number;
}

@InputType()
export class MeterRateTierInput {
  @Field(() => Int, { nullable: true, description: 'Cumulative overage volume the band ends at (increasing); null for the last band only.' })
  @IsOptional()
  @Min(1, { message: 'A band ends after at least one unit.' })
  @Max(2_000_000_000, { message: 'This volume is too large.' })
  upTo?: number | null;

  @Field(() => Int, { description: 'Minor units per 1,000 units.' })
  @Min(0, { message: 'A rate cannot be negative.' })
  @Max(100_000_000, { message: 'This rate is too large.' })
  rateMinorPerThousand!: number;
}

@InputType()
export class MeterRateInput {
  @Field(() => ID, { description: "One of the device's meters." })
  meterId!: string;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'The included volume cannot be negative.' })
  @Max(2_000_000_000, { message: 'This volume is too large.' })
  includedVolume: number = 0;

  @Field(() => [MeterRateTierInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  tiers!: MeterRateTierInput[];
}

@InputType()
export class MeterAllowanceInput {
  @Field({ description: 'TONER | DRUM | STAPLES | PAPER | OTHER.' })
  @IsIn(['TONER', 'DRUM', 'STAPLES', 'PAPER', 'OTHER'], { message: 'Choose a supply category.' })
  category!: string;

  @Field(() => Int)
  @Min(0, { message: 'The units cannot be negative.' })
  @Max(10_000, { message: 'This is too many units.' })
  unitsPerPeriod!: number;
}

@InputType({ description: "A contract's whole terms: rates and allowances are replaced by what is given." })
export class MeterContractInput {
  @Field(() => ID, { description: "The device: one of a customer's assets (the contract is that customer's)." })
  assetId!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day covered; null: open-ended.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  endsOn?: string | null;

  @Field(() => Int, { defaultValue: 1, description: '1, 3, 6 or 12.' })
  @IsIn([1, 3, 6, 12], { message: 'A period is 1, 3, 6 or 12 months.' })
  periodMonths: number = 1;

  @Field(() => Int, { defaultValue: 1, description: '1–28.' })
  @Min(1, { message: 'The billing day is between 1 and 28.' })
  @Max(28, { message: 'The billing day is between 1 and 28.' })
  billingDay: number = 1;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'The base charge cannot be negative.' })
  @Max(1_000_000_000, { message: 'The base charge is too large.' })
  baseChargeMinor: number = 0;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'The minimum cannot be negative.' })
  @Max(1_000_000_000, { message: 'The minimum is too large.' })
  minimumMinor: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Basis points: 825 = 8.25 %.' })
  @Min(0, { message: 'The tax rate cannot be negative.' })
  @Max(10_000, { message: 'The tax rate is at most 100 %.' })
  taxRateBp: number = 0;

  @Field(() => [MeterRateInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  rates!: MeterRateInput[];

  @Field(() => [MeterAllowanceInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  allowances!: MeterAllowanceInput[];
}

@ArgsType()
export class AdminMeterContractListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this customer's." })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a customer.' })
  customerId?: string | null;
}

@ArgsType()
export class MeterContractListArgs extends PageArgs {}
