// What staff do in the admin app to get in and manage their own sign-in, and what the office
// does with other people's access: inviting staff and customers, deactivating accounts.
import { staffScope, type RequestContext, type StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import type { Customer } from '../customers/customers.types.js';
import { getCustomer } from '../customers/customers.service.js';
import { Conflict, Forbidden, NotFound } from '../errors/errors.js';
import type { Prisma, Tenant } from '../generated/prisma/client.js';
import type { StaffProfile } from '../staff/staff.types.js';
import { currentTenant } from '../platform/current-tenant.js';
import { ACCOUNT_MOVES, canMove } from './account-status.js';
import { recordActivity, type AuthAction } from '../activity/activity.js';
import { writtenLanguage } from '../common/languages.js';
import { adminLinks, letter, sendCustomerLink } from './auth.emails.js';
import {
  changeOwnPassword,
  endOtherOwnSessions,
  endOwnSession,
  ownSessions,
  passwordSignIn,
  setPasswordFromLink,
  signedInStaff,
  signOut,
  type OwnSession,
  type SignInResult,
} from './auth.flows.js';
import { cleanEmail, isUniqueViolation } from './auth.shared.js';
import { requestEmailLink } from './email-links.js';
import type { AcceptInvitationInput, ChangePasswordInput, EmailLinkRequestInput, InviteStaffInput, LoginInput, ResetPasswordInput } from './auth.types.js';
import { staffIdentities } from './identities.js';
import { issueToken, retireTokens } from './one-time-tokens.js';
import { revokeSessions } from './sessions.js';

export type StaffSignInResult = SignInResult<StaffProfile>;

export function loginStaff(ctx: RequestContext, input: LoginInput): Promise<StaffSignInResult> {
  return passwordSignIn(ctx, staffIdentities, input);
}

export function requestStaffPasswordReset(ctx: RequestContext, input: EmailLinkRequestInput): Promise<true> {
  return requestEmailLink(ctx, 'staff', input, 'password_reset');
}

export function resetStaffPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<StaffSignInResult> {
  return setPasswordFromLink(ctx, staffIdentities, 'password_reset', { ...input, password: input.newPassword, field: 'newPassword' });
}

export function acceptStaffInvitation(ctx: RequestContext, input: AcceptInvitationInput): Promise<StaffSignInResult> {
  return setPasswordFromLink(ctx, staffIdentities, 'invitation', { ...input, field: 'password' });
}

export function logoutStaff(ctx: RequestContext): Promise<void> {
  return signOut(ctx, signedInStaff(ctx));
}

export function staffSessions(ctx: RequestContext): Promise<OwnSession[]> {
  return ownSessions(ctx, signedInStaff(ctx));
}

export function signOutOtherStaffSessions(ctx: RequestContext): Promise<{ endedCount: number; sessions: OwnSession[] }> {
  return endOtherOwnSessions(ctx, signedInStaff(ctx));
}

export function revokeStaffSession(ctx: RequestContext, sessionId: string): Promise<{ current: boolean }> {
  return endOwnSession(ctx, signedInStaff(ctx), sessionId);
}

export function changeStaffPassword(ctx: RequestContext, input: ChangePasswordInput): Promise<void> {
  return changeOwnPassword(ctx, signedInStaff(ctx), staffIdentities, input);
}

const staffSelect = { id: true, name: true, email: true, role: true, locale: true, status: true } satisfies Prisma.StaffUserSelect;
type StaffRow = Prisma.StaffUserGetPayload<{ select: typeof staffSelect }>;

function staffProfile(row: StaffRow, tenant: Tenant): StaffProfile {
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale, tenantSlug: tenant.slug, timeZone: tenant.timeZone, currency: tenant.currency };
}

function logStaffAction(ctx: RequestContext, { tx, principal }: StaffContext, action: AuthAction, about: { customerId?: string; subjectId?: string }): Promise<void> {
  return recordActivity({ ...ctx, tx }, { tenantId: principal.tenantId, actorType: 'staff', actorId: principal.staffUserId, action, ...about });
}

const OWNER_ONLY_INVITE = 'Only an owner can invite an owner.';

