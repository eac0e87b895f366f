// A customer's communications timeline: what staff logged (calls, emails, SMS, notes), the
// emails the portal sent them and their portal activity, newest first.
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { CommunicationChannel, CommunicationDirection } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

registerEnumType(CommunicationChannel, { name: 'CommunicationChannel', description: 'How staff were in touch: a call, an email, an SMS, or an internal note.' });
registerEnumType(CommunicationDirection, { name: 'CommunicationDirection', description: 'inbound: the customer reached out; outbound: the business did.' });

export enum TimelineKind {
  call = 'call',
  email = 'email',
  sms = 'sms',
  note = 'note',
  portal_email = 'portal_email',
  activity = 'activity',
}
registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'call, email, sms and note: logged by staff; portal_email: sent by Portico; activity: an entry of the activity log (portal or staff), except signing in and out.',
});

export const MAX_SUMMARY_LENGTH = 2000;

@ObjectType()
export class TimelineEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field(() => CommunicationDirection, { nullable: true, description: 'For logged communications; portal emails are outbound; null for activity.' })
  direction!: CommunicationDirection | null;

  @Field(() => Date)
  occurredAt!: Date;

  @Field({ description: 'What was said, the email subject, or the activity action (e.g. invoice.viewed).' })
  summary!: string;

  @Field(() => ID, { nullable: true })
  jobId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who acted: the staff member or the customer; null for Portico itself.' })
  actorName!: string | null;

  /** An activity's subject id, resolved to `subject` (named, for a link); not exposed. */
  subjectId!: string | null;
}

@ObjectType()
export class TimelineEntryConnection extends ConnectionType(TimelineEntry) {}

@ArgsType()
export class TimelineArgs extends PageArgs {
  /** Not validated as a UUID here: a malformed id answers NOT_FOUND like a foreign one. */
  @Field(() => ID)
  customerId!: string;
}

@InputType()
export class LogCommunicationInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { nullable: true, description: "One of this customer's jobs it was about." })
  @IsOptional()
  jobId?: string | null;

  @Field(() => CommunicationChannel)
  channel!: CommunicationChannel;

  @Field(() => CommunicationDirection)
  direction!: CommunicationDirection;

  @Field()
  @Matches(/\S/, { message: 'Write a short summary.' })
  @MaxLength(MAX_SUMMARY_LENGTH, { message: `Keep the summary under ${MAX_SUMMARY_LENGTH} characters.` })
  summary!: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; now when omitted. Not in the future.' })
  @IsOptional()
  occurredAt?: Date | null;
}
