// A document's access history as the office reads it (Document.accessHistory).
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ActorType, DocumentAccessAction } from '../generated/prisma/enums.js';
import { ConnectionType } from '../common/pagination.js';

registerEnumType(DocumentAccessAction, {
  name: 'DocumentAccessAction',
  description: 'What was done to a document: viewed in the browser, downloaded, generated, shared, unshared, uploaded.',
});

@ObjectType({ description: 'One access to a document: who, when, from where.' })
export class DocumentAccessEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentAccessAction)
  action!: DocumentAccessAction;

  @Field()
  at!: Date;

  @Field(() => ActorType, { description: 'A customer, a member of staff, or the system (background work).' })
  actorType!: ActorType;

  @Field(() => ID, { nullable: true, description: 'The customer or member of staff; null for the system.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: "The customer's or staff member's name; null for the system." })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'The address the request came from.' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'The browser, as named by its User-Agent (Chrome, Safari…); null when not recognised.' })
  browser!: string | null;

  @Field(() => String, { nullable: true, description: 'The operating system (Windows, iOS…); null when not recognised.' })
  os!: string | null;
}

@ObjectType()
export class DocumentAccessEventConnection extends ConnectionType(DocumentAccessEvent) {}

@ObjectType({ description: 'One of your own views or downloads of a document.' })
export class MyDocumentAccess {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentAccessAction, { description: 'viewed or downloaded.' })
  action!: DocumentAccessAction;

  @Field()
  at!: Date;

  @Field(() => ID)
  documentId!: string;

  @Field(() => String, { nullable: true, description: 'Null when the document is no longer shared with you.' })
  documentTitle!: string | null;
}

@ObjectType()
export class MyDocumentAccessConnection extends ConnectionType(MyDocumentAccess) {}
