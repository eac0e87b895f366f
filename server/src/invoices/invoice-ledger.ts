// Writes an invoice's money: every path that moves it (online payments and their webhooks,
// offline payments, refunds, credit notes, reopening) applies a move of invoice-money.ts here,
// on the invoice row it locked first, and gets back the row it wrote. What is due is balance.ts's.
//
// LOCK ORDER, for every path that moves money: the INVOICE row first (`lockInvoice`), then what
// hangs off it: the provider event claim, payment rows, sandbox intents, credit notes and their
// number sequence. A path that starts from something else (a client secret, a payment id, a
// webhook) finds the invoice id WITHOUT locking, locks the invoice, then re-reads (and locks)
// the rest and validates it again. Two transactions then always queue on the same first lock and
// never hold each other's second one: no deadlock (40P01); the later one sees what the first did
// and answers CONFLICT when it no longer applies. A path touching several invoices (none today)
// must lock them in id order.
import type { ScopedContext } from '../context/context.js';
import type { Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { credited, received, refunded, type LedgerChange } from './invoice-money.js';
import { depositInvoicePaid } from '../quotes/quote-deposits.js';

/** The invoice, locked until the transaction ends; null when it is not this tenant's (or not visible). */
export async function lockInvoice(ctx: ScopedContext, tenantId: string, invoiceId: string): Promise<InvoiceRow | null> {
  if (!isId(invoiceId)) return null;
  await ctx.tx.$queryRaw`SELECT 1 FROM invoices WHERE tenant_id = ${tenantId}::uuid AND id = ${invoiceId}::uuid FOR UPDATE`;
  return ctx.tx.invoice.findFirst({ where: { tenantId, id: invoiceId } });
}

/** Stores a move's new money columns on the (locked) invoice. */
export async function applyToInvoice(ctx: ScopedContext, row: InvoiceRow, change: LedgerChange): Promise<InvoiceRow> {
  return ctx.tx.invoice.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: change });
}

/** Money received: the invoice is paid once nothing is due (a quote's deposit invoice paid converts its quote). */
export async function recordReceived(ctx: ScopedContext, row: InvoiceRow, amountMinor: number): Promise<InvoiceRow> {
  const updated = await applyToInvoice(ctx, row, received(row, amountMinor));
  if (updated.status === 'paid' && row.status !== 'paid') await depositInvoicePaid(ctx, updated);
  return updated;
}

/** Money given back: shown beside the status; an invoice settled in full stays settled. */
export function recordRefunded(ctx: ScopedContext, row: InvoiceRow, amountMinor: number): Promise<InvoiceRow> {
  return applyToInvoice(ctx, row, refunded(row, amountMinor));
}

/** A credit note's amount off what is owed (checked against the balance due). */
export function recordCredited(ctx: ScopedContext, row: InvoiceRow, amountMinor: number, locale: string): Promise<InvoiceRow> {
  return applyToInvoice(ctx, row, credited(row, amountMinor, locale));
}
