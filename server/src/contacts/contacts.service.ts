// A customer account's contacts (issue 22): the signed-in contact reads their own row; a contact
// with the contacts right (the primary has it) and the office invite, change and remove the
// others. Row-level security enforces the same (migration 20261209000200_contact_rights): a
// contact without the contacts right sees only their own row, nobody in the portal changes their
// own or the primary's rights, and removing a contact deletes its sessions and links (cascade),
// which closes its live sockets (the sessions' live_session_ended trigger).
import type { CustomerContext, ScopedContext, StaffContext } from '../context/context.js';
import { recordActivity, type ContactAction } from '../activity/activity.js';
import { ACCOUNT_MOVES, canMove } from '../auth/account-status.js';
import { sendCustomerLink } from '../auth/auth.emails.js';
import { retireTokens } from '../auth/one-time-tokens.js';
import { revokeSessions } from '../auth/sessions.js';
import { cleanEmail } from '../auth/auth.shared.js';
import { isId } from '../common/ids.js';
import { checkedLanguage } from '../common/languages.js';
import { profileChanges } from '../customers/customers.profile.service.js';
import { emailTaken } from '../customers/login-email.js';
import { BadInput, Conflict, Forbidden, NotFound } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { ContactRight } from '../generated/prisma/enums.js';
import { contactChoices } from '../notifications/kinds-a-contact-hears-of.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asSystem } from '../platform/scope.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { ALL_CONTACT_RIGHTS } from './contact-rights.js';
import { contactHearsNow } from './contact-hears.js';
import { checkedRights, checkedSiteIds, effectiveRights } from './contact-rights-rule.js';
import { checkGrantedRights, checkGrantedSites, checkManagedContact, checkRemovable, type Granter } from './grant-within-own-rights.js';
import type { AdminContact, ContactNotificationChoice, InviteContactInput, PortalContact, UpdateContactInput } from './contacts.types.js';

export const contactSelect = {
  id: true,
  customerId: true,
  name: true,
  email: true,
  phone: true,
  locale: true,
  isPrimary: true,
  status: true,
  rights: true,
  siteIds: true,
  lastLoginAt: true,
  notificationPreferences: true,
} satisfies Prisma.PortalAccountSelect;

export type ContactRow = Prisma.PortalAccountGetPayload<{ select: typeof contactSelect }>;

export function toAdminContact(row: ContactRow): AdminContact {
  return { ...contactFields(row), hearsNow: contactHearsNow(row), notificationPreferences: row.notificationPreferences };
}

function contactFields(row: ContactRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    isPrimary: row.isPrimary,
    status: row.status,
    rights: effectiveRights(row),
    siteIds: row.isPrimary ? [] : row.siteIds,
    lastLoginAt: row.lastLoginAt,
  };
}

export function toPortalContact(row: ContactRow, meId: string): PortalContact {
  return { ...contactFields(row), isMe: row.id === meId };
}

const ORDER: Prisma.PortalAccountOrderByWithRelationInput[] = [{ isPrimary: 'desc' }, { name: 'asc' }, { id: 'asc' }];

// ---------------------------------------------------------------------------------------------
// The portal: the signed-in contact and the account's other contacts.

/** The signed-in contact (Query.me.contact). */
export async function myContact(ctx: CustomerContext): Promise<PortalContact> {
  const row = await ctx.tx.portalAccount.findFirst({ where: { id: ctx.principal.accountId }, select: contactSelect });
  if (!row) throw new NotFound('This contact');
  return toPortalContact(row, ctx.principal.accountId);
}

/** The account's contacts, the primary first, then by name. */
export async function myContacts(ctx: CustomerContext): Promise<PortalContact[]> {
  const rows = await ctx.tx.portalAccount.findMany({ where: { customerId: ctx.principal.customerId }, select: contactSelect, orderBy: ORDER });
  return rows.map((row) => toPortalContact(row, ctx.principal.accountId));
}

/** Who manages the contacts, for the activity log and the invitation's inviter. */
type Manager = { kind: 'contact'; contactId: string } | { kind: 'staff'; staffUserId: string };

