import { Field, ID, InputType, ObjectType } from 'type-graphql';

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

  /** Who added it (sites/added-by.ts): exposed as canEdit in the portal and addedBy in the admin. */
  addedBy!: string;
  addedByStaffId!: string | null;
  createdAt!: Date;
}

@InputType({ description: 'A service address. On update only the fields given change; optional ones may be null to remove them.' })
export class SiteInput {
  @Field(() => String, { nullable: true, description: 'e.g. Home, Lake cabin. Required on create.' })
  label?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Required on create.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166 two-letter code, e.g. US. Required on create.' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  accessInstructions?: string | null;
}
