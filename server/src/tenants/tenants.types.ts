import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Which parts of the portal the business has switched on.' })
export class PortalFeatures {
  @Field()
  invoices!: boolean;

  @Field()
  booking!: boolean;

  @Field()
  requests!: boolean;

  @Field()
  reviews!: boolean;

  @Field()
  documents!: boolean;
}

@ObjectType({ description: 'What a portal shows before sign-in: the business and its branding.' })
export class PortalTenant {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'hvac, plumbing, grooming, contractor, equipment or field_service' })
  trade!: string;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field()
  primaryColor!: string;

  @Field()
  accentColor!: string;

  @Field({ description: 'The default language of the portal (BCP 47).' })
  locale!: string;

  @Field({ description: 'IANA time zone in which the business works.' })
  timeZone!: string;

  @Field()
  currency!: string;

  @Field()
  selfRegistration!: boolean;

  @Field(() => PortalFeatures)
  features!: PortalFeatures;
}

