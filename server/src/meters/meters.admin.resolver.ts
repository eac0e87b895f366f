import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, office } from '../platform/door.js';
import { AdminAsset } from '../assets/assets.types.js';
import { assetById } from '../assets/assets.loaders.js';
import { toAssets } from '../assets/assets.service.js';
import { Customer } from '../customers/customers.types.js';
import { toCustomer } from '../customers/customers.service.js';
import { threadCustomer, staffMember } from '../messaging/messaging.loaders.js';
import { NotFound } from '../errors/errors.js';
import { PageArgs } from '../common/pagination.js';
import { MeterReadingStatus } from '../generated/prisma/enums.js';
import { meterById } from './meters.loaders.js';
import { nextReadingStates } from './meter-reading-status.js';
import {
  addMeter,
  approveMeterReading,
  correctMeterReading,
  deviceMeters,
  meterLastReading,
  meterReadingHistory,
  readingDueBy,
  readingPhotoUrl,
  readingsForReview,
  recordMeterReading,
  rejectMeterReading,
  staffMeterReadings,
  toMeter,
  updateMeter,
} from './meters.service.js';
import { AdminMeter, AdminMeterReading, AdminMeterReadingConnection, MeterKind, RecordMeterReadingInput } from './meters.types.js';

const meters = { feature: 'meters' } as const;

@Resolver(() => AdminMeter)
export class MeterAdminResolver {
  @Allow(office, meters)
  @Mutation(() => AdminMeter, { description: "Adds a counter to a customer's device. CONFLICT (reason METER_KIND_TAKEN) when it has one of this kind; BAD_USER_INPUT label (REQUIRED, TOO_LONG)." })
  addMeter(
    @Ctx() ctx: StaffContext,
    @Arg('assetId', () => ID) assetId: string,
    @Arg('kind', () => MeterKind) kind: MeterKind,
    @Arg('label', () => String) label: string,
  ): Promise<AdminMeter> {
    return addMeter(ctx, assetId, kind, label);
  }

  @Allow(office, meters)
  @Mutation(() => AdminMeter, { description: 'Renames a meter, or retires it (active false: it takes no readings and the customer no longer sees it). Only the arguments given change.' })
  updateMeter(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('label', () => String, { nullable: true }) label?: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean | null,
  ): Promise<AdminMeter> {
    return updateMeter(ctx, id, { label, active });
  }

  @Allow(office, meters)
  @Mutation(() => AdminMeterReading, {
    description:
      'A reading staff enter, validated like the customers\' (ACCEPTED or FLAGGED); resetsCounter marks a meter replacement or rollover (the value may be lower). BAD_USER_INPUT (reason READING_BELOW_PREVIOUS, INVALID_VALUE, READ_IN_FUTURE, METER_INACTIVE).',
  })
  recordMeterReading(@Ctx() ctx: StaffContext, @Arg('input', () => RecordMeterReadingInput) input: RecordMeterReadingInput): Promise<AdminMeterReading> {
    return recordMeterReading(ctx, input);
  }

  @Allow(office, meters)
  @Mutation(() => AdminMeterReading, {
    description:
      'Corrects the value of a reading (the replaced value is kept as correctedFromValue); a flagged reading corrected counts as approved. BAD_USER_INPUT (value: READING_BELOW_PREVIOUS, INVALID_VALUE; note: REQUIRED); CONFLICT (READING_BILLED, STATUS_NOT_ALLOWED for an estimate or a rejected reading).',
  })
  correctMeterReading(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('value', () => Int) value: number, @Arg('note', () => String) note: string): Promise<AdminMeterReading> {
    return correctMeterReading(ctx, id, value, note);
  }