/** What the one managing may hand out: a contact's own rights, or null for the office. */
function granterOf(ctx: CustomerContext | StaffContext): Granter {
  return ctx.principal.kind === 'customer' ? ctx.principal.contact : null;
}

function managerOf(ctx: CustomerContext | StaffContext): Manager {
  return ctx.principal.kind === 'customer' ? { kind: 'contact', contactId: ctx.principal.accountId } : { kind: 'staff', staffUserId: ctx.principal.staffUserId };
}

async function contactOfAccount(ctx: ScopedContext, id: string, customerId?: string): Promise<ContactRow> {
  const row = isId(id) ? await ctx.tx.portalAccount.findFirst({ where: { id, ...(customerId ? { customerId } : {}) }, select: contactSelect }) : null;
  if (!row) throw new NotFound('This contact');
  return row;
}

async function accountSiteIds(ctx: ScopedContext, customerId: string): Promise<string[]> {
  const sites = await ctx.tx.site.findMany({ where: { customerId }, select: { id: true } });
  return sites.map((site) => site.id);
}

function checkedName(value: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 120) throw new BadInput('name', 'Enter their name, 1 to 120 characters.', name.length < 1 ? 'REQUIRED' : 'TOO_LONG');
  return name;
}

async function logContactAction(ctx: CustomerContext | StaffContext, customerId: string, action: ContactAction): Promise<void> {
  const { principal } = ctx;
  await recordActivity(ctx, {
    tenantId: principal.tenantId,
    actorType: principal.kind === 'customer' ? 'customer' : 'staff',
    actorId: principal.kind === 'customer' ? principal.customerId : principal.staffUserId,
    customerId,
    subjectId: customerId,
    action,
  });
}

/** Creates an invited contact of the account and emails them their invitation (their language, the business's portal). */
async function invite(ctx: CustomerContext | StaffContext, customerId: string, input: InviteContactInput): Promise<ContactRow> {
  const manager = managerOf(ctx);
  const name = checkedName(input.name);
  const email = cleanEmail(input.email);
  const phone = input.phone === undefined ? null : (profileChanges({ phone: input.phone }).phone as string | null);
  const locale = input.locale == null ? null : checkedLanguage('locale', input.locale);
  const rights = checkedRights(input.rights);
  const siteIds = checkedSiteIds(input.siteIds ?? [], await accountSiteIds(ctx, customerId));
  checkGrantedRights(granterOf(ctx), [], rights);
  checkGrantedSites(granterOf(ctx), siteIds);
  const tenant = await currentTenant(ctx);
  // Another account's logins are out of a customer's sight: the check runs as the business.
  const taken = await asSystem(ctx, async ({ tx }) => (await tx.portalAccount.count({ where: { email } })) > 0);
  if (taken) throw new Conflict('Someone already signs in with this email address.', 'EMAIL_TAKEN');
  const row = await unlessTaken(
    () =>
      ctx.tx.portalAccount.create({
        data: {
          tenantId: tenant.id,
          customerId,
          email,
          name,
          phone,
          locale,
          status: 'invited',
          isPrimary: false,
          rights,
          siteIds,
          ...(manager.kind === 'contact' ? { invitedByContactId: manager.contactId } : { invitedByStaffId: manager.staffUserId }),
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        },
        select: contactSelect,
      }),
    () => new Conflict('Someone already signs in with this email address.', 'EMAIL_TAKEN'),
  );
  await sendInvitation(ctx, row);
  await logContactAction(ctx, customerId, 'contact.invited');
  return row;
}

/** The invitation email (earlier invitation links of this contact stop working), sent as the business: links are not the customer's to write. */
async function sendInvitation(ctx: CustomerContext | StaffContext, row: ContactRow): Promise<void> {
  const tenant = await currentTenant(ctx);
  const customer = await asSystem(ctx, ({ tx }) => tx.customer.findFirst({ where: { id: row.customerId }, select: { id: true, locale: true } }));
  if (!customer) throw new NotFound('This customer');
  await asSystem(ctx, (system) =>
    sendCustomerLink(system, tenant, { id: row.customerId, name: row.name, locale: row.locale ?? customer.locale, contactId: row.id }, row.email, 'invitation'),
  );
}

