// Appointment reminders (the day before, in the tenant's time zone), overdue-invoice
// reminders (at 1, 7 and 14 days overdue) and card-expiry reminders (autopay), to the contacts of
// the account who may see what they remind of and want that kind by email
// (notifications/notification-preferences.ts REMINDER_KINDS), each in their language. Each is
// claimed with a conditional UPDATE in the same transaction that queues its emails, so two
// concurrent runs send it exactly once. Only what someone of the account wants by email is a
// candidate (wantedByEmail), so nothing is stamped as reminded that nobody asked for.
import type { ScopedContext } from '../context/context.js';
import type { WorkerDeps } from './context.js';
import { forEachTenant, tenantCondition, type TenantFilter } from './context.js';
import { appointmentReminder, cardExpiryReminder, overdueInvoiceReminder } from './reminders.emails.js';
import { cardExpiryReminderDue } from '../payments/card-expiry-reminder.js';
import { balanceDue } from '../invoices/balance.js';
import { Prisma } from '../generated/prisma/client.js';
import type { CustomerNotificationKind } from '../notifications/notification-kinds.js';
import { CUSTOMER_DEFAULTS, REMINDER_KINDS } from '../notifications/notification-preferences.js';
import { customerEmailRecipients } from '../notifications/customer-recipients.js';

/** Reminders go out from this local hour on, not at midnight. */
export const REMINDER_FROM_HOUR = 8;
/** Days overdue at which an invoice reminder goes out; a late run sends one, for the latest. */
export const OVERDUE_REMINDER_DAYS = [1, 7, 14] as const;

/**
 * The SQL condition that someone of the account of `customerId` (a column) wants `kind` by email:
 * one of its contacts who hears from the business (app_contact_hears, the rule app_account_contacts
 * reads too), or the account itself when it has none. Whether that contact may see what the
 * reminder is about is decided after the claim (customer-recipients.ts).
 */
function wantedByEmail(kind: CustomerNotificationKind, tenantId: Prisma.Sql, customerId: Prisma.Sql): Prisma.Sql {
  const wants = (preferences: Prisma.Sql) => Prisma.sql`COALESCE(${preferences}->>${kind}::text, ${CUSTOMER_DEFAULTS[kind]}::text) IN ('email', 'both')`;
  return Prisma.sql`COALESCE(
    (SELECT bool_or(${wants(Prisma.sql`pa.notification_preferences`)}) FROM portal_accounts pa
      WHERE pa.tenant_id = ${tenantId} AND pa.customer_id = ${customerId} AND app_contact_hears(pa.status, pa.is_primary)),
    (SELECT ${wants(Prisma.sql`c.notification_preferences`)} FROM customers c WHERE c.tenant_id = ${tenantId} AND c.id = ${customerId}))`;
}

function reminderTenant({ tx }: ScopedContext) {
  return tx.tenant.findFirstOrThrow({ select: { id: true, name: true, slug: true, customDomain: true, locale: true, timeZone: true } });
}

interface Candidate {
  tenantId: string;
  id: string;
}

