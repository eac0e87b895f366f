// The receipt PDF of a payment behind a signed link, re-read in the caller's own scope: a
// customer gets only their own succeeded payments, staff any of their business.
import type { SignedInContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { NotFound } from '../errors/errors.js';
import type { FileReply } from '../platform/files.js';
import { currentTenant } from '../platform/current-tenant.js';
import { renderReceiptPdf } from '../invoices/receipt-pdf.js';
import { balanceDue } from '../invoices/balance.js';
import { billingAddress } from '../invoices/billing-address.js';
import { pdfBusinessWithLogo } from '../pdf/business-logo.js';

export async function receiptPdf(ctx: SignedInContext, id: string): Promise<FileReply> {
  const { tx, principal } = ctx;
  if (!isId(id)) throw new NotFound('This receipt');
  const tenant = await currentTenant(ctx);
  const payment = await tx.payment.findFirst({
    where: { id, status: { in: ['succeeded', 'partially_refunded', 'refunded'] }, ...(principal.kind === 'customer' ? { customerId: principal.customerId } : {}) },
    include: {
      invoice: { select: { number: true, status: true, totalMinor: true, paidMinor: true, refundedMinor: true, creditedMinor: true } },
      customer: { select: { name: true, email: true, locale: true } },
    },
  });
  if (!payment) throw new NotFound('This receipt');
  const body = await renderReceiptPdf({
    business: await pdfBusinessWithLogo(ctx, tenant),
    customer: { ...payment.customer, address: await billingAddress(ctx, payment.customerId) },
    invoiceNumber: payment.invoice.number,
    payment: { ...payment, paidAt: payment.receivedAt },
    amountDueMinor: balanceDue(payment.invoice),
    renderedAt: ctx.now(),
  });
  return { body, contentType: 'application/pdf', fileName: `receipt-${payment.invoice.number ?? payment.id.slice(0, 8)}.pdf`, disposition: 'inline', sizeBytes: body.length };
}
