// A person's own notifications (customers in the portal, each member of staff in the admin): the
// list, newest first, the unread count, marking read, and how each kind reaches them. The `where`
// names the person; row-level security alone already hides everyone else's rows.
import type { CustomerContext, SignedInContext, StaffContext } from '../context/context.js';
import { isCustomerContext } from '../context/context.js';
import type { Notification as NotificationRow, Prisma } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { decodeCursor, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { rolesToAlert } from '../alerts/staff-alert-roles.js';
import { NOTIFICATION_SUBJECT_TYPES, isKindOf, isStaffKind, kindsOf, type Audience, type NotificationKind, type NotificationSubjectType } from './notification-kinds.js';
import { changedPreferences, preferencesOf } from './notification-preferences.js';
import { contactChoices } from './kinds-a-contact-hears-of.js';
import type {
  Notification,
  NotificationListArgs,
  NotificationParams,
  NotificationPreference,
  NotificationPreferencesInput,
  NotificationsMarkedRead,
} from './notifications.types.js';

function audienceOf(ctx: SignedInContext): Audience {
  return isCustomerContext(ctx) ? 'customer' : 'staff';
}

/** The caller's own rows, of the kinds their side has. */
function mine(ctx: SignedInContext): Prisma.NotificationWhereInput {
  const kinds = [...kindsOf(audienceOf(ctx))];
  if (isCustomerContext(ctx)) {
    // The contact's own rows; the primary's also the account's from before it had a login.
    const { accountId, contact } = ctx.principal;
    const whose: Prisma.NotificationWhereInput = contact.isPrimary ? { OR: [{ contactId: accountId }, { contactId: null }] } : { contactId: accountId };
    return { tenantId: ctx.principal.tenantId, customerId: ctx.principal.customerId, kind: { in: kinds }, ...whose };
  }
  return { tenantId: ctx.principal.tenantId, staffUserId: ctx.principal.staffUserId, kind: { in: kinds } };
}

type Json = Record<string, unknown>;

function toParams(value: unknown): NotificationParams {
  const o: Json = value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
  const text = (key: string) => (typeof o[key] === 'string' ? o[key] : null);
  const number = (key: string) => (typeof o[key] === 'number' ? o[key] : null);
  const instant = (key: string) => {
    const iso = text(key);
    const at = iso ? new Date(iso) : null;
    return at && !Number.isNaN(at.getTime()) ? at : null;
  };
  return {
    title: text('title'),
    start: instant('start'),
    change: text('change'),
    number: text('number'),
    amountMinor: number('amountMinor'),
    currency: text('currency'),
    customer: text('customer'),
    technician: text('technician'),
    eta: instant('eta'),
    status: text('status'),
    urgency: text('urgency'),
    rating: number('rating'),
    excerpt: text('excerpt'),
    days: number('days'),
    date: text('date'),
    cause: text('cause'),
  };
}

const isSubjectType = (value: string): value is NotificationSubjectType => NOTIFICATION_SUBJECT_TYPES.some((t) => t === value);

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    // Only the caller's side's kinds are read (mine()), all written by notify.ts.
    kind: row.kind as NotificationKind,
    subjectType: isSubjectType(row.subjectType) ? row.subjectType : 'message',
    subjectId: row.subjectId,
    params: toParams(row.params),
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/**
 * Newest first, a page at a time. The cursor is a row of the caller's and the page continues
 * after it whether or not it is still unread, so reading while paging skips nothing; a cursor
 * that names no row of theirs gives an empty page.
 */
export async function myNotifications(ctx: SignedInContext, args: NotificationListArgs): Promise<Connection<Notification>> {
  const { tx } = ctx;
  const afterId = decodeCursor(args.after);
  const where: Prisma.NotificationWhereInput = { ...mine(ctx), ...(args.unreadOnly ? { readAt: null } : {}) };
  if (afterId) {
    const cursor = await tx.notification.findFirst({ where: { ...mine(ctx), id: afterId }, select: { id: true, createdAt: true } });
    if (!cursor) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    where.OR = [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }];
  }
  const rows = await tx.notification.findMany({ where, orderBy: NEWEST_FIRST, take: args.first + 1 });
  return toConnection(rows, args, toNotification);
}

export function unreadNotificationCount(ctx: SignedInContext): Promise<number> {
  return ctx.tx.notification.count({ where: { ...mine(ctx), readAt: null } });
}

