import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import type { VisitStage } from './job-lifecycle.js';

registerEnumType(JobStatus, { name: 'JobStatus' });

/** The visit stages of job-lifecycle.ts as a GraphQL enum. */
export const VisitStageValue = { not_started: 'not_started', on_the_way: 'on_the_way', arrived: 'arrived' } as const satisfies Record<VisitStage, VisitStage>;
registerEnumType(VisitStageValue, {
  name: 'VisitStage',
  description: 'How far the visit of a scheduled job has come: its technician has not set off yet, is on the way (with a promised arrival time), or has arrived.',
});

/** Re-exported so that existing imports of the Site type from jobs keep working. */
export { Site } from '../sites/sites.types.js';

export enum JobWhen {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(JobWhen, {
  name: 'JobWhen',
  description: 'UPCOMING: not completed, cancelled or declined, and not yet over. PAST: everything else.',
});

@ObjectType()
export class PartUsed {
  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType({ description: 'What kind of service a job is.' })
export class JobServiceType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  durationMinutes!: number;
}

/**
 * The columns of a job both endpoints show. Field resolvers attach to the concrete type and are
 * inherited by subclasses, so the portal's Job and the admin's AdminJob each extend this base.
 */
@ObjectType()
export abstract class JobFields {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => JobStatus)
  status!: JobStatus;

  @Field(() => String, { nullable: true, description: 'What the customer wrote when booking or requesting.' })
  description!: string | null;

  @Field()
  scheduledStart!: Date;

  @Field()
  scheduledEnd!: Date;

  @Field(() => Date, { nullable: true, description: 'The start the customer asked for (appointment requests).' })
  requestedStart!: Date | null;

  @Field(() => Date, { nullable: true })
  requestedEnd!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the business declined the request.' })
  declineReason!: string | null;

  @Field({ description: 'Booked by the customer in the portal.' })
  bookedOnline!: boolean;

  @Field({ description: "The business's IANA time zone, in which the local date and times are given." })
  timeZone!: string;

  @Field({ description: 'YYYY-MM-DD of the start, in the business time zone.' })
  localDate!: string;

  @Field({ description: 'HH:mm of the start, in the business time zone.' })
  localStartTime!: string;

  @Field({ description: 'HH:mm of the end, in the business time zone.' })
  localEndTime!: string;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => VisitStageValue, {
    nullable: true,
    description: 'While the job is scheduled, how far its visit has come (on the way, arrived); null once it has started, finished or been called off.',
  })
  visitStage!: VisitStage | null;

  @Field(() => Date, { nullable: true, description: 'When the technician set off ("On my way"); cleared when the job is moved or reassigned.' })
  onMyWayAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The arrival time promised to the customer while the technician is on the way ("arriving around 14:20").' })
  etaAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the technician said they had arrived.' })
  arrivedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Notes the business wrote for the customer.' })
  customerNotes!: string | null;

  @Field(() => [PartUsed])
  partsUsed!: PartUsed[];

  @Field(() => String, { nullable: true, description: "The assigned technician's display name." })
  technicianName!: string | null;

  // Relations, resolved through loaders; not exposed as such.
  siteId!: string;
  serviceTypeId!: string;
  assetId!: string | null;
  technicianId!: string | null;
}

@ObjectType({ description: 'An appointment or job, as the customer sees it (never internal notes).' })
export class Job extends JobFields {
  /** When the job was made: the cancellation window's grace period runs from it (not a field). */
  createdAt!: Date;
}

@ObjectType()
export class JobConnection extends ConnectionType(Job) {}

@ArgsType()
export class JobListArgs extends PageArgs {
  @Field(() => JobWhen, { nullable: true, description: 'UPCOMING is soonest first; PAST and no choice are latest first.' })
  when?: JobWhen | null;

  @Field(() => JobStatus, { nullable: true })
  status?: JobStatus | null;

  @Field(() => ID, { nullable: true, description: "Only jobs at this site; NOT_FOUND if it is not the customer's." })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only jobs on this asset; NOT_FOUND if it is not the customer's." })
  assetId?: string | null;
}

@ArgsType()
export class ServiceHistoryArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The history of one site; give a site, an asset or neither (everything).' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The history of one asset.' })
  assetId?: string | null;
}
