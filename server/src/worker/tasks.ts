// The registry of background tasks and their schedule. Task names are what the queue stores;
// 'outbox-deliver' is also named by the outbox_emails trigger (migration 20261121001200_worker),
// 'sign-in-link' by queue_sign_in_link (migration 20261203000100_account_takeover),
// 'message-away-email' by queue_message_email (migration 20261205000100_messaging), and
// 'generate_project_document' by queue_project_document (migration 20261206000100_projects).
import type { CronItem, TaskList } from 'graphile-worker';
import type { WorkerDeps } from './context.js';
import { runHousekeeping } from './housekeeping.js';
import { pruneAuditLogs } from '../audit/audit-retention.task.js';
import { deliverOutboxEmail, isOutboxPayload } from './outbox.js';
import { sendAppointmentReminders, sendCardExpiryReminders, sendOverdueInvoiceReminders } from './reminders.js';

/** Generates the recurring invoices that are due (service agreements); tests may replace it. */
export type RecurringInvoiceGenerator = (deps: WorkerDeps) => Promise<unknown>;

export interface TaskOptions {
  recurringInvoices?: RecurringInvoiceGenerator;
}

// Imported when first run: the agreements module brings GraphQL types, which must not load
// with the queue's schema installer (used by database provisioning, outside the API).
const generateRecurringInvoices: RecurringInvoiceGenerator = async (deps) => {
  const { generateDueRecurringInvoices } = await import('../agreements/agreements.service.js');
  return generateDueRecurringInvoices(deps, deps.now());
};

// Same reason: the tenants module's service sits beside its GraphQL types.
const recheckCustomDomains = async (deps: WorkerDeps) => {
  const { recheckCustomDomains: recheck } = await import('../tenants/custom-domains.service.js');
  return recheck(deps);
};

// Same reason: meter billing brings GraphQL types.
const billMeterPeriods = async (deps: WorkerDeps) => {
  const { billDueMeterPeriods } = await import('../meter-billing/meter-billing.service.js');
  return billDueMeterPeriods(deps);
};

export const TASK = {
  outboxDeliver: 'outbox-deliver',
  appointmentReminders: 'appointment-reminders',
  overdueInvoiceReminders: 'overdue-invoice-reminders',
  cardExpiryReminders: 'card-expiry-reminders',
  recurringInvoices: 'recurring-invoices',
  housekeeping: 'housekeeping',
  signInLink: 'sign-in-link',
  customDomainChecks: 'custom-domain-checks',
  messageAwayEmail: 'message-away-email',
  generateProjectDocument: 'generate_project_document',
  sandboxBankSettle: 'sandbox-bank-settle',
  autopayCharge: 'autopay-charge',
  meterBilling: 'meter-billing',
  meterEstimates: 'meter-estimates',
  meterReadingReminders: 'meter-reading-reminders',
  privacyExport: 'privacy-export',
  privacyErasures: 'privacy-erasures',
  privacyRetention: 'privacy-retention',
  auditRetention: 'audit-retention',
} as const;

