// The GraphQL types of meters and readings (issue 21), on both endpoints.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MeterReadingSource, MeterReadingStatus } from '../generated/prisma/enums.js';
import { ConnectionType } from '../common/pagination.js';

export enum MeterKind {
  BLACK = 'BLACK',
  COLOUR = 'COLOUR',
  SCAN = 'SCAN',
  LARGE_FORMAT = 'LARGE_FORMAT',
  OTHER = 'OTHER',
}
registerEnumType(MeterKind, { name: 'MeterKind', description: 'What a counter counts: black pages, colour pages, scans, large-format prints, or something else (its label says).' });

registerEnumType(MeterReadingSource, {
  name: 'MeterReadingSource',
  description: 'Where a reading came from: the portal, an email, a collection agent (API), staff, or an estimate made when none arrived.',
});

registerEnumType(MeterReadingStatus, {
  name: 'MeterReadingStatus',
  description:
    'ACCEPTED: within tolerance (or an estimate), counts for billing. FLAGGED: far from the expected volume, waits for staff review. APPROVED: flagged, then approved by staff. REJECTED: never counts.',
});

export enum MeterReadingFlag {
  ABOVE_EXPECTED = 'ABOVE_EXPECTED',
  BELOW_EXPECTED = 'BELOW_EXPECTED',
}
registerEnumType(MeterReadingFlag, { name: 'MeterReadingFlag', description: "Why a reading was flagged: its volume is beyond the business's tolerance above or below the expected volume." });

/** The fields customers and staff both see of a reading. */
@ObjectType({ description: 'Never in a schema itself: the base of MeterReading and AdminMeterReading.' })
export class MeterReadingFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The counter value.' })
  value!: number;

  @Field(() => Date)
  readAt!: Date;

  @Field(() => MeterReadingSource)
  source!: MeterReadingSource;

  @Field(() => MeterReadingStatus)
  status!: MeterReadingStatus;

  @Field({ description: 'An estimate made when no reading arrived by the billing day; trued up by the next actual reading.' })
  estimated!: boolean;

  @Field(() => MeterReadingFlag, { nullable: true })
  flagReason!: MeterReadingFlag | null;

  @Field(() => Int, { nullable: true, description: 'What validation expected: last actual reading + average daily volume × days since.' })
  expectedValue!: number | null;

  @Field({ description: 'Staff marked a meter replacement or rollover: this reading starts a new count.' })
  resetsCounter!: boolean;

  @Field(() => String, { nullable: true, description: "Staff's note when they approved, rejected or corrected it." })
  reviewNote!: string | null;

  // Not exposed as such.
  meterId!: string;
  customerId!: string;
  photoStorageKey!: string | null;
  photoContentType!: string | null;
  submittedByStaffId!: string | null;
  reviewedByStaffId!: string | null;
  reviewedAt!: Date | null;
  correctedFromValue!: number | null;
  billedPeriodId!: string | null;
}

@ObjectType({ description: "A reading of one of the customer's meters." })
export class MeterReading extends MeterReadingFields {}

@ObjectType({ description: 'A reading of a meter, as staff review it.' })
export class AdminMeterReading extends MeterReadingFields {}

/** The fields customers and staff both see of a meter. */
@ObjectType({ description: 'Never in a schema itself: the base of Meter and AdminMeter.' })
export class MeterFields {
  @Field(() => ID)
  id!: string;

  @Field(() => MeterKind)
  kind!: MeterKind;

  @Field()
  label!: string;

  // Not exposed as such.
  assetId!: string;
  customerId!: string;
  active!: boolean;
}

@ObjectType({ description: "A counter on one of the customer's devices (black pages, colour pages, scans…)." })
export class Meter extends MeterFields {}

@ObjectType({ description: "A counter on a customer's device, as staff manage it." })
export class AdminMeter extends MeterFields {}

@ObjectType('AdminMeterReadingConnection')
export class AdminMeterReadingConnection extends ConnectionType(AdminMeterReading) {}

@InputType()
export class MeterValueInput {
  @Field(() => ID)
  meterId!: string;

  @Field(() => Int, { description: 'The counter value, 0 or more.' })
  value!: number;
}

@InputType()
export class SubmitMeterReadingsInput {
  @Field(() => ID, { description: 'The device (asset) the meters are on.' })
  assetId!: string;

  @Field(() => [MeterValueInput], { description: 'One value per meter of the device, at most one per meter.' })
  readings!: MeterValueInput[];

  @Field(() => Date, { nullable: true, description: 'When the counters were read; now when not given. Never in the future.' })
  readAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'A photo of the counter: the uploadId of createMeterPhotoUpload, once its PUT succeeded.' })
  photoUploadId?: string | null;
}

@InputType()
export class RecordMeterReadingInput {
  @Field(() => ID)
  meterId!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => Date, { description: 'Never in the future.' })
  readAt!: Date;

  @Field({ defaultValue: false, description: 'A meter replacement or rollover: the value may be lower than the last reading and starts a new count.' })
  resetsCounter!: boolean;
}

@ObjectType({ description: "A token the customer's automated collection agent sends readings with (POST /api/v1/meter-readings)." })
export class MeterApiToken {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The last 4 characters of the token, to tell tokens apart.' })
  last4!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new API token: the token itself is shown this once and never again.' })
export class CreatedMeterApiToken {
  @Field({ description: 'Send it as Authorization: Bearer <token>.' })
  token!: string;

  @Field(() => MeterApiToken)
  apiToken!: MeterApiToken;
}
