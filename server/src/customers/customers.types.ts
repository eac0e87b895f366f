import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/pagination.js';

@ObjectType({ description: 'The signed-in customer.' })
export class CustomerProfile {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field({ description: "The customer's language, else the business's." })
  locale!: string;

  @Field({ description: 'The portal (business) this account belongs to.' })
  tenantSlug!: string;
}

@ObjectType({ description: 'A customer of the business, as staff see it.' })
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  locale!: string | null;

  @Field(() => String, { nullable: true, description: 'invited, active or deactivated; null without a portal account.' })
  portalStatus!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class CustomerConnection extends ConnectionType(Customer) {}

@ArgsType()
export class CustomerSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, email or phone number.' })
  @MaxLength(100, { message: 'Search with at most 100 characters.' })
  search?: string | null;
}