export function taskList(deps: WorkerDeps, options: TaskOptions = {}): TaskList {
  return {
    [TASK.outboxDeliver]: async (payload) => {
      if (!isOutboxPayload(payload)) throw new Error('outbox-deliver needs { tenantId, id }');
      await deliverOutboxEmail(deps, payload);
    },
    [TASK.appointmentReminders]: async () => {
      await sendAppointmentReminders(deps);
    },
    [TASK.overdueInvoiceReminders]: async () => {
      await sendOverdueInvoiceReminders(deps);
    },
    [TASK.cardExpiryReminders]: async () => {
      await sendCardExpiryReminders(deps);
    },
    [TASK.recurringInvoices]: async () => {
      await (options.recurringInvoices ?? generateRecurringInvoices)(deps);
    },
    [TASK.meterBilling]: async () => {
      await billMeterPeriods(deps);
    },
    [TASK.housekeeping]: async () => {
      await runHousekeeping(deps);
    },
    [TASK.auditRetention]: async () => {
      await pruneAuditLogs(deps);
    },
    // Imported when first run, like the agreements module: the sign-in flows bring GraphQL types.
    [TASK.signInLink]: async (payload) => {
      const { isSignInLinkJob, sendSignInLink } = await import('../auth/email-links.js');
      if (!isSignInLinkJob(payload)) throw new Error('sign-in-link needs { tenantId, kind, purpose, email, ip, userAgent }');
      await sendSignInLink(deps, payload);
    },
    [TASK.customDomainChecks]: async () => {
      await recheckCustomDomains(deps);
    },
    // Imported when first run, like the agreements module: messaging brings GraphQL types.
    [TASK.messageAwayEmail]: async (payload) => {
      const { isAwayEmailJob, sendAwayEmail } = await import('../messaging/away-email.js');
      if (!isAwayEmailJob(payload)) throw new Error('message-away-email needs { tenantId, threadId, side }');
      await sendAwayEmail(deps, payload);
    },
    // Imported when first run, like the agreements module: docgen brings GraphQL types and pdfkit.
    [TASK.generateProjectDocument]: async (payload) => {
      const { isProjectDocumentJob, generateProjectDocument } = await import('../docgen/generate-project-document.js');
      if (!isProjectDocumentJob(payload)) throw new Error('generate_project_document needs { tenantId, projectId, kind, milestoneId? }');
      await generateProjectDocument(deps, payload);
    },
    // Queued by queue_payment_job (migration 20261207002100_payments_ii): a sandbox bank debit settles.
    [TASK.sandboxBankSettle]: async (payload) => {
      const { isBankSettleJob, settleSandboxBankDebit } = await import('../payments/bank-payments.service.js');
      if (!isBankSettleJob(payload)) throw new Error('sandbox-bank-settle needs { tenantId, intentId }');
      await settleSandboxBankDebit(deps, payload);
    },
    // Imported when first run, like the agreements module: meters bring GraphQL types.
    [TASK.meterEstimates]: async () => {
      const { makeMeterEstimates } = await import('../meters/meter-reading-tasks.js');
      await makeMeterEstimates(deps);
    },
    [TASK.meterReadingReminders]: async () => {
      const { sendMeterReadingReminders } = await import('../meters/meter-reading-tasks.js');
      await sendMeterReadingReminders(deps);
    },
    // Queued by queue_payment_job: an autopay charge of an invoice (on issue, then the dunning retries).
    [TASK.autopayCharge]: async (payload) => {
      const { isAutopayJob, chargeAutopay } = await import('../payments/autopay.service.js');
      if (!isAutopayJob(payload)) throw new Error('autopay-charge needs { tenantId, invoiceId, attempt }');
      await chargeAutopay(deps, payload);
    },
    // Queued by queue_privacy_export (migration 20261209000400_privacy): one export's ZIP.
    [TASK.privacyExport]: async (payload) => {
      const { isPrivacyExportJob, buildPrivacyExport } = await import('../privacy/build-export.js');
      if (!isPrivacyExportJob(payload)) throw new Error('privacy-export needs { tenantId, requestId }');
      await buildPrivacyExport(deps, payload);
    },
    [TASK.privacyErasures]: async () => {
      const { runDueErasures } = await import('../privacy/privacy-tasks.js');
      await runDueErasures(deps);
    },
    // Daily: erased customers past their legal retention, and export ZIPs past their link.
    [TASK.privacyRetention]: async () => {
      const { runRetention, deleteExpiredExports } = await import('../privacy/privacy-tasks.js');
      await runRetention(deps);
      await deleteExpiredExports(deps);
    },
  };
}

/**
 * Hourly: reminders go out on the first run after REMINDER_FROM_HOUR in each tenant's zone, and
 * the claims make every later run a no-op for what was already sent. Runs missed while no
 * server was up are made up for, two hours back.
 */
const BACKFILL_MS = 2 * 3600_000;
export const schedule: CronItem[] = [
  { task: TASK.appointmentReminders, match: '5 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  { task: TASK.overdueInvoiceReminders, match: '10 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  { task: TASK.cardExpiryReminders, match: '20 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  { task: TASK.recurringInvoices, match: '15 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  // Hourly: a period is billed on the first run after its billing day has ended in the business's
  // zone (or once its flagged readings are reviewed); the period rows make every later run a no-op.
  { task: TASK.meterBilling, match: '30 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  // Meters: a period's estimates once its billing day has passed (the day after, in each tenant's
  // zone), and reading reminders while a window is open; both are claims, so every run may repeat.
  { task: TASK.meterEstimates, match: '25 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  { task: TASK.meterReadingReminders, match: '35 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  { task: TASK.housekeeping, match: '40 3 * * *' },
  // Privacy: automatic erasures when due (hourly), legal retention and expired exports (daily).
  { task: TASK.privacyErasures, match: '45 * * * *', options: { backfillPeriod: BACKFILL_MS } },
  { task: TASK.privacyRetention, match: '50 3 * * *' },
  // Daily: audit entries past each business's retention (audit/audit-retention.task.ts).
  { task: TASK.auditRetention, match: '50 3 * * *' },
  // Hourly: pending custom domains are looked up every hour, verified ones once a day (each
  // claim's next_check_at says when; see tenants/custom-domains.state.ts). No backfill: a missed
  // hour is simply the next one.
  { task: TASK.customDomainChecks, match: '25 * * * *' },
];
