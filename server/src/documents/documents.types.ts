import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind } from '../generated/prisma/enums.js';
import { ConnectionType } from '../common/pagination.js';

registerEnumType(DocumentKind, { name: 'DocumentKind' });

@ObjectType({ description: 'A file the business shared with the customer.' })
export class Document {
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

@ObjectType()
export class DocumentConnection extends ConnectionType(Document) {}
