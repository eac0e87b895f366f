// Staff side of invoices: drafts, issuing with a gap-free number, voiding, offline payments and
// resending. Every change locks the invoice row first, so two staff acting at once serialise.
import { TZDate } from '@date-fns/tz';
import type { ScopedContext, StaffContext } from '../context/context.js';
import type { Invoice as InvoiceRow, Tenant } from '../generated/prisma/client.js';
import type { InvoiceStatus } from '../generated/prisma/enums.js';
import { isId } from '../common/ids.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import { isUniqueViolation } from '../auth/auth.shared.js';
import { portalLinks } from '../communications/portal-links.js';
import { cancelOpenAttempts } from '../payments/payments.service.js';
import { applyToInvoice, lockInvoice, recordReceived } from './invoice-ledger.js';
import { assertPayable, assertVoidable, reopened } from './invoice-money.js';
import { balanceDue } from './balance.js';
import { currentTenant } from '../platform/current-tenant.js';
import { invoicePeriod, invoiceTotals, renderInvoiceNumber, type LineAmounts } from './invoice-numbers.js';
import { calendarDate, plusDays } from './invoice-dates.js';
import { deductDeposit } from '../quotes/quote-deposit-deduction.js';
import { invoiceLetter } from './invoice-emails.js';
import { notifyCustomer } from '../notifications/notify.js';
import { toInvoice } from './invoices.service.js';
import type { Invoice } from './invoices.types.js';
import type { CreateInvoiceInput, InvoiceDraftInput, OfflinePaymentInput } from './invoices.admin.types.js';

export const DEFAULT_PAYMENT_DAYS = 14;

type Move = 'edit' | 'issue' | 'void' | 'pay' | 'credit' | 'reopen' | 'resend';

/**
 * The one table of what may happen to an invoice in each stored status; the amounts each money
 * move may take are invoice-money.ts's. A paid invoice may be voided once all of its money was
 * given back, and reopened when refunds left it short.
 */
const ALLOWED: Record<InvoiceStatus, Move[]> = {
  draft: ['edit', 'issue', 'void'],
  issued: ['void', 'pay', 'credit', 'resend'],
  paid: ['void', 'reopen', 'resend'],
  void: [],
};

const REFUSED: Record<Move, string> = {
  edit: 'Only a draft invoice can be edited.',
  issue: 'This invoice has already been issued or voided.',
  void: 'This invoice is already void.',
  pay: 'Payments can only be recorded on an issued, unpaid invoice.',
  credit: 'Credit notes are issued against an issued, unpaid invoice: give money already paid back with a refund.',
  reopen: 'Only a paid invoice can be reopened.',
  resend: 'Only an issued invoice can be sent to the customer.',
};

export function assertMove(row: InvoiceRow, move: Move): void {
  // Money that changed hands, or a credit note, must not disappear behind a void.
  if (move === 'void') assertVoidable(row);
  if (!ALLOWED[row.status].includes(move)) throw new Conflict(REFUSED[move]);
}

export interface NewInvoice {
  customerId: string;
  agreementId?: string | null;
  lines: (LineAmounts & { description: string })[];
  dueDate?: Date | null;
  notes?: string | null;
  /** The construction project it bills (a payment milestone's invoice). */
  projectId?: string | null;
}

/** Inserts a draft with its lines and server-computed totals; works for staff and the system role. */
export async function insertDraft(ctx: ScopedContext, tenant: Tenant, invoice: NewInvoice): Promise<InvoiceRow> {
  const totals = invoiceTotals(invoice.lines);
  return ctx.tx.invoice.create({
    data: {
      tenantId: tenant.id,
      customerId: invoice.customerId,
      agreementId: invoice.agreementId ?? null,
      projectId: invoice.projectId ?? null,
      currency: tenant.currency,
      dueDate: invoice.dueDate ?? null,
      notes: invoice.notes?.trim() || null,
      subtotalMinor: totals.subtotalMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      createdAt: ctx.now(),
      // Nested lines take tenant and invoice from the parent.
      lines: { createMany: { data: lineRows(invoice.lines, totals.lineTotals) } },
    },
  });
}

