// The activity log: who, from where, did what to which record. Staff read it per customer;
// a customer reads their own. Every action that matters to either is named here.
import { type CustomerContext, type ScopedContext, type StaffContext } from '../context/context.js';
import type { ActorType } from '../generated/prisma/enums.js';
import { holdForTrail } from '../audit/audit-trail.js';

export type AuthAction =
  | 'auth.registered'
  | 'auth.login'
  | 'auth.login_magic_link'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.session_revoked'
  | 'auth.other_sessions_revoked'
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

/** Service addresses, equipment and animals: added by the office, or by customers themselves. */
export type RecordAction = 'site.created' | 'site.updated' | 'site.deleted' | 'asset.created' | 'asset.updated' | 'asset.deleted';

/** A customer account's contacts (issue 22): by its contacts-right holders or by the office. */
export type ContactAction = 'contact.invited' | 'contact.updated' | 'contact.removed' | 'contact.invitation_resent' | 'contact.made_primary';

/** Privacy (issue 22): exports and erasures asked, built, downloaded, decided; the notice accepted. */
export type PrivacyAction =
  | 'privacy.export_requested'
  | 'privacy.export_ready'
  | 'privacy.export_downloaded'
  | 'privacy.erasure_requested'
  | 'privacy.erasure_confirmed'
  | 'privacy.erasure_rejected'
  | 'privacy.erased'
  | 'privacy.notice_accepted'
  | 'privacy.settings_updated';

export type PortalAction =
  | RecordAction
  | ContactAction
  | PrivacyAction
  | 'invoice.viewed'
  | 'invoice.downloaded'
  | 'invoice.paid'
  | 'document.downloaded'
  | 'document.viewed'
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
  | 'calendar_feed.revoked'
  /** Meter readings sent with the customer's API token (REST, http/meter-readings.routes.ts); the subject is the token. */
  | 'meter.readings_submitted_api';

export type StaffAction =
  | RecordAction
  | ContactAction
  | PrivacyAction
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
  | 'asset_type.created'
  | 'asset_type.updated'
  | 'job.created'
  | 'job.assigned'
  | 'job.status_changed'
  | 'job.notes_updated'
  | 'job.internal_note_added'
  | 'job.parts_updated'
  | 'job.on_my_way'
  | 'job.eta_changed'
  | 'job.arrived'
  | 'request.reviewed'
  | 'request.converted'
  | 'request.declined'
  | 'document.added'
  | 'document.shared'
  | 'document.unshared';

export type ActivityAction = AuthAction | PortalAction | StaffAction;

/**
 * Signing in and out: kept in the activity log (security, support), left out of a customer's
 * communications timeline, where they would bury what was said and done.
 */
export const SIGN_IN_ACTIONS = [
  'auth.login',
  'auth.login_magic_link',
  'auth.login_failed',
  'auth.logout',
  'auth.session_revoked',
  'auth.other_sessions_revoked',
  'auth.magic_link_requested',
] as const satisfies readonly AuthAction[];

/** What an entry's `subjectId` names, so staff screens can name it and link to its page. */
export type ActivitySubjectKind = 'job' | 'invoice' | 'document' | 'site' | 'asset' | 'agreement' | 'request' | 'review' | 'communication' | 'customer' | 'staff';

/**
 * The kind of record each action's subjectId is, or null for none worth naming (a session, a
 * calendar feed, the business's own settings). Every action is listed: a new one must say.
 */
