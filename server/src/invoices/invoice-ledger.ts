// Writes an invoice's money: every path that moves it (online payments and their webhooks,
// offline payments, refunds, credit notes, reopening) applies a move of invoice-money.ts here,
// on the invoice row it locked first.
//
// LOCK ORDER, for every path that moves money: the INVOICE row first (`lockInvoice`), then what
// hangs off it: the provider event claim, payment rows, sandbox intents, credit notes and their
// number sequence. A path that starts from something else (a client secret, a payment id, a
// webhook) finds the invoice id WITHOUT locking, locks the invoice, then re-reads (and locks)
// the rest and validates it again. Two transactions then always queue on the same first lock and
// never hold each other's second one: no deadlock (40P01); the later one sees what the first did
// and answers CONFLICT when it no longer applies. A path touching several invoices (none today)
// must lock them in id order.
import type { Tx } from '../db/client.js';
import { Prisma, type Invoice as InvoiceRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { credited, received, refunded, type LedgerChange } from './invoice-money.js';

/**
 * `balanceDue` (invoice-money.ts) of an issued invoice, for sums in SQL: only for rows with
 * status 'issued' (every other status owes nothing).
 */
export const BALANCE_DUE_SQL = Prisma.sql`GREATEST(0, total_minor - credited_minor - paid_minor)`;

/** The invoice, locked until the transaction ends; null when it is not this tenant's (or not visible). */
export async function lockInvoice(tx: Tx, tenantId: string, invoiceId: string): Promise<InvoiceRow | null> {
  if (!isId(invoiceId)) return null;
  await tx.$queryRaw`SELECT 1 FROM invoices WHERE tenant_id = ${tenantId}::uuid AND id = ${invoiceId}::uuid FOR UPDATE`;
  return tx.invoice.findFirst({ where: { tenantId, id: invoiceId } });
}

/** Stores a move's new money columns on the (locked) invoice. */
export async function applyToInvoice(tx: Tx, row: InvoiceRow, change: LedgerChange): Promise<InvoiceRow> {
  return tx.invoice.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: change });
}

/** Money received: the invoice is paid once nothing is due. */
export function recordReceived(tx: Tx, row: InvoiceRow, amountMinor: number): Promise<InvoiceRow> {
  return applyToInvoice(tx, row, received(row, amountMinor));
}

/** Money given back: shown beside the status; an invoice settled in full stays settled. */
export function recordRefunded(tx: Tx, row: InvoiceRow, amountMinor: number): Promise<InvoiceRow> {
  return applyToInvoice(tx, row, refunded(row, amountMinor));
}

/** A credit note's amount off what is owed (checked against the balance due). */
export function recordCredited(tx: Tx, row: InvoiceRow, amountMinor: number, locale: string): Promise<InvoiceRow> {
  return applyToInvoice(tx, row, credited(row, amountMinor, locale));
}