/**
 * Invites a new member of staff by email (owner and admin; an owner only by an owner). Inviting
 * someone whose invitation is still open sends a fresh one, with the name and role given now.
 */
export async function inviteStaffMember(ctx: RequestContext, input: InviteStaffInput): Promise<StaffProfile> {
  const scope = staffScope(ctx);
  const { tx, principal } = scope;
  if (input.role === 'owner' && principal.role !== 'owner') throw new Forbidden(OWNER_ONLY_INVITE);
  const tenant = await currentTenant(ctx);
  const email = cleanEmail(input.email);
  const name = input.name.trim();
  const existing = await tx.staffUser.findFirst({ where: { email }, select: { id: true, status: true, role: true } });
  if (existing && existing.status !== 'invited') throw new Conflict('Someone on your staff already has this email address.');
  if (existing?.role === 'owner' && principal.role !== 'owner') throw new Forbidden(OWNER_ONLY_INVITE);
  let invitee: StaffRow;
  try {
    invitee = existing
      ? await tx.staffUser.update({ where: { tenantId_id: { tenantId: tenant.id, id: existing.id } }, data: { name, role: input.role }, select: staffSelect })
      : await tx.staffUser.create({ data: { tenantId: tenant.id, email, name, role: input.role, status: 'invited', locale: tenant.locale }, select: staffSelect });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict('Someone on your staff already has this email address.');
    throw error;
  }
  const inviter = await tx.staffUser.findFirst({ where: { id: principal.staffUserId }, select: { name: true } });
  await retireTokens(ctx, tx, tenant.id, { staffUserId: invitee.id }, ['invitation']);
  const token = await issueToken(ctx, tx, tenant.id, 'invitation', { staffUserId: invitee.id });
  const { subject, text } = letter('staffInvitation', writtenLanguage(invitee.locale, tenant.locale), {
    business: tenant.name,
    name: invitee.name,
    inviter: inviter?.name ?? tenant.name,
    role: invitee.role,
    link: adminLinks.invitation(ctx, tenant.slug, token),
  });
  await ctx.deps.mailer.send(tx, { tenantId: tenant.id, to: invitee.email, subject, text });
  await logStaffAction(ctx, scope, 'auth.staff_invited', { subjectId: invitee.id });
  return staffProfile(invitee, tenant);
}

/**
 * Gives a customer a portal account in the `invited` state (or keeps the open one) and emails
 * them an invitation; earlier invitation links stop working.
 */
export async function inviteCustomerToPortal(ctx: RequestContext, customerId: string): Promise<Customer> {
  const scope = staffScope(ctx);
  const { tx } = scope;
  const tenant = await currentTenant(ctx);
  const customer = isId(customerId)
    ? await tx.customer.findFirst({
        where: { id: customerId },
        select: { id: true, name: true, email: true, locale: true, portalAccount: { select: { id: true, status: true, email: true } } },
      })
    : null;
  if (!customer) throw new NotFound('This customer');
  const account = customer.portalAccount;
  if (account?.status === 'active') throw new Conflict('This customer already has an active portal account.');
  if (account?.status === 'deactivated') throw new Conflict("This customer's portal account is deactivated. Reactivate it instead.");
  try {
    if (!account) {
      await tx.portalAccount.create({ data: { tenantId: tenant.id, customerId: customer.id, email: customer.email, status: 'invited' }, select: { id: true } });
    } else if (account.email !== customer.email) {
      // The customer's email changed since the first invitation: the account follows it.
      await tx.portalAccount.updateMany({ where: { id: account.id }, data: { email: customer.email } });
    }
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict('Another portal account already uses this email address.');
    throw error;
  }
  await sendCustomerLink(ctx, tx, tenant, customer, customer.email, 'invitation');
  await logStaffAction(ctx, scope, 'auth.customer_invited', { customerId: customer.id });
  return getCustomer(ctx, tx, customer.id);
}

export function deactivateCustomerPortal(ctx: RequestContext, customerId: string): Promise<Customer> {
  return moveCustomerAccount(ctx, customerId, 'deactivate');
}

