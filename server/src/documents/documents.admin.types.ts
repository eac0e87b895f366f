// Documents as staff see them: shared or not, with the customer they belong to.
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { DocumentKind } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { DocumentFields } from './documents.types.js';

@ObjectType({ description: "A customer's document as staff see it; the customer sees it only while shared." })
export class AdminDocument extends DocumentFields {
  @Field(() => ID)
  customerId!: string;

  @Field()
  shared!: boolean;
}

@ObjectType()
export class AdminDocumentConnection extends ConnectionType(AdminDocument) {}

@ArgsType()
export class AdminDocumentListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "A customer's documents; give a customer, a job or both." })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: "A job's documents (technicians: only their own jobs)." })
  jobId?: string | null;

  @Field(() => Boolean, { nullable: true })
  shared?: boolean | null;
}

@InputType()
export class CreateDocumentInput {
  @Field(() => ID, { description: 'An upload from createDocumentUpload whose bytes were PUT.' })
  uploadId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID, { nullable: true, description: "One of the customer's jobs (technicians: required, and one of theirs)." })
  jobId?: string | null;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field({ description: 'Up to 200 characters.' })
  title!: string;

  @Field({ defaultValue: false, description: 'Shown to the customer in the portal at once.' })
  shared!: boolean;
}
