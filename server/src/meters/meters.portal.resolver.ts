import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { Asset } from '../assets/assets.types.js';
import { AttachmentUpload } from '../requests/requests.types.js';
import { reserveUpload } from '../requests/uploads.service.js';
import { readingAddress } from './reading-address.js';
import { createMeterApiToken, myMeterApiTokens, revokeMeterApiToken } from './meter-api-tokens.service.js';
import { deviceMeters, ownMeter, meterLastReading, meterReadingHistory, readingDueBy, readingPhotoUrl, submitMeterReadings } from './meters.service.js';
import { CreatedMeterApiToken, Meter, MeterApiToken, MeterReading, SubmitMeterReadingsInput } from './meters.types.js';

const meters = { feature: 'meters' } as const;

@Resolver(() => Meter)
export class MeterPortalResolver {
  @Allow(customer, meters)
  @Mutation(() => [MeterReading], {
    description:
      'Readings of one device, typed in the portal, optionally with a photo of the counter; all or none. Each is ACCEPTED, or FLAGGED for review when far from the expected volume. BAD_USER_INPUT (field readings.<i>.value, readings.<i>.meterId or readAt; reason READING_BELOW_PREVIOUS, INVALID_VALUE, READ_IN_FUTURE, NOT_DEVICE_METER, METER_INACTIVE, DUPLICATE_METER, PHOTO_NOT_IMAGE, REQUIRED); NOT_FOUND for a device or photo upload that is not yours.',
  })
  submitMeterReadings(@Ctx() ctx: CustomerContext, @Arg('input', () => SubmitMeterReadingsInput) input: SubmitMeterReadingsInput): Promise<MeterReading[]> {
    return submitMeterReadings(ctx, input);
  }

  @Allow(customer, meters)
  @Query(() => Meter, { description: "One of the meters on your devices (active ones); NOT_FOUND for any other id." })
  meter(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Meter> {
    return ownMeter(ctx, id);
  }

  @Allow(customer, meters)
  @Mutation(() => AttachmentUpload, { description: 'Reserves an upload for a photo of the counter; PUT the raw bytes to uploadUrl, then pass its uploadId as submitMeterReadings(photoUploadId).' })
  createMeterPhotoUpload(@Ctx() ctx: CustomerContext, @Arg('fileName') fileName: string): Promise<AttachmentUpload> {
    return reserveUpload(ctx, { customerId: ctx.principal.customerId }, fileName, 'meter-photo-upload');
  }

  @Allow(customer, meters)
  @Query(() => String, {
    nullable: true,
    description:
      'Your own address for sending readings by email: the device serial and the values in the body ("Serial: KM-C250-0042", "Black: 123456", "Colour: 23456", "Scans: 999"), a photo attached. Null while the business does not receive email.',
  })
  meterReadingEmailAddress(@Ctx() ctx: CustomerContext): string | null {
    return readingAddress(ctx.deps.config, ctx.principal.customerId);
  }

  @Allow(customer, meters)
  @Query(() => [MeterApiToken], { description: 'Your tokens for automated collection agents, newest first (revoked ones too).' })
  meterApiTokens(@Ctx() ctx: CustomerContext): Promise<MeterApiToken[]> {
    return myMeterApiTokens(ctx);
  }

  @Allow(customer, meters)
  @Mutation(() => CreatedMeterApiToken, {
    description: 'A new token for a collection agent (POST /api/v1/meter-readings with Authorization: Bearer <token>). The token is shown this once. BAD_USER_INPUT (reason REQUIRED, TOO_LONG, TOO_MANY_TOKENS).',
  })
  createMeterApiToken(@Ctx() ctx: CustomerContext, @Arg('name') name: string): Promise<CreatedMeterApiToken> {
    return createMeterApiToken(ctx, name);
  }

  @Allow(customer, meters)
  @Mutation(() => MeterApiToken, { description: 'Stops a token working at once; NOT_FOUND for any id not yours.' })
  revokeMeterApiToken(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<MeterApiToken> {
    return revokeMeterApiToken(ctx, id);
  }

  @FieldResolver(() => MeterReading, { nullable: true, description: 'The last reading that counts (an estimate included), or null before any.' })
  lastReading(@Ctx() ctx: CustomerContext, @Root() meter: Meter): Promise<MeterReading | null> {
    return meterLastReading(ctx, meter.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "YYYY-MM-DD: the billing day a reading is due for, while the device's contract has its reading window open (the business's reading window days before the billing day) and no reading came in it; null otherwise.",
  })
  readingDueBy(@Ctx() ctx: CustomerContext, @Root() meter: Meter): Promise<string | null> {
    return readingDueBy(ctx, meter);
  }

  @FieldResolver(() => [MeterReading], { description: 'Readings, latest first (estimates and rejected ones too).' })
  readings(@Ctx() ctx: CustomerContext, @Root() meter: Meter, @Arg('first', () => Int, { defaultValue: 12, description: '1 to 60.' }) first: number): Promise<MeterReading[]> {
    return meterReadingHistory(ctx, meter.id, first);
  }
}

@Resolver(() => MeterReading)
export class MeterReadingPortalResolver {
  @FieldResolver(() => String, { nullable: true, description: 'A link to the photo of the counter, valid for 5 minutes and only for the session that asked for it.' })
  photoUrl(@Ctx() ctx: CustomerContext, @Root() reading: MeterReading): Promise<string | null> {
    return readingPhotoUrl(ctx, reading);
  }
}

@Resolver(() => Asset)
export class AssetMetersPortalResolver {
  @Allow(customer, meters)
  @FieldResolver(() => [Meter], { description: "The device's counters (copiers and printers: black, colour, scans…); the meters feature must be on." })
  meters(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<Meter[]> {
    return deviceMeters(ctx, asset.id);
  }
}