async function update(ctx: CustomerContext | StaffContext, row: ContactRow, input: UpdateContactInput): Promise<ContactRow> {
  if (row.isPrimary && (input.rights != null || input.siteIds != null)) {
    throw new Forbidden('The primary contact has every right on every site.', 'PRIMARY_CONTACT');
  }
  checkManagedContact(granterOf(ctx), row);
  const data: Prisma.PortalAccountUpdateManyMutationInput = {};
  if (input.rights != null) {
    const rights = checkedRights(input.rights);
    checkGrantedRights(granterOf(ctx), row.rights, rights);
    data.rights = rights;
  }
  if (input.siteIds != null) {
    const siteIds = checkedSiteIds(input.siteIds, await accountSiteIds(ctx, row.customerId));
    checkGrantedSites(granterOf(ctx), siteIds);
    data.siteIds = siteIds;
  }
  if (Object.keys(data).length === 0) return row;
  const updated = await ctx.tx.portalAccount.update({
    where: { tenantId_id: { tenantId: ctx.principal.tenantId, id: row.id } },
    data: { ...data, updatedAt: ctx.now() },
    select: contactSelect,
  });
  await logContactAction(ctx, row.customerId, 'contact.updated');
  return updated;
}

async function remove(ctx: CustomerContext | StaffContext, row: ContactRow): Promise<string> {
  if (row.isPrimary) throw new Forbidden('The primary contact cannot be removed. Make another contact primary first.', 'PRIMARY_CONTACT');
  checkRemovable(granterOf(ctx), row);
  // Its sessions and links go with it (ON DELETE CASCADE); deleting the sessions closes its sockets.
  await ctx.tx.portalAccount.delete({ where: { tenantId_id: { tenantId: ctx.principal.tenantId, id: row.id } } });
  await logContactAction(ctx, row.customerId, 'contact.removed');
  return row.id;
}

async function resend(ctx: CustomerContext | StaffContext, row: ContactRow): Promise<ContactRow> {
  if (row.status !== 'invited') throw new Conflict('This contact already accepted their invitation.', 'ACCOUNT_ACTIVE');
  await sendInvitation(ctx, row);
  await logContactAction(ctx, row.customerId, 'contact.invitation_resent');
  return row;
}

function notYourself(ctx: CustomerContext, row: ContactRow): void {
  if (row.id === ctx.principal.accountId) throw new Forbidden('You cannot change your own rights. Ask another contact who manages contacts.', 'OWN_RIGHTS');
}

export async function inviteMyContact(ctx: CustomerContext, input: InviteContactInput): Promise<PortalContact> {
  return toPortalContact(await invite(ctx, ctx.principal.customerId, input), ctx.principal.accountId);
}

export async function updateMyContact(ctx: CustomerContext, input: UpdateContactInput): Promise<PortalContact> {
  const row = await contactOfAccount(ctx, input.id, ctx.principal.customerId);
  notYourself(ctx, row);
  return toPortalContact(await update(ctx, row, input), ctx.principal.accountId);
}

export async function removeMyContact(ctx: CustomerContext, id: string): Promise<string> {
  const row = await contactOfAccount(ctx, id, ctx.principal.customerId);
  if (row.isPrimary) throw new Forbidden('The primary contact cannot be removed.', 'PRIMARY_CONTACT');
  if (row.id === ctx.principal.accountId) throw new Forbidden('You cannot remove yourself. Ask another contact who manages contacts.', 'OWN_RIGHTS');
  return remove(ctx, row);
}

export async function resendMyContactInvitation(ctx: CustomerContext, id: string): Promise<PortalContact> {
  const row = await contactOfAccount(ctx, id, ctx.principal.customerId);
  return toPortalContact(await resend(ctx, row), ctx.principal.accountId);
}

// ---------------------------------------------------------------------------------------------
// The office.

export async function contactsOfCustomer(ctx: StaffContext, customerId: string): Promise<AdminContact[]> {
  const rows = await ctx.tx.portalAccount.findMany({ where: { customerId }, select: contactSelect, orderBy: ORDER });
  return rows.map(toAdminContact);
}

