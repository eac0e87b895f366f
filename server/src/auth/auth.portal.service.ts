// What customers do on the portal to get in (sign-up, password, magic link, reset, invitation)
// and to manage their own sign-in (sessions, password).
import { primaryContact } from '../contacts/contact-rights.js';
import type { CustomerContext, RequestContext } from '../context/context.js';
import type { CustomerProfile } from '../customers/customers.types.js';
import { Conflict, Forbidden, NotFound } from '../errors/errors.js';
import { findTenantBySlug } from '../tenants/tenants.service.js';
import { recordActivity } from '../activity/activity.js';
import {
  changeOwnPassword,
  endOtherOwnSessions,
  endOwnSession,
  magicLinkSignIn,
  ownSessions,
  passwordSignIn,
  setPasswordFromLink,
  signOut,
  type OwnSession,
  type SignInResult,
} from './auth.flows.js';
import { cleanEmail, inAuthScope } from './auth.shared.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { requestEmailLink } from './email-links.js';
import type { AcceptInvitationInput, ChangePasswordInput, EmailLinkRequestInput, LoginInput, MagicLinkLoginInput, RegisterInput, ResetPasswordInput } from './auth.types.js';
import { customerIdentities } from './identities.js';
import { assertStrongPassword, hashPassword } from './passwords.js';
import { enforce, LIMITS } from './rate-limit.js';
import { startSession } from './sessions.js';

export type CustomerSignInResult = SignInResult<CustomerProfile>;

const emailTaken = () => new Conflict('There is already an account with this email here. Sign in, or reset your password if you have forgotten it.', 'EMAIL_TAKEN');

/** A new customer and their active portal account, signed in at once; only where the business allows sign-ups. */
export async function registerCustomer(ctx: RequestContext, input: RegisterInput): Promise<CustomerSignInResult> {
  const tenant = await findTenantBySlug(ctx, input.tenantSlug);
  if (!tenant) throw new NotFound('This portal');
  if (!tenant.selfRegistration) {
    throw new Forbidden(`${tenant.name} does not take sign-ups in its portal. Ask them to invite you.`, 'SIGN_UPS_CLOSED');
  }
  const email = cleanEmail(input.email);
  const name = input.name.trim();
  assertStrongPassword(input.password, email);
  // Each sign-up costs an argon2 hash: bounded per client address.
  if (ctx.client.ip) await enforce(ctx, LIMITS.registerIp, ctx.client.ip);
  const taken = await inAuthScope(ctx, tenant.id, (auth) => auth.tx.customer.findFirst({ where: { email }, select: { id: true } }));
  if (taken) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  // Two sign-ups with one email at the same moment: the unique index decides.
  return unlessTaken(
    () =>
      inAuthScope(ctx, tenant.id, async (auth) => {
        const { tx } = auth;
        const now = ctx.now();
        const customer = await tx.customer.create({
          data: { tenantId: tenant.id, name, email, locale: input.locale ?? null, createdAt: now },
          select: { id: true, name: true, email: true, phone: true, locale: true },
        });
        const account = await tx.portalAccount.create({
          data: { tenantId: tenant.id, customerId: customer.id, email, status: 'active', passwordHash, lastLoginAt: now, createdAt: now, ...primaryContact(name) },
          select: { id: true },
        });
        await recordActivity(auth, { tenantId: tenant.id, actorType: 'customer', actorId: customer.id, customerId: customer.id, action: 'auth.registered' });
        const session = await startSession(auth, { kind: 'customer', tenantId: tenant.id, accountId: account.id, customerId: customer.id });
        const profile: CustomerProfile = { ...customer, locale: customer.locale ?? tenant.locale, tenantSlug: tenant.slug };
        return { ...session, profile };
      }),
    emailTaken,
  );
}

export function loginCustomer(ctx: RequestContext, input: LoginInput): Promise<CustomerSignInResult> {
  return passwordSignIn(ctx, customerIdentities, input);
}

export function requestCustomerMagicLink(ctx: RequestContext, input: EmailLinkRequestInput): Promise<true> {
  return requestEmailLink(ctx, 'customer', input, 'magic_link');
}

export function loginCustomerWithMagicLink(ctx: RequestContext, input: MagicLinkLoginInput): Promise<CustomerSignInResult> {
  return magicLinkSignIn(ctx, customerIdentities, input);
}

export function requestCustomerPasswordReset(ctx: RequestContext, input: EmailLinkRequestInput): Promise<true> {
  return requestEmailLink(ctx, 'customer', input, 'password_reset');
}

export function resetCustomerPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<CustomerSignInResult> {
  return setPasswordFromLink(ctx, customerIdentities, 'password_reset', { ...input, password: input.newPassword, field: 'newPassword' });
}

export function acceptCustomerInvitation(ctx: RequestContext, input: AcceptInvitationInput): Promise<CustomerSignInResult> {
  return setPasswordFromLink(ctx, customerIdentities, 'invitation', { ...input, field: 'password' });
}

export function logoutCustomer(ctx: CustomerContext): Promise<void> {
  return signOut(ctx);
}

export function customerSessions(ctx: CustomerContext): Promise<OwnSession[]> {
  return ownSessions(ctx);
}

export function signOutOtherCustomerSessions(ctx: CustomerContext): Promise<{ endedCount: number; sessions: OwnSession[] }> {
  return endOtherOwnSessions(ctx);
}

export function revokeCustomerSession(ctx: CustomerContext, sessionId: string): Promise<{ current: boolean }> {
  return endOwnSession(ctx, sessionId);
}

export function changeCustomerPassword(ctx: CustomerContext, input: ChangePasswordInput): Promise<void> {
  return changeOwnPassword(ctx, customerIdentities, input);
}
