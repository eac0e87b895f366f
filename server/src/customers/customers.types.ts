import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { IsEmailAddress } from '../common/email-address.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { LANGUAGES } from '../common/languages.js';

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

  @Field(() => String, {
    nullable: true,
    description:
      'The email the portal account signs in with, where sign-in and password-reset links go; null without a portal account. It may differ from the contact email until the customer confirms a change.',
  })
  portalEmail!: string | null;

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

@InputType({ description: 'Only the fields given change; phone may be null (or empty) to remove it.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: '1 to 120 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces and + ( ) - .' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `One of ${LANGUAGES.join(', ')}.` })
  locale?: string | null;
}

@InputType({ description: 'A new email address; it takes effect once confirmed from a link sent to it.' })
export class RequestEmailChangeInput {
  @Field(() => String)
  @IsEmailAddress({ message: 'Enter a valid email address.' })
  @MaxLength(254, { message: 'Use at most 254 characters for your email address.' })
  newEmail!: string;

  @Field(() => String)
  @MaxLength(200, { message: 'Use at most 200 characters for your password.' })
  currentPassword!: string;
}

@InputType({ description: 'The token of an email-change confirmation link.' })
export class ConfirmEmailChangeInput {
  @Field(() => String, { description: "The business's portal slug, as in the link." })
  @MaxLength(100, { message: 'This portal address is too long.' })
  tenantSlug!: string;

  @Field(() => String)
  @MaxLength(200, { message: 'This link is not valid. Use the link from the email as it is.' })
  token!: string;
}

@InputType({ description: 'A new customer of the business; no portal account until invited.' })
export class CreateCustomerInput {
  @Field(() => String, { description: '1 to 120 characters.' })
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Digits, spaces and + ( ) - .' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `One of ${LANGUAGES.join(', ')}; null for the business's language.` })
  locale?: string | null;
}

@InputType({ description: 'Only the fields given change; phone and locale may be null to remove them.' })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The contact email, changed at once. An active portal login keeps its own email until the customer confirms the new one, signed in, from a link sent to it (see pendingPortalEmail); an invited account follows.',
  })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;
}

@ObjectType({ description: "An entry of a customer's activity log." })
export class ActivityEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, e.g. auth.login, invoice.paid, customer.updated.' })
  action!: string;

  @Field({ description: 'customer, staff or system.' })
  actorType!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  /** Resolved to actorName through a loader; not exposed. */
  actorId!: string | null;

  /** Resolved to subject (named, for a link) through a loader; not exposed. */
  subjectId!: string | null;
}

@ObjectType()
export class ActivityEntryConnection extends ConnectionType(ActivityEntry) {}
