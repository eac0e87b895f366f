import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ProjectDelayCause, ProjectMilestoneStatus, ProjectPhaseStatus, ProjectPhotoStage, ProjectProgressMode, ProjectStatus } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'planning → in_progress ↔ on_hold → completed; cancelled from planning, in_progress or on_hold. A project says its own nextStates.',
});
registerEnumType(ProjectProgressMode, {
  name: 'ProjectProgressMode',
  description: 'phases: the overall progress is computed from the phases (each weighted by its weight); manual: staff set it.',
});
registerEnumType(ProjectPhaseStatus, { name: 'ProjectPhaseStatus' });
registerEnumType(ProjectMilestoneStatus, { name: 'ProjectMilestoneStatus' });
registerEnumType(ProjectDelayCause, { name: 'ProjectDelayCause' });
registerEnumType(ProjectPhotoStage, { name: 'ProjectPhotoStage', description: 'Before the work, during it, or after it.' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Give a date as YYYY-MM-DD.';

@ObjectType({ description: 'A phase of a project, in order.' })
export class ProjectPhase {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Its place in the project, from 1.' })
  position!: number;

  @Field()
  name!: string;

  @Field(() => ProjectPhaseStatus)
  status!: ProjectPhaseStatus;

  @Field(() => Int, { description: '0 to 100.' })
  progress!: number;

  @Field(() => Int, { description: "Its share of the project's computed progress (1 or more)." })
  weight!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedStart!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedEnd!: string | null;
}

@ObjectType({ description: 'A dated step of a project; a payment milestone issues an invoice when it is reached.' })
export class ProjectMilestone {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => ProjectMilestoneStatus)
  status!: ProjectMilestoneStatus;

  @Field(() => Date, { nullable: true })
  reachedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The phase it closes, if any.' })
  phaseId!: string | null;

  @Field(() => Int, { nullable: true, description: 'A payment milestone: the amount invoiced when it is reached, in minor units of currency.' })
  paymentAmountMinor!: number | null;

  @Field()
  currency!: string;

  @Field(() => ID, { nullable: true, description: 'The invoice issued when this payment milestone was reached.' })
  invoiceId!: string | null;
}

@ObjectType({ description: 'A delay on a project: its days move the forecast end date.' })
export class ProjectDelay {
  @Field(() => ID)
  id!: string;

  @Field(() => ProjectDelayCause)
  cause!: ProjectDelayCause;

  @Field(() => Int, { description: 'Calendar days, 1 to 365.' })
  days!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  reportedAt!: Date;
}

@ObjectType({ description: 'Where to PUT photos of a project: each PUT sends one image as the raw body and answers { photo: { id, … } }.' })
export class ProjectPhotoUpload {
  @Field({ description: 'Short-lived (5 minutes): PUT each photo to it.' })
  uploadUrl!: string;

  @Field(() => Int)
  maxBytes!: number;

  @Field(() => [String])
  allowedTypes!: string[];
}

@ObjectType({ description: 'A photo of the work. url (about 1600 px wide) and thumbnailUrl (480 px wide) are short-lived links (5 minutes) for this session.' })
export class ProjectPhoto {
  @Field(() => ID)
  id!: string;

  @Field(() => ProjectPhotoStage)
  stage!: ProjectPhotoStage;

  @Field(() => String, { nullable: true })
  caption!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the photo was taken, as staff said (the file keeps no metadata).' })
  takenAt!: Date | null;

  @Field(() => ID, { nullable: true })
  phaseId!: string | null;

  @Field(() => Int)
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field()
  createdAt!: Date;

  // Not fields: the links are signed per session by the field resolvers.
  projectId!: string;
}

/** What both endpoints show of a project; the lists under it are field resolvers. */
@ObjectType()
export abstract class ProjectFields {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => Int, { description: 'The contract value in minor units of currency.' })
  contractValueMinor!: number;

  @Field()
  currency!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the end date agreed in the contract.' })
  targetEndDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the target end date moved by every delay reported (calendar days).' })
  forecastEndDate!: string;

  @Field(() => Int, { description: 'The days of all delays reported.' })
  delayDays!: number;

  @Field(() => Int, { description: 'The overall progress, 0 to 100: computed from the phases, or set by staff (progressMode).' })
  progressPercent!: number;

  @Field(() => ProjectProgressMode)
  progressMode!: ProjectProgressMode;

  @Field(() => [String], { description: 'What the warranty covers.' })
  warrantyItems!: string[];

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field()
  createdAt!: Date;

  // Not fields: what the field resolvers read.
  customerId!: string;
  siteId!: string | null;
  manualProgress!: number | null;
  phaseRows!: ProjectPhase[];
  delayRows!: ProjectDelay[];
}

@ObjectType({ description: 'A construction project of yours.' })
export class Project extends ProjectFields {}

@ObjectType()
export class ProjectConnection extends ConnectionType(Project) {}

@ObjectType({ description: "A construction project, as staff see it: a customer's project's whole record." })
export class AdminProject extends ProjectFields {}

@ObjectType()
export class AdminProjectConnection extends ConnectionType(AdminProject) {}

@ArgsType()
export class AdminProjectListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this customer's projects." })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a customer.' })
  customerId?: string | null;

  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;
}

