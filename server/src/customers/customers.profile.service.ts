// What a customer changes about themselves: name, phone and language (when the business allows),
// and their email address (confirmed from the new mailbox; a change
// that staff started is confirmed here too: login-email.ts).
import { PRIMARY_ONLY } from '../contacts/contact-rights.js';
import type { CustomerContext, RequestContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordActivity, recordCustomerActivity } from '../activity/activity.js';
import { BadInput, Conflict, Forbidden, Unauthenticated } from '../errors/errors.js';
import { checkedLanguage } from '../common/languages.js';
import { currentTenant } from '../platform/current-tenant.js';
import { findTenantBySlug } from '../tenants/tenants.service.js';
import { cleanEmail, inAuthScope } from '../auth/auth.shared.js';
import { consumeToken, issueToken, retireTokens } from '../auth/one-time-tokens.js';
import { noPasswordYet, verifyPassword, wrongCurrentPassword } from '../auth/passwords.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { clearLimit, enforce, LIMITS } from '../auth/rate-limit.js';
import { currentCustomer, rememberCurrentCustomer } from './customers.loaders.js';
import { customerProfile, toCustomerProfile } from './customers.service.js';
import { emailChangeLetter } from './customers.emails.js';
import { portalHome, portalLinks } from '../communications/portal-links.js';
import { emailTaken, sameEmail, signedInAsCustomer } from './login-email.js';
import { type ConfirmEmailChangeInput, type CustomerProfile, type RequestEmailChangeInput, type UpdateProfileInput } from './customers.types.js';

const PHONE = /^\+?[\d\s().-]+$/;

/** Whether the business lets customers edit their own details (otherwise it keeps them). */
export async function canEditProfile(ctx: CustomerContext): Promise<boolean> {
  return (await currentTenant(ctx)).customerProfileEdit;
}

async function assertCanEdit(ctx: CustomerContext): Promise<void> {
  const tenant = await currentTenant(ctx);
  if (!tenant.customerProfileEdit) throw new Forbidden(`Your details are managed by ${tenant.name}. Please contact them to change them.`, 'PROFILE_MANAGED_BY_BUSINESS');
}

export function profileChanges(input: UpdateProfileInput): Prisma.CustomerUpdateManyMutationInput {
  const data: Prisma.CustomerUpdateManyMutationInput = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 120) throw new BadInput('name', 'Enter your name, 1 to 120 characters.', name.length < 1 ? 'REQUIRED' : 'TOO_LONG');
    data.name = name;
  }
  if (input.phone !== undefined) {
    const phone = input.phone?.trim() ?? '';
    const digits = phone.replace(/\D/g, '').length;
    if (phone && (!PHONE.test(phone) || digits < 6 || digits > 20 || phone.length > 30)) {
      throw new BadInput('phone', 'Enter a phone number using digits, spaces and + ( ) - . only.', 'INVALID_PHONE');
    }
    data.phone = phone || null;
  }
  if (input.locale !== undefined) {
    // null goes back to the business's language.
    data.locale = input.locale === null ? null : checkedLanguage('locale', input.locale);
  }
  return data;
}

async function saveOwn(ctx: CustomerContext, data: Prisma.CustomerUpdateManyMutationInput): Promise<CustomerProfile> {
  const { tx, principal } = ctx;
  const row = await tx.customer.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: principal.customerId } }, data: { ...data, updatedAt: ctx.now() } });
  rememberCurrentCustomer(ctx, row);
  await recordCustomerActivity(ctx, 'profile.updated');
  return toCustomerProfile(row, await currentTenant(ctx));
}

/**
 * Name, phone and language are the signed-in contact's own (issue 22): the primary contact's are
 * also the account's (as before contacts); another contact's change only their contact row.
 */
export async function updateProfile(ctx: CustomerContext, input: UpdateProfileInput): Promise<CustomerProfile> {
  await assertCanEdit(ctx);
  const data = profileChanges(input);
  const { name, phone, locale } = data;
  await ctx.tx.portalAccount.updateMany({ where: { id: ctx.principal.accountId }, data: { name, phone, locale, updatedAt: ctx.now() } });
  if (ctx.principal.contact.isPrimary) return saveOwn(ctx, data);
  await recordCustomerActivity(ctx, 'profile.updated');
  return customerProfile(ctx);
}

