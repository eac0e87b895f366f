// What the office does with customer records: create and edit them, send a password-reset
// link, read their activity log. Portal invitations and de/reactivation are in auth.admin.service.
import { staffScope, type RequestContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordStaffActivity } from '../activity/activity.js';
import { cleanEmail, isUniqueViolation } from '../auth/auth.shared.js';
import { sendCustomerLink } from '../auth/auth.emails.js';
import { currentTenant } from '../platform/current-tenant.js';
import { getCustomer } from './customers.service.js';
import { profileChanges } from './customers.profile.service.js';
import { emailTaken, followContactEmail, sameEmail } from './login-email.js';
import type { ActivityEntry, CreateCustomerInput, Customer, UpdateCustomerInput } from './customers.types.js';

// profileChanges yields plain values (or nothing); Prisma's type also allows update operations.
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_TAKEN = 'Another customer already has this email address.';

function checkedEmail(email: string): string {
  const cleaned = cleanEmail(email);
  if (!EMAIL.test(cleaned) || cleaned.length > 254) throw new BadInput('email', 'Enter a valid email address.');
  return cleaned;
}

/** A customer of the staff member's tenant; NOT_FOUND for a malformed, missing or foreign id. */
export async function requireCustomer(ctx: RequestContext, id: string): Promise<{ id: string }> {
  const { tx } = staffScope(ctx);
  const row = isId(id) ? await tx.customer.findFirst({ where: { id }, select: { id: true } }) : null;
  if (!row) throw new NotFound('This customer');
  return row;
}

async function uniqueEmail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(EMAIL_TAKEN);
    throw error;
  }
}

export async function createCustomer(ctx: RequestContext, input: CreateCustomerInput): Promise<Customer> {
  const { tx, principal } = staffScope(ctx);
  const details = profileChanges({ name: input.name ?? '', phone: input.phone, locale: input.locale });
  const email = checkedEmail(input.email);
  // Checked first so the answer is a clear CONFLICT, not an aborted transaction.
  if (await tx.customer.findFirst({ where: { email }, select: { id: true } })) throw new Conflict(EMAIL_TAKEN);
  const created = await uniqueEmail(() =>
    tx.customer.create({
      data: { tenantId: principal.tenantId, email, name: text(details.name) ?? '', phone: text(details.phone), locale: text(details.locale), createdAt: ctx.now() },
      select: { id: true },
    }),
  );
  await recordStaffActivity(ctx, 'customer.created', { customerId: created.id, subjectId: created.id });
  return getCustomer(ctx, tx, created.id);
}

/**
 * Edits a customer. A new email is their contact email at once; their portal login keeps its
 * own until they confirm the new one themselves (login-email.ts), so that no member of staff can
 * have sign-in or reset links sent to an address of their choosing.
 */
export async function updateCustomer(ctx: RequestContext, id: string, input: UpdateCustomerInput): Promise<Customer> {
  const { tx } = staffScope(ctx);
  const found = await requireCustomer(ctx, id);
  const customer = await tx.customer.findFirst({
    where: { id: found.id },
    select: { id: true, name: true, email: true, locale: true, portalAccount: { select: { id: true, status: true, email: true } } },
  });
  if (!customer) throw new NotFound('This customer');
  const data: Prisma.CustomerUpdateManyMutationInput = profileChanges({ name: input.name, phone: input.phone, locale: input.locale });
  let newEmail: string | null = null;
  if (input.email != null) {
    const email = checkedEmail(input.email);
    if (!sameEmail(email, customer.email)) {
      // Another customer's login counts too: theirs may differ from their contact email.
      if (await emailTaken(tx, email, customer.id)) throw new Conflict(EMAIL_TAKEN);
      data.email = email;
      newEmail = email;
    }
  }
  await uniqueEmail(async () => {
    await tx.customer.updateMany({ where: { id: customer.id }, data: { ...data, updatedAt: ctx.now() } });
    if (newEmail) {
      const tenant = await currentTenant(ctx);
      const name = text(data.name) ?? customer.name;
      const locale = data.locale !== undefined ? text(data.locale) : customer.locale;
      await followContactEmail(ctx, tx, { tenant, customer: { id: customer.id, name, locale }, account: customer.portalAccount, newEmail });
    }
  });
  await recordStaffActivity(ctx, 'customer.updated', { customerId: customer.id, subjectId: customer.id });
  return getCustomer(ctx, tx, customer.id);
}

/**
 * Emails the customer a password-reset link for their active portal account, at the address it
 * signs in with (never an unconfirmed one); earlier links stop working.
 */
export async function sendPasswordResetLink(ctx: RequestContext, customerId: string): Promise<Customer> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const found = await requireCustomer(ctx, customerId);
  const customer = await tx.customer.findFirst({
    where: { id: found.id },
    select: { id: true, name: true, email: true, locale: true, portalAccount: { select: { status: true, email: true } } },
  });
  if (!customer) throw new NotFound('This customer');
  const account = customer.portalAccount;
  if (!account) throw new Conflict('This customer has no portal account. Invite them first.');
  if (account.status !== 'active') {
    throw new Conflict(account.status === 'invited' ? 'This customer has not accepted their invitation yet. Send the invitation again instead.' : "This customer's portal account is deactivated. Reactivate it first.");
  }
  await sendCustomerLink(ctx, tx, tenant, customer, account.email, 'password_reset');
  await recordStaffActivity(ctx, 'customer.password_reset_sent', { customerId: customer.id, subjectId: customer.id });
  return getCustomer(ctx, tx, customer.id);
}

/** The customer's activity log, newest first. */
export async function customerActivity(ctx: RequestContext, customerId: string, args: PageArgs): Promise<Connection<ActivityEntry>> {
  const { tx, principal } = staffScope(ctx);
  const rows = await tx.activityLog.findMany({
    where: { customerId },
    select: { id: true, action: true, actorType: true, actorId: true, subjectId: true, createdAt: true, ip: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, (r) => ({ id: r.id, action: r.action, actorType: r.actorType, actorId: r.actorId, subjectId: r.subjectId, at: r.createdAt, ip: r.ip }));
}