  @Allow(office, meters)
  @Mutation(() => AdminMeterReading, { description: 'Approves a flagged reading: it now counts for billing. CONFLICT (STATUS_NOT_ALLOWED, READING_BILLED).' })
  approveMeterReading(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<AdminMeterReading> {
    return approveMeterReading(ctx, id, note);
  }

  @Allow(office, meters)
  @Mutation(() => AdminMeterReading, { description: 'Rejects a reading (flagged, or wrong): it never counts. CONFLICT (STATUS_NOT_ALLOWED, READING_BILLED).' })
  rejectMeterReading(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<AdminMeterReading> {
    return rejectMeterReading(ctx, id, note);
  }

  @Allow(office, meters)
  @Query(() => AdminMeterReadingConnection, { description: 'Readings flagged for review (far from the expected volume), oldest first.' })
  meterReadingsForReview(@Ctx() ctx: StaffContext, @Args(() => PageArgs) args: PageArgs): Promise<AdminMeterReadingConnection> {
    return readingsForReview(ctx, args);
  }

  @Allow(office, meters)
  @Query(() => [AdminMeterReading], { description: "One meter's readings, latest first; NOT_FOUND for a meter that is not the business's." })
  meterReadings(
    @Ctx() ctx: StaffContext,
    @Arg('meterId', () => ID) meterId: string,
    @Arg('first', () => Int, { defaultValue: 24, description: '1 to 60.' }) first: number,
  ): Promise<AdminMeterReading[]> {
    return staffMeterReadings(ctx, meterId, first);
  }

  @FieldResolver(() => Boolean, { description: 'Inactive meters take no readings and are not shown to the customer.' })
  active(@Root() meter: AdminMeter): boolean {
    return meter.active;
  }

  @FieldResolver(() => AdminMeterReading, { nullable: true, description: 'The last reading that counts (an estimate included), or null before any.' })
  lastReading(@Ctx() ctx: StaffContext, @Root() meter: AdminMeter): Promise<AdminMeterReading | null> {
    return meterLastReading(ctx, meter.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "YYYY-MM-DD: the billing day a reading is due for while the contract's reading window is open and none came in it; null otherwise." })
  readingDueBy(@Ctx() ctx: StaffContext, @Root() meter: AdminMeter): Promise<string | null> {
    return readingDueBy(ctx, meter);
  }

  @FieldResolver(() => [AdminMeterReading], { description: 'Readings, latest first.' })
  readings(@Ctx() ctx: StaffContext, @Root() meter: AdminMeter, @Arg('first', () => Int, { defaultValue: 12, description: '1 to 60.' }) first: number): Promise<AdminMeterReading[]> {
    return meterReadingHistory(ctx, meter.id, first);
  }
}

@Resolver(() => AdminMeterReading)
export class MeterReadingAdminResolver {
  @FieldResolver(() => String, { nullable: true, description: 'A link to the photo of the counter, valid for 5 minutes and only for the session that asked for it.' })
  photoUrl(@Ctx() ctx: StaffContext, @Root() reading: AdminMeterReading): Promise<string | null> {
    return readingPhotoUrl(ctx, reading);
  }

  @FieldResolver(() => [MeterReadingStatus], { description: 'The review moves open to this reading (approve, reject); none once billed.' })
  nextStates(@Root() reading: AdminMeterReading): MeterReadingStatus[] {
    return reading.billedPeriodId ? [] : nextReadingStates(reading.status);
  }

  @FieldResolver(() => Date, { nullable: true })
  reviewedAt(@Root() reading: AdminMeterReading): Date | null {
    return reading.reviewedAt;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The member of staff who last reviewed or corrected it.' })
  async reviewerName(@Ctx() ctx: StaffContext, @Root() reading: AdminMeterReading): Promise<string | null> {
    return reading.reviewedByStaffId ? ((await staffMember(ctx, reading.reviewedByStaffId))?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The member of staff who entered it (source STAFF).' })
  async submittedByName(@Ctx() ctx: StaffContext, @Root() reading: AdminMeterReading): Promise<string | null> {
    return reading.submittedByStaffId ? ((await staffMember(ctx, reading.submittedByStaffId))?.name ?? null) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The value a staff correction replaced.' })
  correctedFromValue(@Root() reading: AdminMeterReading): number | null {
    return reading.correctedFromValue;
  }

  @FieldResolver(() => Boolean, { description: 'Billed in a closed period: it can no longer change.' })
  billed(@Root() reading: AdminMeterReading): boolean {
    return reading.billedPeriodId !== null;
  }

  @FieldResolver(() => AdminMeter)
  async meter(@Ctx() ctx: StaffContext, @Root() reading: AdminMeterReading): Promise<AdminMeter> {
    const row = await meterById(ctx, reading.meterId);
    if (!row) throw new NotFound('This meter');
    return toMeter(row);
  }

  @FieldResolver(() => AdminAsset, { description: 'The device the meter is on.' })
  async asset(@Ctx() ctx: StaffContext, @Root() reading: AdminMeterReading): Promise<AdminAsset> {
    const meter = await meterById(ctx, reading.meterId);
    const row = meter ? await assetById(ctx, meter.assetId) : null;
    if (!row) throw new NotFound('This device');
    const [asset] = await toAssets(ctx, [row]);
    if (!asset) throw new NotFound('This device');
    return asset;
  }

  @FieldResolver(() => Customer)
  async customer(@Ctx() ctx: StaffContext, @Root() reading: AdminMeterReading): Promise<Customer> {
    const row = await threadCustomer(ctx, reading.customerId);
    if (!row) throw new NotFound('This customer');
    return toCustomer(row);
  }
}

@Resolver(() => AdminAsset)
export class AssetMetersAdminResolver {
  @Allow(office, meters)
  @FieldResolver(() => [AdminMeter], { description: "The device's counters, retired ones too; the meters feature must be on." })
  meters(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<AdminMeter[]> {
    return deviceMeters(ctx, asset.id);
  }
}
