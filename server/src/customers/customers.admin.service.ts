// What the office does with customer records: create and edit them, send a password-reset
// link, read their activity log. Portal invitations and de/reactivation are in auth.admin.service.
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { recordStaffActivity } from '../activity/activity.js';
import { cleanEmail } from '../auth/auth.shared.js';
import { sendCustomerLink } from '../auth/auth.emails.js';
import { currentTenant } from '../platform/current-tenant.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { customerRow, customerSelect, toCustomer, withPrimary } from './customers.service.js';
import { profileChanges } from './customers.profile.service.js';
import { emailTaken, followContactEmail, sameEmail } from './login-email.js';
import type { ActivityEntry, CreateCustomerInput, Customer, UpdateCustomerInput } from './customers.types.js';

// profileChanges yields plain values (or nothing); Prisma's type also allows update operations.
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailInUse = () => new Conflict('Another customer already has this email address.', 'EMAIL_TAKEN');

function checkedEmail(email: string): string {
  const cleaned = cleanEmail(email);
  if (!EMAIL.test(cleaned) || cleaned.length > 254) throw new BadInput('email', 'Enter a valid email address.', 'INVALID_EMAIL');
  return cleaned;
}

/** A customer of the staff member's tenant; NOT_FOUND for a malformed, missing or foreign id. */
export async function requireCustomer(ctx: StaffContext, id: string): Promise<{ id: string }> {
  const row = isId(id) ? await ctx.tx.customer.findFirst({ where: { id }, select: { id: true } }) : null;
  if (!row) throw new NotFound('This customer');
  return row;
}

export async function createCustomer(ctx: StaffContext, input: CreateCustomerInput): Promise<Customer> {
  const { tx, principal } = ctx;
  const details = profileChanges({ name: input.name, phone: input.phone, locale: input.locale });
  const email = checkedEmail(input.email);
  // Checked first so the answer is a clear CONFLICT, not an aborted transaction.
  if (await tx.customer.findFirst({ where: { email }, select: { id: true } })) throw emailInUse();
  const created = await unlessTaken(
    () =>
      tx.customer.create({
        data: { tenantId: principal.tenantId, email, name: text(details.name) ?? '', phone: text(details.phone), locale: text(details.locale), createdAt: ctx.now() },
        select: customerSelect,
      }),
    emailInUse,
  );
  await recordStaffActivity(ctx, 'customer.created', { customerId: created.id, subjectId: created.id });
  return toCustomer(created);
}

/**
 * Edits a customer. A new email is their contact email at once; their portal login keeps its
 * own until they confirm the new one themselves (login-email.ts), so that no member of staff can
 * have sign-in or reset links sent to an address of their choosing.
 */
export async function updateCustomer(ctx: StaffContext, id: string, input: UpdateCustomerInput): Promise<Customer> {
  const { tx, principal } = ctx;
  const customer = await customerRow(ctx, id);
  const data: Prisma.CustomerUpdateInput = profileChanges({ name: input.name, phone: input.phone, locale: input.locale });
  let newEmail: string | null = null;
  if (input.email != null) {
    const email = checkedEmail(input.email);
    if (!sameEmail(email, customer.email)) {
      // Another customer's login counts too: theirs may differ from their contact email.
      if (await emailTaken(ctx, email, customer.id)) throw emailInUse();
      data.email = email;
      newEmail = email;
    }
  }
  const updated = await unlessTaken(async () => {
    const row = withPrimary(
      await tx.customer.update({
        where: { tenantId_id: { tenantId: principal.tenantId, id: customer.id } },
        data: { ...data, updatedAt: ctx.now() },
        select: customerSelect,
      }),
    );
    if (!newEmail) return row;
    const tenant = await currentTenant(ctx);
    const portalAccount = await followContactEmail(ctx, { tenant, customer: { id: row.id, name: row.name, locale: row.locale }, account: row.portalAccount, newEmail });
    return { ...row, portalAccount };
  }, emailInUse);
  await recordStaffActivity(ctx, 'customer.updated', { customerId: customer.id, subjectId: customer.id });
  return toCustomer(updated);
}

/**
 * Emails the customer a password-reset link for their active portal account, at the address it
 * signs in with (never an unconfirmed one); earlier links stop working.
 */
export async function sendPasswordResetLink(ctx: StaffContext, customerId: string): Promise<Customer> {
  const tenant = await currentTenant(ctx);
  const customer = await customerRow(ctx, customerId);
  const account = customer.portalAccount;
  if (!account) throw new Conflict('This customer has no portal account. Invite them first.', 'NO_PORTAL_ACCOUNT');
  if (account.status !== 'active') {
    throw account.status === 'invited'
      ? new Conflict('This customer has not accepted their invitation yet. Send the invitation again instead.', 'INVITATION_PENDING')
      : new Conflict("This customer's portal account is deactivated. Reactivate it first.", 'ACCOUNT_DEACTIVATED');
  }
  await sendCustomerLink(ctx, tenant, { ...customer, contactId: account.id }, account.email, 'password_reset');
  await recordStaffActivity(ctx, 'customer.password_reset_sent', { customerId: customer.id, subjectId: customer.id });
  return toCustomer(customer);
}

/** The customer's activity log, newest first. */
export async function customerActivity(ctx: StaffContext, customerId: string, args: PageArgs): Promise<Connection<ActivityEntry>> {
  const { tx, principal } = ctx;
  const rows = await tx.activityLog.findMany({
    // Named actions only: the audit log's generic entries (a mutation's name) stay there.
    where: { customerId, action: { contains: '.' } },
    select: { id: true, action: true, actorType: true, actorId: true, subjectId: true, createdAt: true, ip: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, (r) => ({ id: r.id, action: r.action, actorType: r.actorType, actorId: r.actorId, subjectId: r.subjectId, at: r.createdAt, ip: r.ip }));
}
