// What staff see of jobs: the full job, the dispatch board, and the inputs of job management.
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActorType, JobStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { JobFields } from './jobs.types.js';
import type { VisitMove } from './job-lifecycle.js';

registerEnumType(ActorType, { name: 'ActorType' });

/** The visit's moves of job-lifecycle.ts as a GraphQL enum. */
export const VisitMoveValue = { onMyWay: 'onMyWay', arrive: 'arrive' } as const satisfies Record<VisitMove, VisitMove>;
registerEnumType(VisitMoveValue, {
  name: 'VisitMove',
  description: 'onMyWay: announceOnMyWay (the first time, or a new arrival time while on the way). arrive: markArrived.',
});

@ObjectType({ description: 'A note staff wrote about a job; never shown to the customer.' })
export class InternalNote {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field()
  createdAt!: Date;

  authorId!: string | null;
}

@ObjectType({ description: 'A job as staff see it: the customer view plus who, where, internal notes and documents.' })
export class AdminJob extends JobFields {
  @Field(() => ID)
  customerId!: string;

  // Job keeps these ids out of the customer's schema; staff see them.
  @Field(() => ID)
  override siteId = '';

  @Field(() => ID, { nullable: true })
  override assetId: string | null = null;

  @Field(() => ID, { nullable: true })
  override technicianId: string | null = null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => ActorType, { nullable: true, description: 'Who cancelled: the customer or staff.' })
  cancelledBy!: ActorType | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class AdminJobConnection extends ConnectionType(AdminJob) {}

@ArgsType()
export class AdminJobListArgs extends PageArgs {
  @Field(() => JobStatus, { nullable: true })
  status?: JobStatus | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field({ defaultValue: false, description: 'Only jobs without a technician.' })
  unassigned!: boolean;

  @Field(() => Date, { nullable: true, description: 'Jobs starting at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Jobs starting before this instant.' })
  to?: Date | null;
}

@ObjectType({ description: "One technician's jobs on one day, or the unassigned jobs (technicianId null)." })
export class DispatchLane {
  @Field(() => ID, { nullable: true })
  technicianId!: string | null;

  @Field(() => String, { nullable: true })
  technicianName!: string | null;

  @Field(() => [AdminJob], { description: 'By start time.' })
  jobs!: AdminJob[];
}

@ObjectType()
export class DispatchDay {
  @Field({ description: 'YYYY-MM-DD in the business time zone.' })
  date!: string;

  @Field(() => [DispatchLane], { description: 'One lane per technician (by name), then the unassigned lane for office staff.' })
  lanes!: DispatchLane[];
}

@ObjectType({ description: 'Jobs of a date range by day and technician; cancelled and declined jobs are left out.' })
export class DispatchBoard {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  timeZone!: string;

  @Field(() => [DispatchDay])
  days!: DispatchDay[];
}

@ObjectType({ description: "The signed-in staff member's jobs of today in the business time zone: what a technician works through on site." })
export class MyDay {
  @Field({ description: 'Today, YYYY-MM-DD in the business time zone.' })
  date!: string;

  @Field()
  timeZone!: string;

  @Field(() => [AdminJob], { description: 'Jobs assigned to the caller starting today, by start time; cancelled and declined ones are left out.' })
  jobs!: AdminJob[];
}

@InputType()
export class PartInput {
  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType({ description: 'A job placed by staff. Give `end` or `durationMinutes` (else the service type duration), and a technician or autoAssign (or neither: unassigned).' })
export class JobPlanInput {
  @Field(() => ID)
  siteId!: string;

  @Field(() => ID)
  serviceTypeId!: string;

  @Field(() => ID, { nullable: true })
  assetId?: string | null;

  @Field()
  start!: Date;

  @Field(() => Date, { nullable: true })
  end?: Date | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field({ description: 'Up to 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Up to 4000 characters; the customer sees it.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A qualified technician, free at that time.' })
  technicianId?: string | null;

  @Field({ defaultValue: false, description: 'Assign the least loaded qualified technician free at that time.' })
  autoAssign!: boolean;
}

@InputType()
export class CreateJobInput extends JobPlanInput {
  @Field(() => ID)
  customerId!: string;
}
