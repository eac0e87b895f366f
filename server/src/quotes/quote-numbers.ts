// A quote's number: the business's quote number format (like invoices': {YYYY}, {YY}, {MM},
// {SEQ:n}), rendered by the invoices' code, on its own sequence beside the invoices' (same table).
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { todayIn } from '../common/dates.js';
import { invoicePeriod, renderInvoiceNumber } from '../invoices/invoice-numbers.js';
import { nextInSequence } from '../invoices/invoices.admin.service.js';

/** The counter of a format's period for quotes: "quote:2026" beside the invoices' "2026". */
export function quotePeriod(format: string, month: { y: number; m: number }): string {
  return `quote:${invoicePeriod(format, month)}`;
}

/** The next quote number of the business, taken in the caller's transaction (a rollback gives it back). */
export async function nextQuoteNumber(ctx: ScopedContext, tenant: Tenant): Promise<string> {
  const [y, m] = todayIn(tenant.timeZone, ctx.now()).split('-').map(Number) as [number, number];
  const month = { y, m };
  const seq = await nextInSequence(ctx, tenant.id, quotePeriod(tenant.quoteNumberFormat, month));
  return renderInvoiceNumber(tenant.quoteNumberFormat, month, seq).number;
}
