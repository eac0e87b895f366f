import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind } from '../generated/prisma/enums.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';

registerEnumType(DocumentKind, { name: 'DocumentKind' });

/** What both endpoints show of a document; each adds its own download link (see JobFields). */
@ObjectType()
export abstract class DocumentFields {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field()
  title!: string;

  @Field()
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => ID, { nullable: true })
  jobId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A file the business shared with the customer.' })
export class Document extends DocumentFields {}

@ObjectType()
export class DocumentConnection extends ConnectionType(Document) {}

@ArgsType()
export class DocumentListArgs extends PageArgs {
  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind | null;

  @Field(() => ID, { nullable: true, description: "Only documents of this job (one of the customer's own)." })
  jobId?: string | null;

  @Field(() => String, { nullable: true, description: "Shared on or after this day, 'YYYY-MM-DD' in the business's time zone." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Shared on or before this day, 'YYYY-MM-DD' in the business's time zone." })
  to?: string | null;
}
