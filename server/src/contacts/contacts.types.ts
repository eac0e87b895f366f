import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../common/email-address.js';
import { LANGUAGES } from '../common/languages.js';
import { ContactRight } from '../generated/prisma/enums.js';
import { NotificationChannel, NotificationKind } from '../notifications/notifications.types.js';

registerEnumType(ContactRight, {
  name: 'ContactRight',
  description:
    'What a contact may do within their account: invoices (see and pay invoices, quotes, payments), appointments (book and manage visits), requests (submit and follow requests), documents_all or documents_shared (every document, or only those shared with them), contacts (invite and manage the other contacts). The primary contact has them all.',
});

/** What both apps show of a contact. */
@ObjectType()
abstract class ContactFields {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "The contact's language; none means the account's." })
  locale!: string | null;

  @Field({ description: 'The primary contact has every right and cannot be removed.' })
  isPrimary!: boolean;

  @Field({ description: 'invited, active or deactivated.' })
  status!: string;

  @Field(() => [ContactRight])
  rights!: ContactRight[];

  @Field(() => [ID], { description: 'The sites the contact is limited to; empty means every site.' })
  siteIds!: string[];

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;
}

@ObjectType('Contact', { description: 'A person who signs in for the account, with their own rights.' })
export class PortalContact extends ContactFields {
  @Field({ description: 'This is you.' })
  isMe!: boolean;
}

@ObjectType('Contact', { description: "A person who signs in for a customer's account, with their own rights." })
export class AdminContact extends ContactFields {
  @Field({
    description:
      'Whether notifications reach them now: false for a deactivated contact and for a colleague who has not accepted their invitation yet (their notificationChoices are kept for when they do).',
  })
  hearsNow!: boolean;

  /** Their stored choices per kind, read by notificationChoices; not exposed. */
  notificationPreferences!: unknown;
}

@ObjectType({ description: 'How one kind of notification reaches a contact. It is their own choice (or the default): only they change it, in their portal settings.' })
export class ContactNotificationChoice {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;
}

@InputType({ description: 'A new contact of the account: they get an invitation email in their language.' })
export class InviteContactInput {
  @Field({ description: '1 to 120 characters.' })
  @MaxLength(120)
  name!: string;

  @Field()
  @IsEmailAddress()
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true, description: 'Digits, spaces and + ( ) - .' })
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `One of ${LANGUAGES.join(', ')}; none: the account's.` })
  locale?: string | null;

  @Field(() => [ContactRight])
  @ArrayMaxSize(6)
  rights!: ContactRight[];

  @Field(() => [ID], { nullable: true, description: 'Limit the contact to these sites of the account; none or empty: every site.' })
  @ArrayMaxSize(200)
  siteIds?: string[] | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [ContactRight], { nullable: true })
  @ArrayMaxSize(6)
  rights?: ContactRight[] | null;

  @Field(() => [ID], { nullable: true, description: 'Empty: every site.' })
  @ArrayMaxSize(200)
  siteIds?: string[] | null;
}