/** Marks one of the caller's notifications read (again: it keeps the first time); another's is NOT_FOUND. */
export async function markNotificationRead(ctx: SignedInContext, id: string): Promise<Notification> {
  const { tx, principal } = ctx;
  const row = isId(id) ? await tx.notification.findFirst({ where: { ...mine(ctx), id } }) : null;
  if (!row) throw new NotFound('This notification');
  if (row.readAt) return toNotification(row);
  const updated = await tx.notification.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: row.id } }, data: { readAt: ctx.now() } });
  return toNotification(updated);
}

export async function markAllNotificationsRead(ctx: SignedInContext): Promise<NotificationsMarkedRead> {
  const readAt = ctx.now();
  const { count } = await ctx.tx.notification.updateMany({ where: { ...mine(ctx), readAt: null }, data: { readAt } });
  return { marked: count, readAt, unreadCount: await unreadNotificationCount(ctx) };
}

async function staffPreferences(ctx: StaffContext, stored: unknown): Promise<NotificationPreference[]> {
  const tenant = await currentTenant(ctx);
  return preferencesOf('staff', stored).map(({ kind, channel }) => ({
    kind,
    channel,
    roleReceives: isStaffKind(kind) && rolesToAlert(tenant.staffAlerts, kind).includes(ctx.principal.role),
  }));
}

/** A contact's choices; a kind their rights never bring them reads as not received. */
function customerPreferences(ctx: CustomerContext, stored: unknown): NotificationPreference[] {
  return contactChoices(ctx.principal.contact, stored).map(({ kind, channel, hears }) => ({ kind, channel, roleReceives: hears }));
}

async function storedContactPreferences(ctx: CustomerContext): Promise<unknown> {
  const me = await ctx.tx.portalAccount.findFirst({ where: { id: ctx.principal.accountId }, select: { notificationPreferences: true } });
  return me?.notificationPreferences ?? {};
}

async function storedStaffPreferences(ctx: StaffContext): Promise<unknown> {
  const me = await ctx.tx.staffUser.findFirst({ where: { id: ctx.principal.staffUserId }, select: { notificationPreferences: true } });
  return me?.notificationPreferences ?? {};
}

export async function myNotificationPreferences(ctx: SignedInContext): Promise<NotificationPreference[]> {
  if (isCustomerContext(ctx)) return customerPreferences(ctx, await storedContactPreferences(ctx));
  return staffPreferences(ctx, await storedStaffPreferences(ctx));
}

/** Changes how the kinds given reach the caller; each kind once, and only kinds of their side. Answers every kind. */
export async function updateMyNotificationPreferences(ctx: SignedInContext, input: NotificationPreferencesInput): Promise<NotificationPreference[]> {
  const audience = audienceOf(ctx);
  const seen = new Set<string>();
  for (const { kind } of input.preferences) {
    if (!isKindOf(audience, kind)) throw new BadInput('kind', `${kind} is not a kind of notification you get.`, 'NOT_YOUR_KIND');
    if (seen.has(kind)) throw new BadInput('kind', `Give the channel for ${kind} once.`, 'DUPLICATE_KIND');
    seen.add(kind);
  }
  if (isCustomerContext(ctx)) return saveCustomerPreferences(ctx, input);
  const next = changedPreferences('staff', await storedStaffPreferences(ctx), input.preferences);
  const { tx, principal } = ctx;
  const row = await tx.staffUser.update({
    where: { tenantId_id: { tenantId: principal.tenantId, id: principal.staffUserId } },
    data: { notificationPreferences: next, updatedAt: ctx.now() },
    select: { notificationPreferences: true },
  });
  return staffPreferences(ctx, row.notificationPreferences);
}

/** The contact's own choices (each contact of an account has theirs). */
async function saveCustomerPreferences(ctx: CustomerContext, input: NotificationPreferencesInput): Promise<NotificationPreference[]> {
  const { tx, principal } = ctx;
  const next = changedPreferences('customer', await storedContactPreferences(ctx), input.preferences);
  const row = await tx.portalAccount.update({
    where: { tenantId_id: { tenantId: principal.tenantId, id: principal.accountId } },
    data: { notificationPreferences: next, updatedAt: ctx.now() },
    select: { notificationPreferences: true },
  });
  await recordCustomerActivity(ctx, 'profile.updated');
  return customerPreferences(ctx, row.notificationPreferences);
}