/** Emails customers about their scheduled appointments that start tomorrow (tenant's calendar). */
export async function sendAppointmentReminders(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  // "Tomorrow" per tenant: local midnight + 1 day .. + 2 days, turned back into instants by PostgreSQL (DST-aware).
  const candidates = await deps.owner.$queryRaw<Candidate[]>`
    SELECT j.tenant_id::text AS "tenantId", j.id::text AS id
    FROM jobs j
    JOIN tenants t ON t.id = j.tenant_id
    WHERE j.status = 'scheduled' AND j.reminder_sent_at IS NULL
      AND ${wantedByEmail(REMINDER_KINDS.appointment, Prisma.sql`j.tenant_id`, Prisma.sql`j.customer_id`)}
      AND extract(hour FROM ${now}::timestamptz AT TIME ZONE t.time_zone) >= ${REMINDER_FROM_HOUR}
      AND j.scheduled_start >= (date_trunc('day', ${now}::timestamptz AT TIME ZONE t.time_zone) + interval '1 day') AT TIME ZONE t.time_zone
      AND j.scheduled_start < (date_trunc('day', ${now}::timestamptz AT TIME ZONE t.time_zone) + interval '2 days') AT TIME ZONE t.time_zone
      ${tenantCondition('j.tenant_id', filter)}`;
  return forEachTenant(deps, candidates, async (ctx, rows) => {
    const { tx } = ctx;
    let sent = 0;
    for (const row of rows) {
      // The claim: only one run flips reminder_sent_at; the other waits on the row lock, then matches nothing.
      const claimed = await tx.job.updateMany({ where: { id: row.id, status: 'scheduled', reminderSentAt: null }, data: { reminderSentAt: now } });
      if (claimed.count !== 1) continue;
      const job = await tx.job.findFirstOrThrow({ where: { id: row.id }, select: { id: true, title: true, scheduledStart: true, customerId: true } });
      const tenant = await reminderTenant(ctx);
      for (const to of await customerEmailRecipients(ctx, job.customerId, { type: 'job', id: job.id }, REMINDER_KINDS.appointment)) {
        const letter = appointmentReminder(deps.config.portalUrl, tenant, to, job);
        await deps.mailer.send({ tx }, { tenantId: tenant.id, customerId: job.customerId, to: to.email, ...letter });
        sent++;
      }
    }
    return sent;
  });
}

interface OverdueCandidate extends Candidate {
  daysOverdue: number;
  reminders: number;
}

/** How many reminders an invoice this many days overdue should have had. */
export function remindersDue(daysOverdue: number): number {
  return OVERDUE_REMINDER_DAYS.filter((d) => daysOverdue >= d).length;
}

/** Emails customers about issued invoices past their due date (tenant's calendar) with a balance left. */
export async function sendOverdueInvoiceReminders(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const candidates = await deps.owner.$queryRaw<OverdueCandidate[]>`
    SELECT i.tenant_id::text AS "tenantId", i.id::text AS id, i.overdue_reminders AS reminders,
      ((${now}::timestamptz AT TIME ZONE t.time_zone)::date - i.due_date)::int AS "daysOverdue"
    FROM invoices i
    JOIN tenants t ON t.id = i.tenant_id
    WHERE i.status = 'issued' AND i.due_date IS NOT NULL AND i.number IS NOT NULL
      AND i.total_minor > i.credited_minor + i.paid_minor
      AND ${wantedByEmail(REMINDER_KINDS.overdueInvoice, Prisma.sql`i.tenant_id`, Prisma.sql`i.customer_id`)}
      AND i.overdue_reminders < ${OVERDUE_REMINDER_DAYS.length}
      AND extract(hour FROM ${now}::timestamptz AT TIME ZONE t.time_zone) >= ${REMINDER_FROM_HOUR}
      AND i.due_date < (${now}::timestamptz AT TIME ZONE t.time_zone)::date
      ${tenantCondition('i.tenant_id', filter)}`;
  const due = candidates.filter((c) => remindersDue(c.daysOverdue) > c.reminders);
  return forEachTenant(deps, due, async (ctx, rows) => {
    const { tx } = ctx;
    let sent = 0;
    for (const row of rows) {
      const stage = remindersDue(row.daysOverdue);
      const claimed = await tx.invoice.updateMany({
        where: { id: row.id, status: 'issued', overdueReminders: { lt: stage } },
        data: { overdueReminders: stage, overdueRemindedAt: now },
      });
      if (claimed.count !== 1) continue;
      const invoice = await tx.invoice.findFirstOrThrow({ where: { id: row.id } });
      const { number, dueDate } = invoice;
      if (!number || !dueDate) continue;
      const tenant = await reminderTenant(ctx);
      for (const to of await customerEmailRecipients(ctx, invoice.customerId, { type: 'invoice', id: invoice.id }, REMINDER_KINDS.overdueInvoice)) {
        const letter = overdueInvoiceReminder(deps.config.portalUrl, tenant, to, {
          id: invoice.id,
          number,
          dueDate,
          currency: invoice.currency,
          dueMinor: balanceDue(invoice),
          daysOverdue: row.daysOverdue,
        });
        await deps.mailer.send({ tx }, { tenantId: tenant.id, customerId: invoice.customerId, to: to.email, ...letter });
        sent++;
      }
    }
    return sent;
  });
}