export const SUBJECT_KIND: Record<ActivityAction, ActivitySubjectKind | null> = {
  'auth.registered': null,
  'auth.login': null,
  'auth.login_magic_link': null,
  'auth.login_failed': null,
  'auth.logout': null,
  'auth.session_revoked': null,
  'auth.other_sessions_revoked': null,
  'auth.magic_link_requested': null,
  'auth.password_reset_requested': null,
  'auth.password_reset': null,
  'auth.password_changed': null,
  'auth.invitation_accepted': null,
  'auth.customer_invited': null,
  'auth.customer_deactivated': null,
  'auth.customer_reactivated': null,
  'auth.staff_invited': 'staff',
  'auth.staff_deactivated': 'staff',
  'auth.staff_reactivated': 'staff',
  'invoice.viewed': 'invoice',
  'invoice.downloaded': 'invoice',
  'invoice.paid': 'invoice',
  'document.downloaded': 'document',
  'document.viewed': 'document',
  'booking.booked': 'job',
  'booking.requested': 'job',
  'booking.rescheduled': 'job',
  'booking.cancelled': 'job',
  'request.submitted': 'request',
  'review.submitted': 'review',
  'profile.updated': null,
  'profile.email_change_requested': null,
  'profile.email_changed': null,
  'calendar_feed.created': null,
  'calendar_feed.revoked': null,
  'meter.readings_submitted_api': null,
  'booking.confirmed': 'job',
  'booking.declined': 'job',
  'booking.rescheduled_by_staff': 'job',
  'booking.cancelled_by_staff': 'job',
  'booking.rules_updated': null,
  'invoice.created': 'invoice',
  'invoice.updated': 'invoice',
  'invoice.issued': 'invoice',
  'invoice.voided': 'invoice',
  'invoice.payment_recorded': 'invoice',
  'invoice.resent': 'invoice',
  'invoice.reopened': 'invoice',
  'invoice.credited': 'invoice',
  // The refunded payment's invoice.
  'payment.refunded': 'invoice',
  'agreement.created': 'agreement',
  'agreement.updated': 'agreement',
  'agreement.ended': 'agreement',
  'review.published': 'review',
  'review.rejected': 'review',
  'review.responded': 'review',
  'communication.logged': 'communication',
  'tenant.settings_updated': null,
  'staff.role_changed': 'staff',
  'customer.created': 'customer',
  'customer.updated': 'customer',
  'customer.password_reset_sent': 'customer',
  'site.created': 'site',
  'site.updated': 'site',
  'site.deleted': 'site',
  'asset.created': 'asset',
  'asset.updated': 'asset',
  'asset.deleted': 'asset',
  'asset_type.created': null,
  'asset_type.updated': null,
  'job.created': 'job',
  'job.assigned': 'job',
  'job.status_changed': 'job',
  'job.notes_updated': 'job',
  'job.internal_note_added': 'job',
  'job.parts_updated': 'job',
  'job.on_my_way': 'job',
  'job.eta_changed': 'job',
  'job.arrived': 'job',
  'request.reviewed': 'request',
  'request.converted': 'request',
  'request.declined': 'request',
  'document.added': 'document',
  'document.shared': 'document',
  'document.unshared': 'document',
  // What happened to one of the account's contacts: filed under the account.
  'contact.invited': 'customer',
  'contact.updated': 'customer',
  'contact.removed': 'customer',
  'contact.invitation_resent': 'customer',
  'contact.made_primary': 'customer',
  // The privacy request (or nothing, for the notice and settings): no page of its own to link to.
  'privacy.export_requested': null,
  'privacy.export_ready': null,
  'privacy.export_downloaded': null,
  'privacy.erasure_requested': null,
  'privacy.erasure_confirmed': null,
  'privacy.erasure_rejected': null,
  'privacy.erased': null,
  'privacy.notice_accepted': null,
  'privacy.settings_updated': null,
};

/** The kind of record a stored entry's subject is (actions are plain strings in the table). */
export function subjectKindOf(action: string): ActivitySubjectKind | null {
  return Object.hasOwn(SUBJECT_KIND, action) ? SUBJECT_KIND[action as ActivityAction] : null;
}

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
  /** The customer's contact who acted (issue 22); by default the signed-in contact for a customer's own action. */
  contactId?: string | null;
}

/** The contact who acted: the one named, else the signed-in contact when the customer acts. */
function actingContact(ctx: ScopedContext, event: ActivityEvent): string | null {
  if (event.contactId !== undefined) return event.contactId;
  const { principal } = ctx;
  return event.actorType === 'customer' && principal.kind === 'customer' && principal.customerId === event.actorId ? principal.accountId : null;
}

/**
 * Records an event in the context's own transaction (whatever its scope: sign-in flows, the worker, a
 * request). Inside a mutation, an entry of the request's own scope joins the mutation's audit trail
 * (audit/audit-trail.ts), written with it once the mutation succeeds, so the mutation is recorded once.
 */
export async function recordActivity(ctx: ScopedContext, event: ActivityEvent): Promise<void> {
  const entry = {
    tenantId: event.tenantId,
    actorType: event.actorType,
    actorId: event.actorId,
    contactId: actingContact(ctx, event),
    customerId: event.customerId ?? null,
    subjectType: subjectTypeOf(event.action),
    subjectId: event.subjectId ?? null,
    action: event.action,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
    createdAt: ctx.now(),
  };
  if (holdForTrail(ctx, entry)) return;
  // createMany, not create: role 'auth' may insert activity_logs but not read them back.
  await ctx.tx.activityLog.createMany({ data: [entry] });
}

/** The GraphQL type of each kind of subject, as the generic audit entries name theirs. */
const SUBJECT_TYPE: Record<ActivitySubjectKind, string> = {
  job: 'Job',
  invoice: 'Invoice',
  document: 'Document',
  site: 'Site',
  asset: 'Asset',
  agreement: 'ServiceAgreement',
  request: 'ServiceRequest',
  review: 'Review',
  communication: 'Communication',
  customer: 'Customer',
  staff: 'StaffMember',
};

function subjectTypeOf(action: ActivityAction): string | null {
  const kind = subjectKindOf(action);
  return kind ? SUBJECT_TYPE[kind] : null;
}

/** Records what the signed-in customer just did, in the request's own transaction. */
export async function recordCustomerActivity(ctx: CustomerContext, action: PortalAction, subjectId: string | null = null): Promise<void> {
  const { principal } = ctx;
  await recordActivity(ctx, {
    tenantId: principal.tenantId,
    actorType: 'customer',
    actorId: principal.customerId,
    customerId: principal.customerId,
    subjectId,
    action,
  });
}

type StaffSubject = { subjectId?: string | null; customerId?: string | null };

/** Records what the signed-in staff user did; `customerId` files it under that customer's history. */
export async function recordStaffActivity(ctx: StaffContext, action: StaffAction, subject: StaffSubject = {}): Promise<void> {
  const { principal } = ctx;
  await recordActivity(ctx, {
    tenantId: principal.tenantId,
    actorType: 'staff',
    actorId: principal.staffUserId,
    customerId: subject.customerId ?? null,
    subjectId: subject.subjectId ?? null,
    action,
  });
}
