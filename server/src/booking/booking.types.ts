import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BookingMode } from '../generated/prisma/enums.js';
import { PageArgs } from '../common/pagination.js';

registerEnumType(BookingMode, { name: 'BookingMode', description: 'instant: a booking is confirmed at once; request: staff confirm each one.' });

@ObjectType({ description: 'A service customers can book online.' })
export class BookableService {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Int, { description: "Price in minor units of the business's currency." })
  priceMinor!: number;
}

@ObjectType({ description: 'How online booking works at this business.' })
export class BookingOptions {
  @Field(() => BookingMode)
  mode!: BookingMode;

  @Field(() => Int, { description: 'Appointments can be changed or cancelled online until this many hours before they start.' })
  changeWindowHours!: number;

  @Field(() => Int, { description: 'An appointment booked online can always be changed or cancelled for this many minutes after booking (until it starts).' })
  changeGraceMinutes!: number;

  @Field(() => Int)
  minLeadMinutes!: number;

  @Field(() => Int)
  maxAdvanceDays!: number;

  @Field({ description: "The business's IANA time zone; slot times are local to it." })
  timeZone!: string;
}

@ObjectType()
export class BookingSlot {
  @Field()
  start!: Date;

  @Field()
  end!: Date;

  @Field({ description: "Wall-clock start in the business's time zone, HH:MM." })
  localTime!: string;
}

@ObjectType({ description: "One local day's free start times." })
export class SlotDay {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => [BookingSlot])
  slots!: BookingSlot[];
}

@ArgsType()
export class AvailableSlotsArgs {
  @Field(() => ID)
  serviceTypeId!: string;

  @Field({ description: 'First local date, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last local date, YYYY-MM-DD (at most 62 days after from).' })
  to!: string;
}

@InputType()
export class BookAppointmentInput {
  @Field(() => ID)
  serviceTypeId!: string;

  @Field({ description: 'A start time offered by availableSlots.' })
  start!: Date;

  @Field(() => ID, { description: "One of the customer's sites." })
  siteId!: string;

  @Field(() => String, { nullable: true, description: 'Saved on the site: how to get in (gate code, where the key is).' })
  accessInstructions?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's assets (the equipment, or the animal)." })
  assetId?: string | null;

  @Field()
  description!: string;
}

@ObjectType({ description: 'A calendar subscription URL, shown once when created.' })
export class CreatedCalendarFeed {
  @Field()
  url!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: "The customer's calendar subscription." })
export class CalendarFeedStatus {
  @Field()
  active!: boolean;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;
}

// ---- Admin ----

@ObjectType()
export class TimeRange {
  @Field({ description: 'HH:MM' })
  start!: string;

  @Field({ description: 'HH:MM (24:00 for midnight)' })
  end!: string;
}

@ObjectType()
export class BookingDayHours {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => [TimeRange])
  ranges!: TimeRange[];
}

@ObjectType()
export class ClosedDay {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType({ description: "The business's online booking rules." })
export class BookingSettings {
  @Field(() => BookingMode)
  mode!: BookingMode;

  @Field(() => [BookingDayHours])
  hours!: BookingDayHours[];

  @Field(() => Int)
  slotMinutes!: number;

  @Field(() => Int)
  bufferBeforeMinutes!: number;

  @Field(() => Int)
  bufferAfterMinutes!: number;

  @Field(() => Int)
  minLeadMinutes!: number;

  @Field(() => Int)
  maxAdvanceDays!: number;

  @Field(() => Int)
  changeWindowHours!: number;

  @Field(() => Int, { description: 'Minutes after booking online during which the customer may change or cancel even inside the change window.' })
  changeGraceMinutes!: number;

  @Field()
  timeZone!: string;

  @Field(() => [ClosedDay], { description: 'Closed dates from today on.' })
  closedDates!: ClosedDay[];
}

@InputType()
export class TimeRangeInput {
  @Field()
  start!: string;

  @Field()
  end!: string;
}

@InputType()
export class BookingDayHoursInput {
  @Field(() => Int)
  weekday!: number;

  @Field(() => [TimeRangeInput])
  ranges!: TimeRangeInput[];
}

@InputType({ description: 'Only the fields given change. hours, when given, replaces every weekday (a weekday left out is closed).' })
export class BookingSettingsInput {
  @Field(() => BookingMode, { nullable: true })
  mode?: BookingMode | null;

  @Field(() => [BookingDayHoursInput], { nullable: true })
  hours?: BookingDayHoursInput[] | null;

  @Field(() => Int, { nullable: true })
  slotMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  bufferBeforeMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  bufferAfterMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  minLeadMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxAdvanceDays?: number | null;

  @Field(() => Int, { nullable: true })
  changeWindowHours?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 1440.' })
  changeGraceMinutes?: number | null;
}

@ObjectType()
export class BookingTechnician {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A service type as staff manage it.' })
export class AdminServiceType extends BookableService {
  @Field()
  bookableOnline!: boolean;

  @Field()
  active!: boolean;

  @Field(() => [BookingTechnician], { description: 'Who can do it (and so can be booked for it online).' })
  technicians!: BookingTechnician[];
}

@InputType()
export class ServiceTypeInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  priceMinor?: number | null;

  @Field(() => Boolean, { nullable: true })
  bookableOnline?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the qualified technicians.' })
  technicianIds?: string[] | null;
}

@ArgsType()
export class AppointmentRequestArgs extends PageArgs {}
