import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { IsEmailAddress } from '../common/email-address.js';
import { LANGUAGES } from '../common/languages.js';
import { CustomerProfile } from '../customers/customers.types.js';
import { StaffRole } from '../generated/prisma/enums.js';
import { StaffProfile } from '../staff/staff.types.js';
import type { DeviceType as DeviceTypeName } from './device-names.js';

const EMAIL_MESSAGE = { message: 'Enter a valid email address.' };
const EMAIL_LENGTH = { message: 'Use at most 254 characters for your email address.' };
const PASSWORD_LENGTH = { message: 'Use at most 200 characters for your password.' };
const NAME_LENGTH = { message: 'Use at most 200 characters for the name.' };
const SLUG_LENGTH = { message: 'This portal address is too long.' };
const TOKEN_LENGTH = { message: 'This link is not valid. Use the link from the email as it is.' };

@InputType({ description: 'Email and password sign-in of a customer at one business.' })
export class LoginInput {
  @Field(() => String, { description: "The business's portal slug, as in its portal URL." })
  @MaxLength(100, SLUG_LENGTH)
  tenantSlug!: string;

  @Field(() => String)
  @IsEmailAddress(EMAIL_MESSAGE)
  @MaxLength(254, EMAIL_LENGTH)
  email!: string;

  @Field(() => String)
  @MaxLength(200, PASSWORD_LENGTH)
  password!: string;
}

@InputType({ description: 'Email and password sign-in of a member of staff at one business.' })
export class StaffLoginInput extends LoginInput {}

@InputType({ description: 'A new customer account, when the business takes sign-ups in its portal.' })
export class RegisterInput {
  @Field(() => String)
  @MaxLength(100, SLUG_LENGTH)
  tenantSlug!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Enter your name.' })
  @MaxLength(200, NAME_LENGTH)
  name!: string;

  @Field(() => String)
  @IsEmailAddress(EMAIL_MESSAGE)
  @MaxLength(254, EMAIL_LENGTH)
  email!: string;

  @Field(() => String, { description: 'At least 10 characters with a letter and a digit.' })
  @MaxLength(200, PASSWORD_LENGTH)
  password!: string;

  @Field(() => String, { nullable: true, description: `One of ${LANGUAGES.join(', ')}; the business's language when omitted.` })
  @IsOptional()
  @IsIn([...LANGUAGES], { message: `Choose one of ${LANGUAGES.join(', ')}.` })
  locale?: string | null;
}

@InputType({ description: 'Asks for an email (sign-in link or password reset); answered the same whether or not the email is known.' })
export class EmailLinkRequestInput {
  @Field(() => String)
  @MaxLength(100, SLUG_LENGTH)
  tenantSlug!: string;

  @Field(() => String)
  @IsEmailAddress(EMAIL_MESSAGE)
  @MaxLength(254, EMAIL_LENGTH)
  email!: string;
}

@InputType({ description: 'The token of a sign-in link.' })
export class MagicLinkLoginInput {
  @Field(() => String)
  @MaxLength(100, SLUG_LENGTH)
  tenantSlug!: string;

  @Field(() => String)
  @MaxLength(200, TOKEN_LENGTH)
  token!: string;
}

@InputType({ description: 'A new password, with the token of a password-reset link.' })
export class ResetPasswordInput extends MagicLinkLoginInput {
  @Field(() => String)
  @MaxLength(200, PASSWORD_LENGTH)
  newPassword!: string;
}

@InputType({ description: 'The first password of an invited account, with the token of its invitation link.' })
export class AcceptInvitationInput extends MagicLinkLoginInput {
  @Field(() => String)
  @MaxLength(200, PASSWORD_LENGTH)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(200, PASSWORD_LENGTH)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(200, PASSWORD_LENGTH)
  newPassword!: string;
}

@InputType({ description: 'A new member of staff, who receives an invitation by email.' })
export class InviteStaffInput {
  @Field(() => String)
  @IsEmailAddress(EMAIL_MESSAGE)
  @MaxLength(254, EMAIL_LENGTH)
  email!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'Enter a name.' })
  @MaxLength(200, NAME_LENGTH)
  name!: string;

  @Field(() => StaffRole)
  role!: StaffRole;
}

/** What every sign-in answers, besides the profile of who signed in. */
@ObjectType()
abstract class SignIn {
  @Field(() => String)
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@ObjectType({ description: 'A new customer session. The token is also set as an HttpOnly cookie; API clients send it as `Authorization: Bearer <token>`.' })
export class CustomerSignIn extends SignIn {
  @Field(() => CustomerProfile)
  customer!: CustomerProfile;
}

@ObjectType({ description: 'A new staff session. The token is also set as an HttpOnly cookie; API clients send it as `Authorization: Bearer <token>`.' })
export class StaffSignIn extends SignIn {
  @Field(() => StaffProfile)
  staff!: StaffProfile;
}

export enum DeviceType {
  DESKTOP = 'desktop',
  MOBILE = 'mobile',
  TABLET = 'tablet',
  TV = 'tv',
  UNKNOWN = 'unknown',
}
registerEnumType(DeviceType, { name: 'DeviceType', description: 'The kind of device a session was opened on, as its browser said.' });

/** The enum's values are the names device-names.ts gives. */
export const DEVICE_TYPE_CHECK: Record<DeviceTypeName, DeviceType> = {
  desktop: DeviceType.DESKTOP,
  mobile: DeviceType.MOBILE,
  tablet: DeviceType.TABLET,
  tv: DeviceType.TV,
  unknown: DeviceType.UNKNOWN,
};

@ObjectType('Session', { description: 'A browser or API client signed in to your account. The current one comes first, then the others, most recently used first.' })
export class SignedInSession {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'The session of this request.' })
  current!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last used, to within five minutes.' })
  lastSeenAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The browser, e.g. Chrome, Firefox, Safari; null when not recognised.' })
  browser!: string | null;

  @Field(() => String, { nullable: true, description: 'The operating system, e.g. Linux, macOS, Windows, iOS, Android; null when not recognised.' })
  os!: string | null;

  @Field(() => String, { nullable: true, description: "The device's own name when its browser gives one, e.g. iPhone, iPad; null otherwise." })
  device!: string | null;

  @Field(() => DeviceType)
  deviceType!: DeviceType;

  @Field(() => String, { nullable: true, description: 'The User-Agent header as sent, for API clients; browser, os and device name it for people.' })
  userAgent!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;
}

@ObjectType({ description: 'What signing out everywhere else did.' })
export class OtherSessionsSignedOut {
  @Field(() => Int, { description: 'How many other sessions ended.' })
  endedCount!: number;

  @Field(() => [SignedInSession], { description: 'Your sessions that still work: this one.' })
  sessions!: SignedInSession[];
}
