// The customer's contact email and the email their portal login uses. Staff may change the
// contact email at once, but sign-in, magic and reset links go to the login email, so a staff
// member who could move it could sign in as the customer. The login moves only when the
// customer confirms from the new mailbox while signed in; the old address is told at both ends.
// Until a login exists (no account, or an invitation not yet accepted) the account simply
// follows the contact email.
import type { RequestContext, ScopedContext } from '../context/context.js';
import type { AccountStatus } from '../generated/prisma/enums.js';
import type { Tenant } from '../generated/prisma/client.js';
import { portalLinks } from '../communications/portal-links.js';
import { issueToken, retireTokens } from '../auth/one-time-tokens.js';
import { emailChangeLetter } from './customers.emails.js';

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether another customer here, or another portal login, uses this email (a scope that sees them all: staff or auth). */
export async function emailTaken({ tx }: ScopedContext, email: string, customerId: string): Promise<boolean> {
  const [customer, account] = await Promise.all([
    tx.customer.findFirst({ where: { email, id: { not: customerId } }, select: { id: true } }),
    tx.portalAccount.findFirst({ where: { email, customerId: { not: customerId } }, select: { id: true } }),
  ]);
  return customer !== null || account !== null;
}

export interface ContactEmailChange {
  tenant: Pick<Tenant, 'id' | 'name' | 'slug' | 'customDomain' | 'locale'>;
  customer: { id: string; name: string; locale: string | null };
  account: { id: string; status: AccountStatus; email: string } | null;
  newEmail: string;
}

/**
 * What the portal login does after staff changed the customer's contact email, in the staff
 * member's transaction. An invited account follows (earlier invitation links stop working:
 * they went to the old address). An active login keeps its email and gets a confirmation link
 * at the new address that works only for the customer signed in, and a notice at its own.
 * A deactivated login keeps its email. Whatever was awaiting confirmation is superseded.
 * Answers the account as it is afterwards.
 */
export async function followContactEmail(ctx: ScopedContext, change: ContactEmailChange): Promise<ContactEmailChange['account']> {
  const { tenant, customer, account, newEmail } = change;
  if (!account) return account;
  await retireTokens(ctx, tenant.id, { customerId: customer.id }, ['email_change']);
  if (account.status === 'invited') {
    await ctx.tx.portalAccount.updateMany({ where: { id: account.id }, data: { email: newEmail } });
    await retireTokens(ctx, tenant.id, { customerId: customer.id }, ['invitation']);
    return { ...account, email: newEmail };
  }
  if (account.status !== 'active' || sameEmail(newEmail, account.email)) return account;
  const token = await issueToken(ctx, tenant.id, 'email_change', { customerId: customer.id }, { newEmail, requestedByStaff: true });
  const values = { business: tenant.name, name: customer.name, newEmail, link: portalLinks.emailChange(ctx.deps.config.portalUrl, tenant, token) };
  const locales = [customer.locale, tenant.locale] as const;
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: customer.id, to: newEmail, ...emailChangeLetter('staffConfirm', locales, values) });
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: customer.id, to: account.email, ...emailChangeLetter('staffNotice', locales, values) });
  return account;
}

/** Whether the request comes from this customer's own session (a staff-started change needs it to be confirmed). */
export function signedInAsCustomer(ctx: RequestContext, tenantId: string, customerId: string): boolean {
  const caller = ctx.principal;
  return caller.kind === 'customer' && caller.tenantId === tenantId && caller.customerId === customerId;
}
