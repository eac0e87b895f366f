// What staff do in the admin app to get in and manage their own sign-in, and what the office
// does with other people's access: inviting staff and customers, deactivating accounts.
import { primaryContact } from '../contacts/contact-rights.js';
import type { RequestContext, StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import type { Customer } from '../customers/customers.types.js';
import { customerRow, toCustomer } from '../customers/customers.service.js';
import { Conflict, Forbidden, NotFound } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { StaffProfile } from '../staff/staff.types.js';
import { toStaffProfile } from '../staff/staff.service.js';
import { currentTenant } from '../platform/current-tenant.js';
import { emailLanguage } from '../platform/email-locale.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { ACCOUNT_MOVES, canMove } from './account-status.js';
import { recordActivity, type AuthAction } from '../activity/activity.js';
import { adminLinks, letter, sendCustomerLink } from './auth.emails.js';
import {
  changeOwnPassword,
  endOtherOwnSessions,
  endOwnSession,
  ownSessions,
  passwordSignIn,
  setPasswordFromLink,
  signOut,
  type OwnSession,
  type SignInResult,
} from './auth.flows.js';
import { cleanEmail } from './auth.shared.js';
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

export function logoutStaff(ctx: StaffContext): Promise<void> {
  return signOut(ctx);
}

export function staffSessions(ctx: StaffContext): Promise<OwnSession[]> {
  return ownSessions(ctx);
}

export function signOutOtherStaffSessions(ctx: StaffContext): Promise<{ endedCount: number; sessions: OwnSession[] }> {
  return endOtherOwnSessions(ctx);
}

export function revokeStaffSession(ctx: StaffContext, sessionId: string): Promise<{ current: boolean }> {
  return endOwnSession(ctx, sessionId);
}

export function changeStaffPassword(ctx: StaffContext, input: ChangePasswordInput): Promise<void> {
  return changeOwnPassword(ctx, staffIdentities, input);
}

const staffSelect = { id: true, name: true, email: true, role: true, locale: true, status: true } satisfies Prisma.StaffUserSelect;
type StaffRow = Prisma.StaffUserGetPayload<{ select: typeof staffSelect }>;

function logStaffAction(ctx: StaffContext, action: AuthAction, about: { customerId?: string; subjectId?: string }): Promise<void> {
  const { principal } = ctx;
  return recordActivity(ctx, { tenantId: principal.tenantId, actorType: 'staff', actorId: principal.staffUserId, action, ...about });
}

const OWNER_ONLY_INVITE = 'Only an owner can invite an owner.';
const staffEmailInUse = () => new Conflict('Someone on your staff already has this email address.', 'EMAIL_TAKEN');

/**
 * Invites a new member of staff by email (owner and admin; an owner only by an owner). Inviting
 * someone whose invitation is still open sends a fresh one, with the name and role given now.
 */
export async function inviteStaffMember(ctx: StaffContext, input: InviteStaffInput): Promise<StaffProfile> {
  const { tx, principal } = ctx;
  if (input.role === 'owner' && principal.role !== 'owner') throw new Forbidden(OWNER_ONLY_INVITE, 'OWNER_ONLY');
  const tenant = await currentTenant(ctx);
  const email = cleanEmail(input.email);
  const name = input.name.trim();
  const existing = await tx.staffUser.findFirst({ where: { email }, select: { id: true, status: true, role: true } });
  if (existing && existing.status !== 'invited') throw staffEmailInUse();
  if (existing?.role === 'owner' && principal.role !== 'owner') throw new Forbidden(OWNER_ONLY_INVITE, 'OWNER_ONLY');
  const invitee: StaffRow = await unlessTaken(
    () =>
      existing
        ? tx.staffUser.update({ where: { tenantId_id: { tenantId: tenant.id, id: existing.id } }, data: { name, role: input.role }, select: staffSelect })
        : tx.staffUser.create({ data: { tenantId: tenant.id, email, name, role: input.role, status: 'invited', locale: tenant.locale }, select: staffSelect }),
    staffEmailInUse,
  );
  const inviter = await tx.staffUser.findFirst({ where: { id: principal.staffUserId }, select: { name: true } });
  await retireTokens(ctx, tenant.id, { staffUserId: invitee.id }, ['invitation']);
  const token = await issueToken(ctx, tenant.id, 'invitation', { staffUserId: invitee.id });
  const { subject, text } = letter('staffInvitation', emailLanguage(invitee.locale, tenant.locale), {
    business: tenant.name,
    name: invitee.name,
    inviter: inviter?.name ?? tenant.name,
    role: invitee.role,
    link: adminLinks.invitation(ctx, tenant.slug, token),
  });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, to: invitee.email, subject, text });
  await logStaffAction(ctx, 'auth.staff_invited', { subjectId: invitee.id });
  return toStaffProfile(invitee, tenant);
}

/**
 * Gives a customer a portal account in the `invited` state (or keeps the open one) and emails
 * them an invitation; earlier invitation links stop working.
 */
