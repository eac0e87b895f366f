import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';

export enum LiveSubject {
  INVOICE = 'invoice',
  JOB = 'job',
  REQUEST = 'request',
  DOCUMENT = 'document',
  CUSTOMER = 'customer',
  NOTIFICATION = 'notification',
  /** A message thread: a message written, edited or deleted in it, its read marks, its assignee. */
  THREAD = 'thread',
  /** A construction project: the project, or a phase, milestone, delay or photo of it, written or removed. */
  PROJECT = 'project',
  /** A quote: sent, revised, declined, signed (approved), converted, withdrawn. */
  QUOTE = 'quote',
  /** A supply order: placed, approved, shipped, delivered, cancelled, rejected. */
  SUPPLY_ORDER = 'supply_order',
  /** A meter reading: taken, flagged, reviewed (approved, rejected), corrected, or estimated. The subject id is the reading's. */
  METER_READING = 'meter_reading',
}
registerEnumType(LiveSubject, { name: 'LiveSubject', description: 'What a live event is about.' });

export enum LiveChange {
  CREATED = 'created',
  CHANGED = 'changed',
  /** Events were missed that are no longer kept: the client reloads what it shows. */
  RELOAD = 'reload',
}
registerEnumType(LiveChange, {
  name: 'LiveChange',
  description: 'CREATED or CHANGED: the subject was written (read it again to see how). RELOAD: events were missed that are no longer kept; reload everything shown.',
});

@ObjectType({
  description:
    'Something you may see was written. It carries only what and which: read the subject again through the usual queries. Events arrive in order; keep the last `seq` and pass it as `after` when reconnecting to receive what you missed.',
})
export class LiveEvent {
  @Field({ description: "The event's position in the business's stream (a decimal number)." })
  seq!: string;

  @Field(() => LiveChange)
  change!: LiveChange;

  @Field(() => LiveSubject, { nullable: true, description: 'Null with RELOAD.' })
  subject!: LiveSubject | null;

  @Field(() => ID, { nullable: true, description: 'Null with RELOAD.' })
  subjectId!: string | null;

  @Field({ description: 'When it was written.' })
  at!: Date;
}

@ArgsType()
export class LiveEventsArgs {
  @Field(() => String, { nullable: true, description: 'The last `seq` you received: the events after it that you may see come first, then live ones.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'This is not a position in the event stream.' })
  after?: string | null;
}