/** The address of an email change awaiting confirmation, if any. */
export async function pendingEmail(ctx: CustomerContext): Promise<string | null> {
  const { tx, principal } = ctx;
  const token = await tx.oneTimeToken.findFirst({
    where: { customerId: principal.customerId, purpose: 'email_change', usedAt: null, expiresAt: { gt: ctx.now() } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { newEmail: true },
  });
  return token?.newEmail ?? null;
}

/**
 * Starts an email change after re-checking the password. The confirmation link goes to the new
 * address and a notice to the current one. When the new address already belongs to another
 * account here, the answer is the same (so it cannot be used to find out who is a customer) and
 * the new mailbox gets a note instead of a link; confirmation re-checks it in any case.
 */
export async function requestEmailChange(ctx: CustomerContext, input: RequestEmailChangeInput): Promise<CustomerProfile> {
  await assertCanEdit(ctx);
  // The account's email is the primary contact's login (issue 22); another contact's address is
  // changed by removing and inviting them again.
  if (!ctx.principal.contact.isPrimary) throw new Forbidden("Only the account's primary contact changes the account's email address.", 'PRIMARY_CONTACT');
  const { tx, principal } = ctx;
  const [me, tenant] = await Promise.all([currentCustomer(ctx), currentTenant(ctx)]);
  const newEmail = cleanEmail(input.newEmail);
  const account = await tx.portalAccount.findFirst({ where: { id: principal.accountId }, select: { passwordHash: true, email: true } });
  if (!account) throw new Unauthenticated();
  // Staff may have changed the contact email already: then the login may still move to it.
  if (sameEmail(newEmail, me.email) && sameEmail(newEmail, account.email)) throw new BadInput('newEmail', 'This is already your email address.', 'SAME_EMAIL');
  if (!account.passwordHash) throw noPasswordYet();
  // The same counter as a password change: together they allow a few guesses per window.
  const subject = `customer:${principal.accountId}`;
  await enforce(ctx, LIMITS.passwordCheck, subject);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) throw wrongCurrentPassword();
  await clearLimit(ctx, LIMITS.passwordCheck, subject);
  // Other customers are hidden from a customer's own scope: this one question is asked as 'auth'.
  const taken = await inAuthScope(ctx, tenant.id, (auth) => emailTaken(auth, newEmail, me.id));
  await retireTokens(ctx, tenant.id, { customerId: me.id }, ['email_change']);
  const token = await issueToken(ctx, tenant.id, 'email_change', { customerId: me.id }, { newEmail });
  const values = { business: tenant.name, name: me.name, newEmail, link: portalLinks.emailChange(ctx.deps.config.portalUrl, tenant, token) };
  const locales = [me.locale, tenant.locale] as const;
  const toNew = emailChangeLetter(taken ? 'alreadyUsed' : 'confirm', locales, values);
  const toOld = emailChangeLetter('notice', locales, values);
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: me.id, to: newEmail, ...toNew });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: me.id, to: account.email, ...toOld });
  await recordCustomerActivity(ctx, 'profile.email_change_requested');
  // Nothing of the profile changed: the new address waits for confirmation (pendingEmail).
  return toCustomerProfile(me, tenant);
}

const invalidLink = () => new BadInput('token', 'This confirmation link has expired or was already used. Ask for a new one from your profile.', 'LINK_INVALID');
const emailInUse = () => new Conflict('Another account here already uses this email address, so yours was not changed.', 'EMAIL_TAKEN');

const SIGN_IN_FIRST = 'Sign in to your account first, then open this link again: only you, signed in, can move your sign-in to the address your business gave.';

/**
 * Switches the address from the link sent to the new mailbox, once. A change the customer asked
 * for (password re-checked) works signed in or not; one that staff started works only for the
 * customer signed in, since the new mailbox may be anyone's. The address that signed in until
 * now is told, and links sent to it stop working.
 */
export async function confirmEmailChange(ctx: RequestContext, input: ConfirmEmailChangeInput): Promise<true> {
  const tenant = await findTenantBySlug(ctx, input.tenantSlug);
  if (!tenant) throw invalidLink();
  // Two accounts confirming one address at the same moment: the unique index decides.
  await unlessTaken(
    () =>
      inAuthScope(ctx, tenant.id, async (auth) => {
        const { tx } = auth;
        const used = await consumeToken(auth, tenant.id, 'email_change', input.token);
        const customerId = used?.customerId;
        const newEmail = used?.newEmail;
        if (!customerId || !newEmail) throw invalidLink();
        // Throwing rolls the token back too: the link stays usable once signed in, or once the address frees up.
        if (used.requestedByStaff && !signedInAsCustomer(ctx, tenant.id, customerId)) throw new Unauthenticated(SIGN_IN_FIRST, 'SIGN_IN_FIRST');
        if (await emailTaken(auth, newEmail, customerId)) throw emailInUse();
        const customer = await tx.customer.findFirst({
          where: { id: customerId },
          select: { name: true, locale: true, portalAccounts: { ...PRIMARY_ONLY, select: { email: true } } },
        });
        const oldLogin = customer?.portalAccounts[0]?.email ?? null;
        await tx.customer.updateMany({ where: { id: customerId }, data: { email: newEmail, updatedAt: ctx.now() } });
        await tx.portalAccount.updateMany({ where: { customerId, isPrimary: true }, data: { email: newEmail, updatedAt: ctx.now() } });
        await retireTokens(auth, tenant.id, { customerId }, ['email_change', 'magic_link', 'password_reset']);
        await recordActivity(auth, { tenantId: tenant.id, actorType: 'customer', actorId: customerId, customerId, action: 'profile.email_changed' });
        if (customer && oldLogin && !sameEmail(oldLogin, newEmail)) {
          const letter = emailChangeLetter('changed', [customer.locale, tenant.locale], {
            business: tenant.name,
            name: customer.name,
            newEmail,
            link: portalHome(ctx.deps.config.portalUrl, tenant),
          });
          await ctx.deps.mailer.send(auth, { tenantId: tenant.id, customerId, to: oldLogin, ...letter });
        }
      }),
    emailInUse,
  );
  return true;
}