export async function inviteCustomerToPortal(ctx: StaffContext, customerId: string): Promise<Customer> {
  const { tx } = ctx;
  const tenant = await currentTenant(ctx);
  const customer = await customerRow(ctx, customerId);
  const account = customer.portalAccount;
  if (account?.status === 'active') throw new Conflict('This customer already has an active portal account.', 'ACCOUNT_ACTIVE');
  if (account?.status === 'deactivated') throw new Conflict("This customer's portal account is deactivated. Reactivate it instead.", 'ACCOUNT_DEACTIVATED');
  const invited = await unlessTaken(
    async () => {
      if (!account) {
        return tx.portalAccount.create({
          data: { tenantId: tenant.id, customerId: customer.id, email: customer.email, status: 'invited', ...primaryContact(customer.name) },
          select: { id: true, status: true, email: true },
        });
      }
      if (account.email === customer.email) return account;
      // The customer's email changed since the first invitation: the account follows it.
      await tx.portalAccount.updateMany({ where: { id: account.id }, data: { email: customer.email } });
      return { ...account, email: customer.email };
    },
    () => new Conflict('Another portal account already uses this email address.', 'EMAIL_TAKEN'),
  );
  await sendCustomerLink(ctx, tenant, { ...customer, contactId: invited.id }, invited.email, 'invitation');
  await logStaffAction(ctx, 'auth.customer_invited', { customerId: customer.id });
  return toCustomer({ ...customer, portalAccount: invited });
}

export function deactivateCustomerPortal(ctx: StaffContext, customerId: string): Promise<Customer> {
  return moveCustomerAccount(ctx, customerId, 'deactivate');
}

export function reactivateCustomerPortal(ctx: StaffContext, customerId: string): Promise<Customer> {
  return moveCustomerAccount(ctx, customerId, 'reactivate');
}

const CUSTOMER_MOVED: Record<'deactivate' | 'reactivate', AuthAction> = {
  deactivate: 'auth.customer_deactivated',
  reactivate: 'auth.customer_reactivated',
};

/** Asking for the state an account is already in changes nothing and is not an error. */
async function moveCustomerAccount(ctx: StaffContext, customerId: string, move: 'deactivate' | 'reactivate'): Promise<Customer> {
  const { tx, principal } = ctx;
  const customer = await customerRow(ctx, customerId);
  const account = customer.portalAccount;
  if (!account) throw new Conflict('This customer has no portal account. Invite them first.', 'NO_PORTAL_ACCOUNT');
  const target = ACCOUNT_MOVES[move].to;
  if (account.status === target) return toCustomer(customer);
  if (!canMove(account.status, move)) {
    throw new Conflict('Only a deactivated account can be reactivated; this customer has not accepted their invitation yet.', 'INVITATION_PENDING');
  }
  const { count } = await tx.portalAccount.updateMany({ where: { id: account.id, status: account.status }, data: { status: target } });
  if (count !== 1) throw new Conflict('This account was changed at the same moment. Please try again.', 'CHANGED_MEANWHILE');
  if (move === 'deactivate') {
    // principalFromSession refuses a deactivated account anyway; revoking makes it final.
    await revokeSessions(ctx, principal.tenantId, { portalAccountId: account.id });
    await retireTokens(ctx, principal.tenantId, { customerId: customer.id, contactId: account.id }, ['magic_link', 'password_reset', 'invitation']);
  }
  await logStaffAction(ctx, CUSTOMER_MOVED[move], { customerId: customer.id });
  return toCustomer({ ...customer, portalAccount: { ...account, status: target } });
}

export function deactivateStaff(ctx: StaffContext, staffUserId: string): Promise<StaffProfile> {
  return moveStaffMember(ctx, staffUserId, 'deactivate');
}

export function reactivateStaff(ctx: StaffContext, staffUserId: string): Promise<StaffProfile> {
  return moveStaffMember(ctx, staffUserId, 'reactivate');
}

const STAFF_MOVED: Record<'deactivate' | 'reactivate', AuthAction> = {
  deactivate: 'auth.staff_deactivated',
  reactivate: 'auth.staff_reactivated',
};

/** Owner and admin; nobody changes their own access, and only an owner changes an owner's. */
async function moveStaffMember(ctx: StaffContext, staffUserId: string, move: 'deactivate' | 'reactivate'): Promise<StaffProfile> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const member = isId(staffUserId) ? await tx.staffUser.findFirst({ where: { id: staffUserId }, select: staffSelect }) : null;
  if (!member) throw new NotFound('This staff member');
  if (member.id === principal.staffUserId) throw new Forbidden(`You cannot ${move} yourself.`, 'NOT_YOURSELF');
  if (member.role === 'owner' && principal.role !== 'owner') throw new Forbidden(`Only an owner can ${move} an owner.`, 'OWNER_ONLY');
  const target = ACCOUNT_MOVES[move].to;
  if (member.status === target) return toStaffProfile(member, tenant);
  if (!canMove(member.status, move)) {
    throw new Conflict('Only a deactivated account can be reactivated; this person has not accepted their invitation yet.', 'INVITATION_PENDING');
  }
  const { count } = await tx.staffUser.updateMany({ where: { id: member.id, status: member.status }, data: { status: target } });
  if (count !== 1) throw new Conflict('This account was changed at the same moment. Please try again.', 'CHANGED_MEANWHILE');
  if (move === 'deactivate') {
    await revokeSessions(ctx, tenant.id, { staffUserId: member.id });
    await retireTokens(ctx, tenant.id, { staffUserId: member.id }, ['magic_link', 'password_reset', 'invitation']);
  }
  await logStaffAction(ctx, STAFF_MOVED[move], { subjectId: member.id });
  return toStaffProfile(member, tenant);
}
