import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext, StaffContext } from '../context/context.js';
import { Allow, anyone, anyStaff, managers, office } from '../platform/door.js';
import { Customer } from '../customers/customers.types.js';
import { SESSION_COOKIE } from '../platform/session-cookie.js';
import { StaffProfile } from '../staff/staff.types.js';
import {
  acceptStaffInvitation,
  changeStaffPassword,
  deactivateCustomerPortal,
  deactivateStaff,
  inviteCustomerToPortal,
  inviteStaffMember,
  loginStaff,
  logoutStaff,
  reactivateCustomerPortal,
  reactivateStaff,
  requestStaffPasswordReset,
  resetStaffPassword,
  revokeStaffSession,
  signOutOtherStaffSessions,
  staffSessions,
  type StaffSignInResult,
} from './auth.admin.service.js';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  EmailLinkRequestInput,
  InviteStaffInput,
  ResetPasswordInput,
  OtherSessionsSignedOut,
  SignedInSession,
  StaffLoginInput,
  StaffSignIn,
} from './auth.types.js';

/** Hands the new session to the browser as an HttpOnly cookie, and to API clients in the payload. */
function signedIn(ctx: RequestContext, result: StaffSignInResult): StaffSignIn {
  ctx.cookies.set(SESSION_COOKIE.admin, result.token, { maxAgeSeconds: result.maxAgeSeconds });
  return { token: result.token, expiresAt: result.expiresAt, staff: result.profile };
}

@Resolver()
export class AuthAdminResolver {
  @Allow(anyone)
  @Mutation(() => StaffSignIn, { description: 'Signs in a member of staff with email and password.' })
  async login(@Ctx() ctx: RequestContext, @Arg('input', () => StaffLoginInput) input: StaffLoginInput): Promise<StaffSignIn> {
    return signedIn(ctx, await loginStaff(ctx, input));
  }

  @Allow(anyone)
  @Mutation(() => Boolean, { description: 'Emails a password-reset link valid for 60 minutes. Always true, whether or not the email has an account.' })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('input', () => EmailLinkRequestInput) input: EmailLinkRequestInput): Promise<boolean> {
    return requestStaffPasswordReset(ctx, input);
  }

  @Allow(anyone)
  @Mutation(() => StaffSignIn, { description: 'Sets a new password from a reset link, ends every other session and signs in.' })
  async resetPassword(@Ctx() ctx: RequestContext, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<StaffSignIn> {
    return signedIn(ctx, await resetStaffPassword(ctx, input));
  }

  @Allow(anyone)
  @Mutation(() => StaffSignIn, { description: 'Accepts an invitation to the staff: sets the first password, activates the account and signs in.' })
  async acceptInvitation(@Ctx() ctx: RequestContext, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput): Promise<StaffSignIn> {
    return signedIn(ctx, await acceptStaffInvitation(ctx, input));
  }

  @Allow(anyStaff)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@Ctx() ctx: StaffContext): Promise<boolean> {
    await logoutStaff(ctx);
    ctx.cookies.clear(SESSION_COOKIE.admin);
    return true;
  }

  @Allow(anyStaff)
  @Query(() => [SignedInSession], { description: 'Your open sessions, most recently used first.' })
  sessions(@Ctx() ctx: StaffContext): Promise<SignedInSession[]> {
    return staffSessions(ctx);
  }

  @Allow(anyStaff)
  @Mutation(() => Boolean, { description: 'Ends one of your sessions; NOT_FOUND for any other id.' })
  async revokeSession(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    const { current } = await revokeStaffSession(ctx, id);
    if (current) ctx.cookies.clear(SESSION_COOKIE.admin);
    return true;
  }

  @Allow(anyStaff)
  @Mutation(() => OtherSessionsSignedOut, { description: 'Ends every other session of yours (other browsers and devices); this one stays.' })
  signOutOtherSessions(@Ctx() ctx: StaffContext): Promise<OtherSessionsSignedOut> {
    return signOutOtherStaffSessions(ctx);
  }

  @Allow(anyStaff)
  @Mutation(() => Boolean, { description: 'Changes your password after checking the current one, and ends your other sessions.' })
  async changePassword(@Ctx() ctx: StaffContext, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    await changeStaffPassword(ctx, input);
    return true;
  }

  @Allow(managers)
  @Mutation(() => StaffProfile, { description: 'Invites a member of staff by email. Owner and admin; only an owner invites an owner.' })
  inviteStaff(@Ctx() ctx: StaffContext, @Arg('input', () => InviteStaffInput) input: InviteStaffInput): Promise<StaffProfile> {
    return inviteStaffMember(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => StaffProfile, { description: "Ends a staff member's access at once, sessions included. Not yourself; only an owner deactivates an owner." })
  deactivateStaffMember(@Ctx() ctx: StaffContext, @Arg('staffUserId', () => ID) staffUserId: string): Promise<StaffProfile> {
    return deactivateStaff(ctx, staffUserId);
  }

  @Allow(managers)
  @Mutation(() => StaffProfile, { description: 'Gives a deactivated staff member their access back. Only an owner reactivates an owner.' })
  reactivateStaffMember(@Ctx() ctx: StaffContext, @Arg('staffUserId', () => ID) staffUserId: string): Promise<StaffProfile> {
    return reactivateStaff(ctx, staffUserId);
  }

  @Allow(office)
  @Mutation(() => Customer, { description: 'Emails a customer an invitation to the portal, creating their portal account if needed. CONFLICT when the account is already active.' })
  inviteCustomer(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string): Promise<Customer> {
    return inviteCustomerToPortal(ctx, customerId);
  }

  @Allow(office)
  @Mutation(() => Customer, { description: "Ends a customer's portal access at once, sessions included." })
  deactivateCustomerAccount(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string): Promise<Customer> {
    return deactivateCustomerPortal(ctx, customerId);
  }

  @Allow(office)
  @Mutation(() => Customer, { description: 'Gives a deactivated customer their portal access back.' })
  reactivateCustomerAccount(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string): Promise<Customer> {
    return reactivateCustomerPortal(ctx, customerId);
  }
}
