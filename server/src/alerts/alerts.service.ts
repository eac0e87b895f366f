// Staff alerts: emails to the office when a customer books online, asks for an appointment or
// sends an urgent service request, and the inbox counts behind the navigation's badge. An alert
// is stored in the outbox through the customer's own transaction: its delivery is queued by the
// outbox trigger in that transaction, so it goes out once, after commit, and never for a booking
// that rolled back.
import type { RequestContext, ScopedContext, StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { RequestUrgency } from '../generated/prisma/enums.js';
import { BadInput } from '../errors/errors.js';
import { formatWhen } from '../booking/booking.emails.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import { emailLanguage } from '../platform/email-locale.js';
import { featureOn } from '../platform/features.js';
import { STAFF_ALERT_KINDS, rolesToAlert, staffAlertRoles, type StaffAlertKind } from './staff-alert-roles.js';
import { staffAlertLetter } from './staff-alerts.emails.js';
import type { AttentionCounts, StaffAlertSetting, StaffAlertSettingsInput } from './alerts.types.js';

/** Service requests that alert staff as urgent. */
export const URGENT: readonly RequestUrgency[] = ['urgent', 'emergency'];

export interface StaffAlert {
  kind: StaffAlertKind;
  /** The job (bookings, appointment requests) or service request. */
  id: string;
  customerId: string;
  what: string;
  when: Date | null;
  urgency?: RequestUrgency;
}

function adminLink(ctx: RequestContext, alert: StaffAlert): string {
  const base = ctx.deps.config.adminUrl;
  if (alert.kind === 'newBooking') return `${base}/jobs/${alert.id}`;
  if (alert.kind === 'urgentRequest') return `${base}/requests/${alert.id}`;
  return `${base}/requests`;
}

const firstLine = (text: string) => {
  const line =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * Emails every active member of staff whose role the business chose for this kind of alert, in
 * their language. Runs in the caller's transaction (a customer's: its row-level security lets it
 * read the tenant's staff, which the API never shows a customer beyond technicians' names).
 */
export async function alertStaff(ctx: ScopedContext, tenant: Tenant, alert: StaffAlert): Promise<number> {
  const { tx } = ctx;
  const roles = rolesToAlert(tenant.staffAlerts, alert.kind);
  if (roles.length === 0) return 0;
  const staff = await tx.staffUser.findMany({
    where: { tenantId: tenant.id, status: 'active', role: { in: roles } },
    select: { name: true, email: true, locale: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  if (staff.length === 0) return 0;
  const customer = await tx.customer.findFirst({ where: { tenantId: tenant.id, id: alert.customerId }, select: { name: true } });
  const link = adminLink(ctx, alert);
  for (const member of staff) {
    const locale = emailLanguage(member.locale, tenant.locale);
    const { subject, text } = staffAlertLetter(alert.kind, locale, {
      business: tenant.name,
      name: member.name,
      customer: customer?.name ?? '',
      what: alert.kind === 'urgentRequest' ? firstLine(alert.what) : alert.what,
      when: alert.when ? formatWhen(alert.when, tenant.timeZone, locale) : null,
      urgency: alert.urgency ?? null,
      link,
    });
    await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, to: member.email, subject, text });
  }
  return staff.length;
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