interface CardCandidate extends Candidate {
  expYear: number;
  expMonth: number;
  year: number;
  month: number;
}

/**
 * Emails customers whose autopay card expires at the end of next month (or this one), once per
 * card and expiry: the claim is the card_expiry_reminders row, inserted in the transaction that
 * queues the email. Bank accounts have no expiry and are never reminded.
 */
export async function sendCardExpiryReminders(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const candidates = await deps.owner.$queryRaw<CardCandidate[]>`
    SELECT a.tenant_id::text AS "tenantId", a.agreement_id::text AS id, a.exp_year AS "expYear", a.exp_month AS "expMonth",
      extract(year FROM ${now}::timestamptz AT TIME ZONE t.time_zone)::int AS year,
      extract(month FROM ${now}::timestamptz AT TIME ZONE t.time_zone)::int AS month
    FROM agreement_autopay a
    JOIN tenants t ON t.id = a.tenant_id
    JOIN service_agreements s ON s.tenant_id = a.tenant_id AND s.id = a.agreement_id AND s.active
    WHERE a.exp_year IS NOT NULL AND a.exp_month IS NOT NULL
      AND ${wantedByEmail(REMINDER_KINDS.cardExpiry, Prisma.sql`a.tenant_id`, Prisma.sql`a.customer_id`)}
      AND extract(hour FROM ${now}::timestamptz AT TIME ZONE t.time_zone) >= ${REMINDER_FROM_HOUR}
      AND NOT EXISTS (SELECT 1 FROM card_expiry_reminders r
        WHERE r.tenant_id = a.tenant_id AND r.payment_method_id = a.payment_method_id AND r.exp_year = a.exp_year AND r.exp_month = a.exp_month)
      ${tenantCondition('a.tenant_id', filter)}`;
  const due = candidates.filter((c) => cardExpiryReminderDue({ year: c.expYear, month: c.expMonth }, { year: c.year, month: c.month }));
  return forEachTenant(deps, due, async (ctx, rows) => {
    const { tx } = ctx;
    let sent = 0;
    for (const row of rows) {
      // The claim: one row per card and expiry; a concurrent run (or another agreement paid by the same card) inserts nothing.
      const claimed = await tx.$executeRaw`
        INSERT INTO card_expiry_reminders (tenant_id, payment_method_id, exp_year, exp_month, customer_id, sent_at)
        SELECT a.tenant_id, a.payment_method_id, a.exp_year, a.exp_month, a.customer_id, ${now}
        FROM agreement_autopay a
        WHERE a.tenant_id = app_tenant() AND a.agreement_id = ${row.id}::uuid AND a.exp_year = ${row.expYear} AND a.exp_month = ${row.expMonth}
        ON CONFLICT DO NOTHING`;
      if (claimed !== 1) continue;
      const autopay = await tx.agreementAutopay.findFirstOrThrow({ where: { agreementId: row.id } });
      const agreement = await tx.serviceAgreement.findFirstOrThrow({ where: { id: row.id }, select: { name: true } });
      const tenant = await reminderTenant(ctx);
      for (const to of await customerEmailRecipients(ctx, autopay.customerId, { type: 'autopay', id: row.id }, REMINDER_KINDS.cardExpiry)) {
        const letter = cardExpiryReminder(deps.config.portalUrl, tenant, to, {
          brand: autopay.brand,
          last4: autopay.last4,
          expYear: row.expYear,
          expMonth: row.expMonth,
          agreement: agreement.name,
        });
        await deps.mailer.send({ tx }, { tenantId: tenant.id, customerId: autopay.customerId, to: to.email, ...letter });
        sent++;
      }
    }
    return sent;
  });
}