@ArgsType()
export class MilestoneListArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the upcoming ones, soonest first.' })
  upcoming: boolean = false;

  @Field(() => Int, { nullable: true, description: 'At most this many.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number | null;
}

@InputType()
export class CreateProjectInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { nullable: true, description: "One of the customer's sites." })
  siteId?: string | null;

  @Field()
  @MinLength(1, { message: 'Give the project a name.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the description under 5000 characters.' })
  description?: string | null;

  @Field(() => Int, { defaultValue: 0, description: "Minor units of the business's currency." })
  @Min(0, { message: 'The contract value cannot be negative.' })
  contractValueMinor: number = 0;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: DATE_MESSAGE })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, on or after the start date.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  targetEndDate!: string;

  @Field(() => ProjectProgressMode, { defaultValue: ProjectProgressMode.phases })
  progressMode: ProjectProgressMode = ProjectProgressMode.phases;

  @Field(() => Int, { nullable: true, description: '0 to 100, with progressMode manual.' })
  @IsOptional()
  @Min(0, { message: 'Progress is 0 to 100.' })
  @Max(100, { message: 'Progress is 0 to 100.' })
  manualProgress?: number | null;

  @Field(() => [String], { nullable: true, description: 'What the warranty covers.' })
  @IsOptional()
  @ArrayMaxSize(50)
  warrantyItems?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Names of the first phases, in order.' })
  @IsOptional()
  @ArrayMaxSize(50)
  phases?: string[] | null;
}

@InputType({ description: 'What to change; fields left out stay as they are.' })
export class UpdateProjectInput {
  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'Give the project a name.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the description under 5000 characters.' })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'The contract value cannot be negative.' })
  contractValueMinor?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  targetEndDate?: string | null;

  @Field(() => ProjectProgressMode, { nullable: true })
  progressMode?: ProjectProgressMode | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'Progress is 0 to 100.' })
  @Max(100, { message: 'Progress is 0 to 100.' })
  manualProgress?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  warrantyItems?: string[] | null;
}

@InputType()
export class ProjectPhaseInput {
  @Field()
  @MinLength(1, { message: 'Give the phase a name.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name!: string;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1, { message: 'A weight is 1 to 1000.' })
  @Max(1000, { message: 'A weight is 1 to 1000.' })
  weight: number = 1;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  plannedStart?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  plannedEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'Where to put it (from 1); last when left out.' })
  @IsOptional()
  @Min(1)
  position?: number | null;
}

@InputType({ description: 'What to change; fields left out stay as they are.' })
export class UpdateProjectPhaseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'Give the phase a name.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name?: string | null;

  @Field(() => ProjectPhaseStatus, { nullable: true, description: 'done sets progress to 100.' })
  status?: ProjectPhaseStatus | null;

  @Field(() => Int, { nullable: true, description: '0 to 100.' })
  @IsOptional()
  @Min(0, { message: 'Progress is 0 to 100.' })
  @Max(100, { message: 'Progress is 0 to 100.' })
  progress?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'A weight is 1 to 1000.' })
  @Max(1000, { message: 'A weight is 1 to 1000.' })
  weight?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  plannedStart?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  plannedEnd?: string | null;
}

@InputType()
export class ProjectMilestoneInput {
  @Field()
  @MinLength(1, { message: 'Give the milestone a name.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: DATE_MESSAGE })
  dueDate!: string;

  @Field(() => ID, { nullable: true })
  phaseId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Makes it a payment milestone: invoiced when reached.' })
  @IsOptional()
  @Min(1, { message: 'A payment is more than zero.' })
  paymentAmountMinor?: number | null;
}

@InputType({ description: 'What to change; fields left out stay as they are. The payment of a reached milestone no longer changes.' })
export class UpdateProjectMilestoneInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, { message: 'Give the milestone a name.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  dueDate?: string | null;

  @Field(() => ID, { nullable: true })
  phaseId?: string | null;

  @Field(() => Int, { nullable: true, description: '0 removes the payment.' })
  @IsOptional()
  @Min(0, { message: 'A payment cannot be negative.' })
  paymentAmountMinor?: number | null;
}

@InputType()
export class ProjectDelayInput {
  @Field(() => ProjectDelayCause)
  cause!: ProjectDelayCause;

  @Field(() => Int, { description: 'Calendar days, 1 to 365.' })
  @Min(1, { message: 'A delay is 1 to 365 days.' })
  @Max(365, { message: 'A delay is 1 to 365 days.' })
  days!: number;

  @Field(() => String, { nullable: true, description: 'What happened, in words the customer reads.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the note under 2000 characters.' })
  note?: string | null;
}

@InputType({ description: 'What to change; fields left out stay as they are.' })
export class UpdateProjectPhotoInput {
  @Field(() => String, { nullable: true, description: 'An empty caption removes it.' })
  @IsOptional()
  @MaxLength(500, { message: 'Keep the caption under 500 characters.' })
  caption?: string | null;

  @Field(() => ProjectPhotoStage, { nullable: true })
  stage?: ProjectPhotoStage | null;

  @Field(() => Date, { nullable: true })
  takenAt?: Date | null;

  @Field(() => ID, { nullable: true })
  phaseId?: string | null;
}
