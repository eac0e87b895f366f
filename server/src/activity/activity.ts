// The activity log: who, from where, did what to which record. Staff read it per customer;
// a customer reads their own. Every action that matters to either is named here.
import { customerScope, staffScope, type RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { ActorType } from '../generated/prisma/enums.js';

export type AuthAction =
  | 'auth.registered'
  | 'auth.login'
  | 'auth.login_magic_link'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.session_revoked'
  | 'auth.magic_link_requested'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.password_changed'
  | 'auth.invitation_accepted'
  | 'auth.customer_invited'
  | 'auth.customer_deactivated'
  | 'auth.customer_reactivated'
  | 'auth.staff_invited'
  | 'auth.staff_deactivated'
  | 'auth.staff_reactivated';

export type PortalAction =
  | 'invoice.viewed'
  | 'invoice.downloaded'
  | 'invoice.paid'
  | 'document.downloaded'
  | 'booking.booked'
  | 'booking.requested'
  | 'booking.rescheduled'
  | 'booking.cancelled'
  | 'request.submitted'
  | 'review.submitted'
  | 'profile.updated'
  | 'profile.email_change_requested'
  | 'profile.email_changed'
  | 'calendar_feed.created'
  | 'calendar_feed.revoked';

export type StaffAction =
  | 'booking.confirmed'
  | 'booking.declined'
  | 'booking.rescheduled_by_staff'
  | 'booking.cancelled_by_staff'
  | 'booking.rules_updated'
  | 'invoice.created'
  | 'invoice.updated'
  | 'invoice.issued'
  | 'invoice.voided'
  | 'invoice.payment_recorded'
  | 'invoice.resent'
  | 'invoice.reopened'
  | 'invoice.credited'
  | 'payment.refunded'
  | 'agreement.created'
  | 'agreement.updated'
  | 'agreement.ended'
  | 'review.published'
  | 'review.rejected'
  | 'review.responded'
  | 'communication.logged'
  | 'tenant.settings_updated'
  | 'staff.role_changed'
  | 'customer.created'
  | 'customer.updated'
  | 'customer.password_reset_sent'
  | 'site.created'
  | 'site.updated'
  | 'site.deleted'
  | 'asset.created'
  | 'asset.updated'
  | 'asset.deleted'
  | 'asset_type.created'
  | 'asset_type.updated'
  | 'job.created'
  | 'job.assigned'
  | 'job.status_changed'
  | 'job.notes_updated'
  | 'job.internal_note_added'
  | 'job.parts_updated'
  | 'request.reviewed'
  | 'request.converted'
  | 'request.declined'
  | 'document.added'
  | 'document.shared'
  | 'document.unshared';

export type ActivityAction = AuthAction | PortalAction | StaffAction;

export interface ActivityEvent {
  tenantId: string;
  actorType: ActorType;
  /** The customer or staff user acting; null when a sign-in names no known account. */
  actorId: string | null;
  /** The customer the event concerns, so it shows in their history. */
  customerId?: string | null;
  /** What was acted upon: a staff user invited or deactivated, a session revoked. */
  subjectId?: string | null;
  action: ActivityAction;
}

export async function recordActivity(ctx: RequestContext, tx: Tx, event: ActivityEvent): Promise<void> {
  // createMany, not create: role 'auth' may insert activity_logs but not read them back.
  await tx.activityLog.createMany({
    data: [
      {
        tenantId: event.tenantId,
        actorType: event.actorType,
        actorId: event.actorId,
        customerId: event.customerId ?? null,
        subjectId: event.subjectId ?? null,
        action: event.action,
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent,
        createdAt: ctx.now(),
      },
    ],
  });
}

/** Records what the signed-in customer just did, in the request's own transaction. */
export async function recordCustomerActivity(ctx: RequestContext, action: PortalAction, subjectId: string | null = null): Promise<void> {
  const { tx, principal } = customerScope(ctx);
  await recordActivity(ctx, tx, {
    tenantId: principal.tenantId,
    actorType: 'customer',
    actorId: principal.customerId,
    customerId: principal.customerId,
    subjectId,
    action,
  });
}

/** Records what the signed-in staff user did; `customerId` files it under that customer's history. */
export async function recordStaffActivity(
  ctx: RequestContext,
  action: StaffAction,
  subject: { subjectId?: string | null; customerId?: string | null } = {},
): Promise<void> {
  const { tx, principal } = staffScope(ctx);
  await recordActivity(ctx, tx, {
    tenantId: principal.tenantId,
    actorType: 'staff',
    actorId: principal.staffUserId,
    customerId: subject.customerId ?? null,
    subjectId: subject.subjectId ?? null,
    action,
  });
}
