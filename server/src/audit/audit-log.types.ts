// The audit log as owners and admins read it (issue 22): every recorded action, sign-in and
// document access of the business, with who, what, when and from where.
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../common/pagination.js';
import { ActorType } from '../generated/prisma/enums.js';
// ActorType is registered with jobs' admin types.
import '../jobs/jobs.admin.types.js';

export enum AuditSource {
  ACTIVITY = 'ACTIVITY',
  DOCUMENT_ACCESS = 'DOCUMENT_ACCESS',
}
registerEnumType(AuditSource, { name: 'AuditSource', description: 'Which record an audit entry comes from: the activity log, or a document access.' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Narrows the audit log; every given filter applies.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Who acted: a member of staff, a customer, or one contact of a customer.' })
  @IsOptional()
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of object acted on, as its GraphQL type: Invoice, Job, Document…' })
  @IsOptional()
  @MaxLength(60)
  subjectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The object acted on.' })
  @IsOptional()
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: 'An action ("invoice.issued", "updateMeter") or, ending with a dot, every action it begins ("invoice.").' })
  @IsOptional()
  @MaxLength(80)
  action?: string | null;

  @Field(() => String, { nullable: true, description: "From this day (YYYY-MM-DD, the business's time zone), included." })
  @IsOptional()
  @Matches(DATE, { message: 'Give the day as YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Up to this day (YYYY-MM-DD, the business's time zone), included." })
  @IsOptional()
  @Matches(DATE, { message: 'Give the day as YYYY-MM-DD.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Words in the name of the object acted on (an invoice's number, a job's title…)." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@ObjectType({ description: 'One audited action.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => AuditSource)
  source!: AuditSource;

  @Field({ description: 'When it happened.' })
  at!: Date;

  @Field({ description: 'What was done: a named action ("invoice.issued", "document.downloaded") or the operation\'s name ("updateMeter").' })
  action!: string;

  @Field(() => ActorType)
  actorType!: ActorType;

  @Field(() => ID, { nullable: true, description: 'The member of staff or the customer who acted; null for the system or an unknown sign-in.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their name as the business knows it now.' })
  actorName!: string | null;

  @Field(() => ID, { nullable: true, description: "The customer's contact who acted, for a customer's action." })
  contactId!: string | null;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer the entry concerns, for a link to their page.' })
  customerId!: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of object acted on, as its GraphQL type (Invoice, Job…).' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name when recorded (or now): a number, a title, an address.' })
  subjectLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'The address the request came from.' })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
