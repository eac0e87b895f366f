import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A service address of the customer.' })
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

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field()
  country!: string;

  @Field(() => String, { nullable: true, description: 'How the technician gets in: gate code, where the key is, the dog.' })
  accessInstructions!: string | null;

  /** For ownership checks; not exposed. */
  customerId!: string;
}
