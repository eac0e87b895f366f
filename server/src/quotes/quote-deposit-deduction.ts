// A paid deposit is taken off the later invoices of the job or project its quote became: when
// such an invoice is issued, one line "Less deposit paid (Q-…)" of what is left of the deposit,
// at most the invoice's total (never below zero); what is left carries to the next invoice. The
// quote's running deposit_deducted_minor (checked ≤ the deposit) is updated under the quote's lock
// in the same transaction, so the deposit is never taken off twice.
import type { ScopedContext } from '../context/context.js';
import type { Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { withScope } from '../platform/scope.js';

export const DEDUCTION_PREFIX = 'Less deposit paid';

/** The deduction an invoice of `totalMinor` takes, with `remaining` of the deposit left. */
export function depositDeduction(remainingMinor: number, invoiceTotalMinor: number): number {
  return Math.max(0, Math.min(remainingMinor, invoiceTotalMinor));
}

/** Adds the deduction line to a draft being issued (locked by the caller) and returns it as it now stands. */
export async function deductDeposit(ctx: ScopedContext, invoice: InvoiceRow): Promise<InvoiceRow> {
  if (!invoice.jobId && !invoice.projectId) return invoice;
  return withScope(ctx, { tenantId: invoice.tenantId, role: 'system' }, async (system) => {
    const { tx } = system;
    const links = [...(invoice.jobId ? [{ convertedJobId: invoice.jobId }] : []), ...(invoice.projectId ? [{ convertedProjectId: invoice.projectId }] : [])];
    const quote = await tx.quote.findFirst({ where: { status: 'converted', depositInvoiceId: { not: null }, OR: links }, select: { id: true } });
    if (!quote) return invoice;
    await tx.$queryRaw`SELECT 1 FROM quotes WHERE tenant_id = app_tenant() AND id = ${quote.id}::uuid FOR UPDATE`;
    const locked = await tx.quote.findFirstOrThrow({ where: { id: quote.id } });
    const deposit = locked.depositInvoiceId ? await tx.invoice.findFirst({ where: { id: locked.depositInvoiceId }, select: { status: true } }) : null;
    if (deposit?.status !== 'paid') return invoice;
    const amount = depositDeduction(locked.depositMinor - locked.depositDeductedMinor, invoice.totalMinor);
    if (amount === 0) return invoice;
    const last = await tx.invoiceLine.findFirst({ where: { invoiceId: invoice.id }, orderBy: { position: 'desc' }, select: { position: true } });
    await tx.invoiceLine.create({
      data: {
        tenantId: invoice.tenantId,
        invoiceId: invoice.id,
        position: (last?.position ?? 0) + 1,
        description: `${DEDUCTION_PREFIX} (${locked.number})`,
        quantity: 1,
        unitPriceMinor: -amount,
        taxRateBp: 0,
        totalMinor: -amount,
      },
    });
    await tx.quote.update({ where: { tenantId_id: { tenantId: locked.tenantId, id: locked.id } }, data: { depositDeductedMinor: { increment: amount } } });
    return tx.invoice.update({
      where: { tenantId_id: { tenantId: invoice.tenantId, id: invoice.id } },
      data: { subtotalMinor: { decrement: amount }, totalMinor: { decrement: amount } },
    });
  });
}
