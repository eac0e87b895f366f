import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';
import type { Payment } from './payments.types.js';
import { toPayment } from './payments.service.js';

const paymentsByInvoice = (ctx: RequestContext) =>
  new DataLoader<string, Payment[]>(async (invoiceIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.payment.findMany({
      where: { invoiceId: { in: [...invoiceIds] } },
      orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
      include: { invoice: { select: { number: true } } },
    });
    return invoiceIds.map((id) => rows.filter((r) => r.invoiceId === id).map(toPayment));
  });

/** An invoice's payments, newest first; row-level security limits a customer to their own. */
export function invoicePayments(ctx: RequestContext, invoiceId: string): Promise<Payment[]> {
  return loader(ctx, paymentsByInvoice).load(invoiceId);
}

/** An invoice's payments a page read brought along (invoices/invoice-page.ts). */
export function keepInvoicePayments(ctx: RequestContext, invoiceId: string, payments: Payment[]): void {
  loader(ctx, paymentsByInvoice).prime(invoiceId, payments);
}
