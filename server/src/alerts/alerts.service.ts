// Staff alerts: the office hears when a customer books online, asks for an appointment or sends
// an urgent service request (each member of the roles the business chose, by their own
// preference: the bell, email or both), and the inbox counts behind the navigation's badge. The
// notification is written through the customer's own transaction: its email is queued by the
// outbox trigger in that transaction, so it goes out once, after commit, and never for a booking
// that rolled back.
import type { ScopedContext, StaffContext } from '../context/context.js';
import type { RequestUrgency } from '../generated/prisma/enums.js';
import { BadInput } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import { featureOn } from '../platform/features.js';
import { notifyStaff } from '../notifications/notify.js';
import { excerptOf } from '../notifications/notification-kinds.js';
import { STAFF_ALERT_KINDS, staffAlertRoles, type StaffAlertKind } from './staff-alert-roles.js';
import type { AttentionCounts, StaffAlertSetting, StaffAlertSettingsInput } from './alerts.types.js';

/** Service requests that alert staff as urgent. */
export const URGENT: readonly RequestUrgency[] = ['urgent', 'emergency'];

export interface StaffAlert {
  kind: Extract<StaffAlertKind, 'newBooking' | 'appointmentRequest' | 'urgentRequest'>;
  /** The job (bookings, appointment requests) or service request. */
  id: string;
  customerId: string;
  /** The service booked, or the request's description. */
  what: string;
  when: Date | null;
  urgency?: RequestUrgency;
}

/**
 * Tells every active member of staff whose role the business chose for this kind of alert. Runs in
 * the caller's transaction (a customer's: its row-level security lets it read the tenant's staff,
 * which the API never shows a customer beyond technicians' names). Returns how many were told.
 */
export async function alertStaff(ctx: ScopedContext, alert: StaffAlert): Promise<number> {
  const customer = await ctx.tx.customer.findFirst({ where: { id: alert.customerId }, select: { name: true } });
  const request = alert.kind === 'urgentRequest';
  const told = await notifyStaff(ctx, {
    kind: alert.kind,
    subject: { type: request ? 'request' : 'job', id: alert.id },
    params: {
      customer: customer?.name ?? '',
      ...(request ? { excerpt: excerptOf(alert.what), urgency: alert.urgency ?? null } : { title: alert.what }),
      start: alert.when?.toISOString() ?? null,
    },
  });
  return told.length;
}

function toSettings(stored: unknown): StaffAlertSetting[] {
  const roles = staffAlertRoles(stored);
  return STAFF_ALERT_KINDS.map((kind) => ({ kind, roles: roles[kind] }));
}

export async function staffAlertSettings(ctx: StaffContext): Promise<StaffAlertSetting[]> {
  return toSettings((await currentTenant(ctx)).staffAlerts);
}

/** Changes the roles of the kinds given; each kind once, and an urgent request must reach someone. */
export async function updateStaffAlertSettings(ctx: StaffContext, input: StaffAlertSettingsInput): Promise<StaffAlertSetting[]> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const next = staffAlertRoles(tenant.staffAlerts);
  const seen = new Set<StaffAlertKind>();
  for (const { kind, roles } of input.alerts) {
    if (seen.has(kind)) throw new BadInput('kind', `Give the roles for ${kind} once.`, 'DUPLICATE_KIND');
    seen.add(kind);
    next[kind] = staffAlertRoles({ [kind]: roles })[kind];
  }
  if (next.urgentRequest.length === 0) throw new BadInput('roles', 'Urgent and emergency requests must alert at least one role.', 'URGENT_NEEDS_A_ROLE');
  const updated = await tx.tenant.update({ where: { id: principal.tenantId }, data: { staffAlerts: next }, select: { staffAlerts: true } });
  // The request's tenant loader read the old row.
  forgetCurrentTenant(ctx);
  await recordStaffActivity(ctx, 'tenant.settings_updated');
  return toSettings(updated.staffAlerts);
}

export async function attentionCounts(ctx: StaffContext): Promise<AttentionCounts> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const tenantId = principal.tenantId;
  const open = { tenantId, status: { in: ['submitted', 'reviewed'] as ('submitted' | 'reviewed')[] } };
  // With requests switched off the inbox has none to count (not an error: the badge shows the rest).
  const requestsOn = featureOn(tenant, 'requests');
  const [appointmentRequests, serviceRequests, urgentRequests] = await Promise.all([
    tx.job.count({ where: { tenantId, status: 'requested' } }),
    requestsOn ? tx.serviceRequest.count({ where: open }) : 0,
    requestsOn ? tx.serviceRequest.count({ where: { ...open, urgency: { in: [...URGENT] } } }) : 0,
  ]);
  return { appointmentRequests, serviceRequests, urgentRequests, total: appointmentRequests + serviceRequests };
}
