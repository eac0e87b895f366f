// Credit notes: staff take an amount off what an issued invoice owes (a goodwill gesture, a
// correction), bookkept as a numbered document with a PDF instead of a negative payment.
import type { SignedInContext, StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { todayIn } from '../common/dates.js';
import { BadInput, NotFound } from '../errors/errors.js';
import type { FileReply } from '../platform/files.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { assertMove, billing, lockedInvoice, nextInSequence } from './invoices.admin.service.js';
import { applyToInvoice } from './invoice-ledger.js';
import { credited } from './invoice-money.js';
import { creditNoteNumberFormat, creditNotePeriod, renderInvoiceNumber } from './invoice-numbers.js';
import { toInvoice } from './invoices.service.js';
import { renderCreditNotePdf } from './credit-note-pdf.js';
import { billingAddress } from './billing-address.js';
import { pdfBusinessWithLogo } from '../pdf/business-logo.js';
import type { IssueCreditNoteInput, IssueCreditNotePayload } from './credit-notes.types.js';
import { toCreditNote, WITH_INVOICE_NUMBER } from './invoices.loaders.js';

/**
 * Issues a credit note against an issued invoice, at most its balance due: the invoice locked
 * first (invoice-ledger.ts), then the next number of the credit notes' own gap-free sequence.
 */
export async function issueCreditNote(ctx: StaffContext, input: IssueCreditNoteInput): Promise<IssueCreditNotePayload> {
  const { tenant, today } = await billing(ctx);
  const reason = input.reason.trim();
  if (!reason) throw new BadInput('reason', 'Say why the credit is given.');
  const row = await lockedInvoice(ctx, tenant.id, input.invoiceId);
  assertMove(row, 'credit');
  const change = credited(row, input.amountMinor, tenant.locale);
  const month = { y: today.getUTCFullYear(), m: today.getUTCMonth() + 1 };
  const seq = await nextInSequence(ctx, tenant.id, creditNotePeriod(tenant.invoiceNumberFormat, month));
  const { number } = renderInvoiceNumber(creditNoteNumberFormat(tenant.invoiceNumberFormat), month, seq);
  const note = await ctx.tx.creditNote.create({
    data: {
      tenantId: tenant.id,
      customerId: row.customerId,
      invoiceId: row.id,
      number,
      amountMinor: input.amountMinor,
      currency: row.currency,
      reason,
      issuedById: ctx.principal.staffUserId,
      issuedAt: ctx.now(),
    },
    include: WITH_INVOICE_NUMBER,
  });
  const updated = await applyToInvoice(ctx, row, change);
  await recordStaffActivity(ctx, 'invoice.credited', { subjectId: row.id, customerId: row.customerId });
  return { creditNote: toCreditNote(note), invoice: toInvoice(updated, todayIn(tenant.timeZone, ctx.now())) };
}

/**
 * The credit note PDF behind a signed link, re-read in the caller's own scope: a customer gets
 * only their own (row-level security and the filter), staff any of their business.
 */
export async function creditNotePdf(ctx: SignedInContext, id: string): Promise<FileReply> {
  const { tx, principal } = ctx;
  if (!isId(id)) throw new NotFound('This credit note');
  const isCustomer = principal.kind === 'customer';
  const tenant = await currentTenant(ctx);
  const note = await tx.creditNote.findFirst({
    where: { id, ...(isCustomer ? { customerId: principal.customerId } : {}) },
    include: {
      invoice: { select: { number: true, status: true, totalMinor: true, paidMinor: true, refundedMinor: true, creditedMinor: true } },
      customer: { select: { name: true, email: true, locale: true } },
    },
  });
  if (!note) throw new NotFound('This credit note');
  const body = await renderCreditNotePdf({
    business: await pdfBusinessWithLogo(ctx, tenant),
    customer: { ...note.customer, address: await billingAddress(ctx, note.customerId) },
    creditNote: { number: note.number, invoiceNumber: note.invoice.number, amountMinor: note.amountMinor, currency: note.currency, reason: note.reason, issuedAt: note.issuedAt },
    renderedAt: ctx.now(),
  });
  return { body, contentType: 'application/pdf', fileName: `${note.number}.pdf`, disposition: 'inline', sizeBytes: body.length };
}