function lineRows(lines: NewInvoice['lines'], totals: number[]) {
  return lines.map((line, index) => ({
    position: index + 1,
    description: line.description.trim(),
    quantity: line.quantity,
    unitPriceMinor: line.unitPriceMinor,
    taxRateBp: line.taxRateBp,
    totalMinor: totals[index] ?? 0,
  }));
}

/**
 * Issues a draft on `issueDate`: takes the next number of the tenant's sequence for that period.
 * The counter row is incremented inside the caller's transaction, so concurrent issues wait on
 * that row in turn, and a transaction that rolls back gives its number back: no gap, no duplicate.
 */
export async function issueDraft(ctx: ScopedContext, tenant: Tenant, draft: InvoiceRow, issueDate: Date): Promise<InvoiceRow> {
  // An invoice of a job or project a quote became takes the quote's paid deposit off, once.
  const row = await deductDeposit(ctx, draft);
  const dueDate = row.dueDate ?? plusDays(issueDate, DEFAULT_PAYMENT_DAYS);
  if (dueDate < issueDate) throw new BadInput('dueDate', 'The due date cannot be before the issue date.');
  const month = { y: issueDate.getUTCFullYear(), m: issueDate.getUTCMonth() + 1 };
  const period = invoicePeriod(tenant.invoiceNumberFormat, month);
  const { number } = renderInvoiceNumber(tenant.invoiceNumberFormat, month, await nextInSequence(ctx, tenant.id, period));
  try {
    return await ctx.tx.invoice.update({
      where: { tenantId_id: { tenantId: tenant.id, id: row.id } },
      data: { status: 'issued', number, issueDate, dueDate },
    });
  } catch (error) {
    // Only when a number was typed in by hand outside the sequence (e.g. imported invoices).
    if (isUniqueViolation(error)) throw new Conflict(`Invoice number ${number} is already taken. Check the invoice number format in the settings.`);
    throw error;
  }
}

/**
 * The next number of a tenant's gap-free sequence (invoices, credit notes): the counter row is
 * incremented inside the caller's transaction, so concurrent callers wait on it in turn, and a
 * rollback gives the number back.
 */
