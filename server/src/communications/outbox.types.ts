// The dev outbox as staff read it: the emails Portico stored for this business, newest first.
import { ObjectType, Field, ID } from 'type-graphql';
import { ConnectionType } from '../common/pagination.js';

@ObjectType({ description: 'An email Portico sent (or queued) for the business, with its plain-text body.' })
export class OutboxEmail {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The recipient address.' })
  to!: string;

  @Field()
  subject!: string;

  @Field({ description: 'The plain-text body, links included (so a demo can follow them).' })
  text!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was handed to the mail transport; null while queued.' })
  sentAt!: Date | null;
}

@ObjectType()
export class OutboxEmailConnection extends ConnectionType(OutboxEmail) {}
