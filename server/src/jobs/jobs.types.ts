import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JobStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

registerEnumType(JobStatus, { name: 'JobStatus' });

@ObjectType()
export class PartUsed {
  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType({ description: 'A service address.' })
export class Site {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field()
  addressLine1!: string;

  @Field(() => String, { nullable: true })
  addressLine2!: string | null;

  @Field()
  city!: string;

  @Field()
  postalCode!: string;

  @Field()
  country!: string;

  @Field(() => String, { nullable: true })
  accessInstructions!: string | null;
}

@ObjectType({ description: 'An appointment or job, as the customer sees it (never internal notes).' })
export class Job {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => JobStatus)
  status!: JobStatus;

  @Field()
  scheduledStart!: Date;

  @Field()
  scheduledEnd!: Date;

  @Field(() => String, { nullable: true })
  customerNotes!: string | null;

  @Field(() => [PartUsed])
  partsUsed!: PartUsed[];

  @Field(() => String, { nullable: true, description: "The assigned technician's display name." })
  technicianName!: string | null;

  siteId!: string;
  technicianId!: string | null;
}

@ObjectType()
export class JobConnection extends ConnectionType(Job) {}

@ArgsType()
export class JobListArgs extends PageArgs {
  @Field(() => JobStatus, { nullable: true })
  status?: JobStatus | null;
}
