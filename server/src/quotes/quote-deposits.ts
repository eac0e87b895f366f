// A quote's deposit after approval: its invoice paid converts the quote (every path that pays an
// invoice goes through the ledger's recordReceived, which calls depositInvoicePaid), and later
// invoices of the job or project it became take the paid deposit off ("Less deposit paid (Q-…)",
// quote-deposit-deduction.ts).
import type { ScopedContext } from '../context/context.js';
import type { Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { withScope } from '../platform/scope.js';
import { convertOnce } from './quote-conversion.js';

/**
 * Converts the (locked) approved quote in a savepoint: when it cannot be done automatically (no
 * site or service for a job), the quote stays approved for the office to convert, and what caused
 * the call (a payment, a signature) is kept.
 */
export async function convertSafely(ctx: ScopedContext, quoteId: string): Promise<void> {
  if (!ctx.rls) return;
  try {
    await withScope(ctx, { ...ctx.rls, role: 'system' }, (system) => convertOnce(system, quoteId));
  } catch (error) {
    ctx.log.warn({ err: error, quoteId }, 'an approved quote could not be converted automatically');
  }
}

/** Called by the ledger when an invoice becomes paid: a quote's deposit invoice converts the quote. */
export async function depositInvoicePaid(ctx: ScopedContext, invoice: InvoiceRow): Promise<void> {
  await withScope(ctx, { tenantId: invoice.tenantId, role: 'system' }, async (system) => {
    const quote = await system.tx.quote.findFirst({ where: { depositInvoiceId: invoice.id }, select: { id: true } });
    if (!quote) return;
    // Lock order: the invoice (held by the ledger), then the quote.
    await system.tx.$queryRaw`SELECT 1 FROM quotes WHERE tenant_id = app_tenant() AND id = ${quote.id}::uuid FOR UPDATE`;
    await convertSafely(system, quote.id);
  });
}