export async function nextInSequence(ctx: ScopedContext, tenantId: string, period: string): Promise<number> {
  const [counter] = await ctx.tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO invoice_sequences (tenant_id, period, last_value) VALUES (${tenantId}::uuid, ${period}, 1)
    ON CONFLICT (tenant_id, period) DO UPDATE SET last_value = invoice_sequences.last_value + 1
    RETURNING last_value`;
  if (!counter) throw new Error('invoice sequence returned no row');
  return counter.last_value;
}

/** The invoice, locked for this transaction (the first lock of every money path: invoice-ledger.ts); NOT_FOUND for a malformed, foreign or missing id. */
export async function lockedInvoice(ctx: ScopedContext, tenantId: string, id: string): Promise<InvoiceRow> {
  const row = await lockInvoice(ctx, tenantId, id);
  if (!row) throw new NotFound('This invoice');
  return row;
}

function validLines(input: InvoiceDraftInput): NewInvoice['lines'] {
  // class-validator already checked the numbers; a total must still fit a 32-bit column.
  const { totalMinor } = invoiceTotals(input.lines);
  if (totalMinor > 2_000_000_000) throw new BadInput('lines', 'The invoice total is too large.');
  return input.lines;
}

function optionalDate(field: string, value: string | null | undefined): Date | null {
  return value ? calendarDate(field, value) : null;
}

export interface StaffBilling {
  tenant: Tenant;
  today: Date;
}

/** The caller's business and its calendar date today. */
export async function billing(ctx: StaffContext): Promise<StaffBilling> {
  const tenant = await currentTenant(ctx);
  return { tenant, today: calendarDate('today', todayIn(tenant.timeZone, ctx.now())) };
}

function present(row: InvoiceRow, tenant: Tenant, ctx: StaffContext): Invoice {
  return toInvoice(row, todayIn(tenant.timeZone, ctx.now()));
}

export async function createInvoice(ctx: StaffContext, input: CreateInvoiceInput): Promise<Invoice> {
  const { tenant, today } = await billing(ctx);
  const customer = isId(input.customerId) ? await ctx.tx.customer.findFirst({ where: { id: input.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  let row = await insertDraft(ctx, tenant, { customerId: customer.id, lines: validLines(input), dueDate: optionalDate('dueDate', input.dueDate), notes: input.notes });
  await recordStaffActivity(ctx, 'invoice.created', { subjectId: row.id, customerId: row.customerId });
  if (input.issue) row = await issueAndSend(ctx, tenant, row, today);
  return present(row, tenant, ctx);
}

/** Replaces a draft's lines, due date and notes. */
export async function updateDraftInvoice(ctx: StaffContext, id: string, input: InvoiceDraftInput): Promise<Invoice> {
  const { tx } = ctx;
  const { tenant } = await billing(ctx);
  const row = await lockedInvoice(ctx, tenant.id, id);
  assertMove(row, 'edit');
  const lines = validLines(input);
  const totals = invoiceTotals(lines);
  await tx.invoiceLine.deleteMany({ where: { invoiceId: row.id } });
  await tx.invoiceLine.createMany({ data: lineRows(lines, totals.lineTotals).map((line) => ({ ...line, tenantId: tenant.id, invoiceId: row.id })) });
  const updated = await tx.invoice.update({
    where: { tenantId_id: { tenantId: tenant.id, id: row.id } },
    data: {
      dueDate: optionalDate('dueDate', input.dueDate),
      notes: input.notes?.trim() || null,
      subtotalMinor: totals.subtotalMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
    },
  });
  await recordStaffActivity(ctx, 'invoice.updated', { subjectId: row.id, customerId: row.customerId });
  return present(updated, tenant, ctx);
}

/** Issues a draft today (in the business's time zone), numbering it. */
export async function issueInvoice(ctx: StaffContext, id: string): Promise<Invoice> {
  const { tenant, today } = await billing(ctx);
  const row = await lockedInvoice(ctx, tenant.id, id);
  assertMove(row, 'issue');
  return present(await issueAndSend(ctx, tenant, row, today), tenant, ctx);
}

/** Staff issue a draft: numbered, the customer emailed, the act logged. */
export async function issueAndSend(ctx: StaffContext, tenant: Tenant, row: InvoiceRow, today: Date): Promise<InvoiceRow> {
  const issued = await issueDraft(ctx, tenant, row, today);
  await notifyInvoiceIssued(ctx, tenant, issued);
  await recordStaffActivity(ctx, 'invoice.issued', { subjectId: row.id, customerId: row.customerId });
  return issued;
}

export async function voidInvoice(ctx: StaffContext, id: string, reason: string): Promise<Invoice> {
  const { tenant } = await billing(ctx);
  const why = reason.trim();
  if (!why) throw new BadInput('reason', 'Say why the invoice is voided.');
  if (why.length > 500) throw new BadInput('reason', 'Keep the reason under 500 characters.');
  const row = await lockedInvoice(ctx, tenant.id, id);
  assertMove(row, 'void');
  await cancelOpenAttempts(ctx, tenant, row.id);
  const voided = await ctx.tx.invoice.update({
    where: { tenantId_id: { tenantId: tenant.id, id: row.id } },
    data: { status: 'void', voidReason: why, voidedAt: ctx.now() },
  });
  await recordStaffActivity(ctx, 'invoice.voided', { subjectId: row.id, customerId: row.customerId });
  return present(voided, tenant, ctx);
}

/** Cash, a cheque or a bank transfer received outside the portal; the invoice is paid once nothing is due. */
export async function recordOfflinePayment(ctx: StaffContext, input: OfflinePaymentInput): Promise<Invoice> {
  const { tenant, today } = await billing(ctx);
  const receivedOn = calendarDate('receivedOn', input.receivedOn);
  if (receivedOn > today) throw new BadInput('receivedOn', 'The payment date cannot be in the future.');
  const row = await lockedInvoice(ctx, tenant.id, input.invoiceId);
  assertMove(row, 'pay');
  assertPayable(row, input.amountMinor, tenant.locale);
  await cancelOpenAttempts(ctx, tenant, row.id);
  const reference = input.reference?.trim() || null;
  try {
    await ctx.tx.payment.create({
      data: {
        tenantId: tenant.id,
        customerId: row.customerId,
        invoiceId: row.id,
        amountMinor: input.amountMinor,
        currency: row.currency,
        method: input.method,
        status: 'succeeded',
        provider: 'offline',
        providerRef: reference,
        // Noon on the day received, in the business's zone: the day reads the same everywhere it is shown.
        receivedAt: new TZDate(receivedOn.getUTCFullYear(), receivedOn.getUTCMonth(), receivedOn.getUTCDate(), 12, 0, 0, tenant.timeZone),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new BadInput('reference', 'A payment with this reference is already recorded.');
    throw error;
  }
  const updated = await recordReceived(ctx, row, input.amountMinor);
  await recordStaffActivity(ctx, 'invoice.payment_recorded', { subjectId: row.id, customerId: row.customerId });
  return present(updated, tenant, ctx);
}

function invoiceEmail(ctx: ScopedContext, tenant: Tenant, row: InvoiceRow, to: { name: string; locale: string | null }) {
  return invoiceLetter(to.locale, tenant.locale, {
    business: tenant.name,
    name: to.name,
    number: row.number ?? '',
    totalMinor: row.totalMinor,
    amountDueMinor: balanceDue(row),
    currency: row.currency,
    dueDate: toLocalDate(row.dueDate),
    link: portalLinks.invoice(ctx.deps.config.portalUrl, tenant, row.id),
  });
}

/**
 * Tells the customer of an invoice just issued (by staff or a service agreement): the bell and the
 * email with the link to it, as they want invoiceIssued. In the caller's transaction, so it goes
 * only if the invoice is committed.
 */
export async function notifyInvoiceIssued(ctx: ScopedContext, tenant: Tenant, row: InvoiceRow): Promise<void> {
  await notifyCustomer(ctx, {
    customerId: row.customerId,
    kind: 'invoiceIssued',
    subject: { type: 'invoice', id: row.id },
    params: { number: row.number, amountMinor: row.totalMinor, currency: row.currency },
    letter: (to) => invoiceEmail(ctx, tenant, row, to),
  });
}

/** Emails an issued invoice to the customer because staff chose to send it: no preference applies. */
async function emailInvoice(ctx: ScopedContext, tenant: Tenant, row: InvoiceRow): Promise<boolean> {
  const customer = await ctx.tx.customer.findFirst({ where: { tenantId: tenant.id, id: row.customerId }, select: { name: true, email: true, locale: true } });
  if (!customer) return false;
  await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: row.customerId, to: customer.email, ...invoiceEmail(ctx, tenant, row, customer) });
  return true;
}

/** Emails the invoice to the customer again. Staff chose to send: no preference applies. */
export async function resendInvoice(ctx: StaffContext, id: string): Promise<Invoice> {
  const { tenant } = await billing(ctx);
  const row = await lockedInvoice(ctx, tenant.id, id);
  assertMove(row, 'resend');
  if (!(await emailInvoice(ctx, tenant, row))) throw new NotFound('This invoice');
  await recordStaffActivity(ctx, 'invoice.resent', { subjectId: row.id, customerId: row.customerId });
  return present(row, tenant, ctx);
}

/**
 * Staff reopen a paid invoice that refunds left short, on purpose: it is due again by what was
 * given back (a refund alone never makes a settled invoice due again).
 */
export async function reopenInvoice(ctx: StaffContext, id: string): Promise<Invoice> {
  const { tenant } = await billing(ctx);
  const row = await lockedInvoice(ctx, tenant.id, id);
  assertMove(row, 'reopen');
  const updated = await applyToInvoice(ctx, row, reopened(row));
  await recordStaffActivity(ctx, 'invoice.reopened', { subjectId: row.id, customerId: row.customerId });
  return present(updated, tenant, ctx);
}