/**
 * How each kind of notification the contact's rights bring them reaches them, as their portal
 * preferences page shows it (their choice, else the default). The office reads it; only the
 * contact changes it. From the row already loaded: a list of contacts costs no statement more.
 */
export function notificationChoicesOf(contact: AdminContact): ContactNotificationChoice[] {
  return contactChoices(contact, contact.notificationPreferences)
    .filter((choice) => choice.hears)
    .map(({ kind, channel }) => ({ kind, channel }));
}

export async function inviteCustomerContact(ctx: StaffContext, customerId: string, input: InviteContactInput): Promise<AdminContact> {
  const customer = isId(customerId) ? await ctx.tx.customer.findFirst({ where: { id: customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  return toAdminContact(await invite(ctx, customer.id, input));
}

export async function updateCustomerContact(ctx: StaffContext, input: UpdateContactInput): Promise<AdminContact> {
  return toAdminContact(await update(ctx, await contactOfAccount(ctx, input.id), input));
}

export async function removeCustomerContact(ctx: StaffContext, id: string): Promise<string> {
  return remove(ctx, await contactOfAccount(ctx, id));
}

export async function resendCustomerContactInvitation(ctx: StaffContext, id: string): Promise<AdminContact> {
  return toAdminContact(await resend(ctx, await contactOfAccount(ctx, id)));
}

/**
 * Makes this contact the account's primary (every right, every site); the former primary keeps
 * every right as an ordinary contact. The account's email becomes the new primary's (what staff
 * send an invoice to, and the address the account is known by), unless another customer here
 * already goes by it.
 */
export async function setPrimaryContact(ctx: StaffContext, id: string): Promise<AdminContact> {
  const row = await contactOfAccount(ctx, id);
  if (row.isPrimary) return toAdminContact(row);
  const all: ContactRight[] = [...ALL_CONTACT_RIGHTS];
  // One primary per account (a partial unique index): the former one steps down first.
  await ctx.tx.portalAccount.updateMany({ where: { customerId: row.customerId, isPrimary: true }, data: { isPrimary: false, rights: all, siteIds: [], updatedAt: ctx.now() } });
  const updated = await ctx.tx.portalAccount.update({
    where: { tenantId_id: { tenantId: ctx.principal.tenantId, id: row.id } },
    data: { isPrimary: true, rights: all, siteIds: [], updatedAt: ctx.now() },
    select: contactSelect,
  });
  if (!(await emailTaken(ctx, updated.email, row.customerId))) {
    await ctx.tx.customer.updateMany({ where: { id: row.customerId }, data: { email: updated.email, updatedAt: ctx.now() } });
  }
  await logContactAction(ctx, row.customerId, 'contact.made_primary');
  return toAdminContact(updated);
}

/**
 * Staff deactivate or reactivate one contact's login (the customer-level deactivateCustomerAccount
 * acts on the primary contact). Deactivating ends the contact's sessions (their sockets close) and
 * links; asking for the state it is in changes nothing.
 */
export async function moveCustomerContact(ctx: StaffContext, id: string, move: 'deactivate' | 'reactivate'): Promise<AdminContact> {
  const row = await contactOfAccount(ctx, id);
  const target = ACCOUNT_MOVES[move].to;
  if (row.status === target) return toAdminContact(row);
  if (!canMove(row.status, move)) {
    throw new Conflict('Only a deactivated contact can be reactivated; this one has not accepted their invitation yet.', 'INVITATION_PENDING');
  }
  const { count } = await ctx.tx.portalAccount.updateMany({ where: { id: row.id, status: row.status }, data: { status: target, updatedAt: ctx.now() } });
  if (count !== 1) throw new Conflict('This contact was changed at the same moment. Please try again.', 'CHANGED_MEANWHILE');
  if (move === 'deactivate') {
    await revokeSessions(ctx, ctx.principal.tenantId, { portalAccountId: row.id });
    await retireTokens(ctx, ctx.principal.tenantId, { customerId: row.customerId, contactId: row.id }, ['magic_link', 'password_reset', 'invitation']);
  }
  await logContactAction(ctx, row.customerId, 'contact.updated');
  return toAdminContact({ ...row, status: target });
}
