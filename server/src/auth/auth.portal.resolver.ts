import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { CustomerContext, RequestContext } from '../context/context.js';
import { Allow, anyone, customer } from '../platform/door.js';
import { SESSION_COOKIE } from '../platform/session-cookie.js';
import {
  acceptCustomerInvitation,
  changeCustomerPassword,
  customerSessions,
  loginCustomer,
  loginCustomerWithMagicLink,
  logoutCustomer,
  registerCustomer,
  requestCustomerMagicLink,
  requestCustomerPasswordReset,
  resetCustomerPassword,
  revokeCustomerSession,
  signOutOtherCustomerSessions,
  type CustomerSignInResult,
} from './auth.portal.service.js';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  CustomerSignIn,
  EmailLinkRequestInput,
  LoginInput,
  MagicLinkLoginInput,
  RegisterInput,
  ResetPasswordInput,
  OtherSessionsSignedOut,
  SignedInSession,
} from './auth.types.js';

/** Hands the new session to the browser as an HttpOnly cookie, and to API clients in the payload. */
function signedIn(ctx: RequestContext, result: CustomerSignInResult): CustomerSignIn {
  ctx.cookies.set(SESSION_COOKIE.portal, result.token, { maxAgeSeconds: result.maxAgeSeconds });
  return { token: result.token, expiresAt: result.expiresAt, customer: result.profile };
}

@Resolver()
export class AuthPortalResolver {
  @Allow(anyone)
  @Mutation(() => CustomerSignIn, { description: 'Creates a customer account and signs in; only where the business takes sign-ups in its portal.' })
  async register(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterInput) input: RegisterInput): Promise<CustomerSignIn> {
    return signedIn(ctx, await registerCustomer(ctx, input));
  }

  @Allow(anyone)
  @Mutation(() => CustomerSignIn, { description: 'Signs in with email and password.' })
  async login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput) input: LoginInput): Promise<CustomerSignIn> {
    return signedIn(ctx, await loginCustomer(ctx, input));
  }

  @Allow(anyone)
  @Mutation(() => Boolean, { description: 'Emails a sign-in link valid for 15 minutes. Always true, whether or not the email has an account.' })
  requestMagicLink(@Ctx() ctx: RequestContext, @Arg('input', () => EmailLinkRequestInput) input: EmailLinkRequestInput): Promise<boolean> {
    return requestCustomerMagicLink(ctx, input);
  }

  @Allow(anyone)
  @Mutation(() => CustomerSignIn, { description: 'Signs in with the token of a sign-in link; each link works once.' })
  async loginWithMagicLink(@Ctx() ctx: RequestContext, @Arg('input', () => MagicLinkLoginInput) input: MagicLinkLoginInput): Promise<CustomerSignIn> {
    return signedIn(ctx, await loginCustomerWithMagicLink(ctx, input));
  }

  @Allow(anyone)
  @Mutation(() => Boolean, { description: 'Emails a password-reset link valid for 60 minutes. Always true, whether or not the email has an account.' })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('input', () => EmailLinkRequestInput) input: EmailLinkRequestInput): Promise<boolean> {
    return requestCustomerPasswordReset(ctx, input);
  }

  @Allow(anyone)
  @Mutation(() => CustomerSignIn, { description: 'Sets a new password from a reset link, ends every other session and signs in.' })
  async resetPassword(@Ctx() ctx: RequestContext, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<CustomerSignIn> {
    return signedIn(ctx, await resetCustomerPassword(ctx, input));
  }

  @Allow(anyone)
  @Mutation(() => CustomerSignIn, { description: "Accepts the business's invitation: sets the first password, activates the account and signs in." })
  async acceptInvitation(@Ctx() ctx: RequestContext, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput): Promise<CustomerSignIn> {
    return signedIn(ctx, await acceptCustomerInvitation(ctx, input));
  }

  @Allow(customer)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@Ctx() ctx: CustomerContext): Promise<boolean> {
    await logoutCustomer(ctx);
    ctx.cookies.clear(SESSION_COOKIE.portal);
    return true;
  }

  @Allow(customer)
  @Query(() => [SignedInSession], { description: "The signed-in customer's open sessions, most recently used first." })
  sessions(@Ctx() ctx: CustomerContext): Promise<SignedInSession[]> {
    return customerSessions(ctx);
  }

  @Allow(customer)
  @Mutation(() => Boolean, { description: "Ends one of the signed-in customer's sessions; NOT_FOUND for any other id." })
  async revokeSession(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    const { current } = await revokeCustomerSession(ctx, id);
    if (current) ctx.cookies.clear(SESSION_COOKIE.portal);
    return true;
  }

  @Allow(customer)
  @Mutation(() => OtherSessionsSignedOut, { description: 'Ends every other session of yours (other browsers and devices); this one stays.' })
  signOutOtherSessions(@Ctx() ctx: CustomerContext): Promise<OtherSessionsSignedOut> {
    return signOutOtherCustomerSessions(ctx);
  }

  @Allow(customer)
  @Mutation(() => Boolean, { description: 'Changes the password after checking the current one, and ends every other session.' })
  async changePassword(@Ctx() ctx: CustomerContext, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    await changeCustomerPassword(ctx, input);
    return true;
  }
}