export function reactivateCustomerPortal(ctx: RequestContext, customerId: string): Promise<Customer> {
  return moveCustomerAccount(ctx, customerId, 'reactivate');
}

const CUSTOMER_MOVED: Record<'deactivate' | 'reactivate', AuthAction> = {
  deactivate: 'auth.customer_deactivated',
  reactivate: 'auth.customer_reactivated',
};

/** Asking for the state an account is already in changes nothing and is not an error. */
async function moveCustomerAccount(ctx: RequestContext, customerId: string, move: 'deactivate' | 'reactivate'): Promise<Customer> {
  const scope = staffScope(ctx);
  const { tx } = scope;
  const customer = await getCustomer(ctx, tx, customerId);
  const account = await tx.portalAccount.findFirst({ where: { customerId: customer.id }, select: { id: true, status: true } });
  if (!account) throw new Conflict('This customer has no portal account. Invite them first.');
  const target = ACCOUNT_MOVES[move].to;
  if (account.status === target) return customer;
  if (!canMove(account.status, move)) {
    throw new Conflict('Only a deactivated account can be reactivated; this customer has not accepted their invitation yet.');
  }
  const { count } = await tx.portalAccount.updateMany({ where: { id: account.id, status: account.status }, data: { status: target } });
  if (count !== 1) throw new Conflict('This account was changed at the same moment. Please try again.');
  if (move === 'deactivate') {
    // principalFromSession refuses a deactivated account anyway; revoking makes it final.
    await revokeSessions(ctx, tx, scope.principal.tenantId, { portalAccountId: account.id });
    await retireTokens(ctx, tx, scope.principal.tenantId, { customerId: customer.id }, ['magic_link', 'password_reset', 'invitation']);
  }
  await logStaffAction(ctx, scope, CUSTOMER_MOVED[move], { customerId: customer.id });
  return getCustomer(ctx, tx, customer.id);
}

export function deactivateStaff(ctx: RequestContext, staffUserId: string): Promise<StaffProfile> {
  return moveStaffMember(ctx, staffUserId, 'deactivate');
}

export function reactivateStaff(ctx: RequestContext, staffUserId: string): Promise<StaffProfile> {
  return moveStaffMember(ctx, staffUserId, 'reactivate');
}

const STAFF_MOVED: Record<'deactivate' | 'reactivate', AuthAction> = {
  deactivate: 'auth.staff_deactivated',
  reactivate: 'auth.staff_reactivated',
};

/** Owner and admin; nobody changes their own access, and only an owner changes an owner's. */
async function moveStaffMember(ctx: RequestContext, staffUserId: string, move: 'deactivate' | 'reactivate'): Promise<StaffProfile> {
  const scope = staffScope(ctx);
  const { tx, principal } = scope;
  const tenant = await currentTenant(ctx);
  const member = isId(staffUserId) ? await tx.staffUser.findFirst({ where: { id: staffUserId }, select: staffSelect }) : null;
  if (!member) throw new NotFound('This staff member');
  if (member.id === principal.staffUserId) throw new Forbidden(`You cannot ${move} yourself.`);
  if (member.role === 'owner' && principal.role !== 'owner') throw new Forbidden(`Only an owner can ${move} an owner.`);
  const target = ACCOUNT_MOVES[move].to;
  if (member.status === target) return staffProfile(member, tenant);
  if (!canMove(member.status, move)) {
    throw new Conflict('Only a deactivated account can be reactivated; this person has not accepted their invitation yet.');
  }
  const { count } = await tx.staffUser.updateMany({ where: { id: member.id, status: member.status }, data: { status: target } });
  if (count !== 1) throw new Conflict('This account was changed at the same moment. Please try again.');
  if (move === 'deactivate') {
    await revokeSessions(ctx, tx, tenant.id, { staffUserId: member.id });
    await retireTokens(ctx, tx, tenant.id, { staffUserId: member.id }, ['magic_link', 'password_reset', 'invitation']);
  }
  await logStaffAction(ctx, scope, STAFF_MOVED[move], { subjectId: member.id });
  return staffProfile({ ...member, status: target }, tenant);
}
