// The response a business promises for each request priority (settings, and the portal's form).
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { RequestUrgency } from '../generated/prisma/enums.js';

@ObjectType({ description: "The business's promise for one request priority, shown to the customer when they choose it." })
export class RequestResponsePromise {
  @Field(() => RequestUrgency)
  urgency!: RequestUrgency;

  @Field(() => Int, { description: 'The office responds within this many minutes of the request (15 to 43200).' })
  responseMinutes!: number;

  @Field(() => String, { nullable: true, description: "The business's own words, e.g. 'Extra charge applies' (at most 200 characters)." })
  note!: string | null;

  @Field(() => Int, { nullable: true, description: "An extra charge for this priority, in minor units of the business's currency." })
  extraChargeMinor!: number | null;
}

@InputType()
export class RequestResponsePromiseInput {
  @Field(() => RequestUrgency)
  urgency!: RequestUrgency;

  @Field(() => Int, { description: 'Minutes, 15 to 43200 (30 days).' })
  responseMinutes!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true })
  extraChargeMinor?: number | null;
}
