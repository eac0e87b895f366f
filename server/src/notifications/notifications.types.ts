import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SUBJECT_TYPES,
  type NotificationChannel as Channel,
  type NotificationKind as Kind,
  type NotificationSubjectType as SubjectType,
} from './notification-kinds.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationKind = enumOf<Kind>(NOTIFICATION_KINDS);
export type NotificationKind = Kind;
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What happened. Customers: bookingConfirmed, bookingChanged, technicianOnTheWay, jobCompleted, invoiceIssued, paymentReceived, paymentFailed, requestStatusChanged, documentShared, messageReceived, projectDelayed, quoteSent, signatureRequested, meterReadingDue, supplyOrderUpdated. Staff: newBooking, appointmentRequest, urgentRequest, paymentReceived, reviewSubmitted, messageReceived, supplyOrderPlaced.',
});

export const NotificationChannel = enumOf<Channel>(NOTIFICATION_CHANNELS);
export type NotificationChannel = Channel;
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'inApp: the bell only; email: an email only; both; none: neither.',
});

export const NotificationSubjectType = enumOf<SubjectType>(NOTIFICATION_SUBJECT_TYPES);
export type NotificationSubjectType = SubjectType;
registerEnumType(NotificationSubjectType, { name: 'NotificationSubjectType', description: 'What a notification links to (a payment links to its invoice).' });

@ObjectType({ description: 'The values a notification’s text needs, as they were when it happened. Instants are ISO; show them in the business’s time zone.' })
export class NotificationParams {
  @Field(() => String, { nullable: true, description: 'A service’s or job’s name, a document’s title.' })
  title!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the visit is.' })
  start!: Date | null;

  @Field(() => String, { nullable: true, description: 'bookingChanged: rescheduled, cancelled or declined.' })
  change!: string | null;

  @Field(() => String, { nullable: true, description: 'An invoice’s number.' })
  number!: string | null;

  @Field(() => Int, { nullable: true, description: 'Money in minor units, with currency.' })
  amountMinor!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => String, { nullable: true, description: 'The customer’s name (staff notifications).' })
  customer!: string | null;

  @Field(() => String, { nullable: true, description: 'The technician’s name (technicianOnTheWay).' })
  technician!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the technician expects to arrive.' })
  eta!: Date | null;

  @Field(() => String, { nullable: true, description: 'requestStatusChanged: the request’s new status.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'urgentRequest: urgent or emergency.' })
  urgency!: string | null;

  @Field(() => Int, { nullable: true, description: 'reviewSubmitted: 1 to 5 stars.' })
  rating!: number | null;

  @Field(() => String, { nullable: true, description: 'The first words of a request or message.' })
  excerpt!: string | null;

  @Field(() => Int, { nullable: true, description: 'projectDelayed: the days of the delay.' })
  days!: number | null;

  @Field(() => String, { nullable: true, description: 'projectDelayed: the new forecast end date (YYYY-MM-DD, a calendar day).' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'projectDelayed: weather, permit, materials, customer_change or other.' })
  cause!: string | null;
}

@ObjectType({ description: 'Something that happened, told to you (and only you).' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationSubjectType)
  subjectType!: NotificationSubjectType;

  @Field(() => ID, { description: 'The id of what it links to.' })
  subjectId!: string;

  @Field(() => NotificationParams)
  params!: NotificationParams;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

@ArgsType()
export class NotificationListArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the ones not yet read.' })
  unreadOnly: boolean = false;
}

@ObjectType({ description: 'What marking every notification read did.' })
export class NotificationsMarkedRead {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  marked!: number;

  @Field({ description: 'The moment they were marked read.' })
  readAt!: Date;

  @Field(() => Int, { description: 'How many are unread now (0).' })
  unreadCount!: number;
}

@ObjectType({ description: 'How one kind of notification reaches you.' })
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field({
    description:
      "Whether this kind comes to you at all: a staff kind comes only to the roles the business chose (staffAlertSettings); a customer's kind only to contacts whose rights in the account cover what it is about (the primary contact gets every kind).",
  })
  roleReceives!: boolean;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;
}

@InputType({ description: 'The kinds to change; the others keep their channel.' })
export class NotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  preferences!: NotificationPreferenceInput[];
}
