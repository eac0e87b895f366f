// The balance due of an invoice: what the customer still owes on it. The one place it is
// computed, for one invoice (`balanceDue`) and for sums in SQL (`BALANCE_DUE_SQL`); every screen,
// email, PDF, reminder and payment check reads it from here. Unit-tested in balance.test.ts.
//
//   balance due = total − credited − paid, while the invoice is open (stored status 'issued');
//                 0 for a draft, a void invoice, and an invoice settled in full ('paid').
//   paid        = received − refunded: the money the business keeps against the invoice.
//
// A settled invoice stays settled: a refund after full payment does not make it due again by
// itself (invoice-money.ts `refunded`); what refunds left short shows as `shortfall` until staff
// reopen it.
import { Prisma } from '../generated/prisma/client.js';
import type { InvoiceStatus } from '../generated/prisma/enums.js';

/** The stored columns the balance reads. */
export interface BalanceRow {
  status: InvoiceStatus;
  totalMinor: number;
  /** Received less refunded. */
  paidMinor: number;
  creditedMinor: number;
}

/** What the total less credit notes less money kept leaves unpaid, whatever the status (never negative). */
export function shortfall(row: Omit<BalanceRow, 'status'>): number {
  return Math.max(0, row.totalMinor - row.creditedMinor - row.paidMinor);
}

/** What the customer still owes: the shortfall of an open invoice, nothing otherwise. */
export function balanceDue(row: BalanceRow): number {
  return row.status === 'issued' ? shortfall(row) : 0;
}

/** Everything received against the invoice, before refunds ("Paid" on the PDF, refunds shown apart). */
export function receivedMinor(row: { paidMinor: number; refundedMinor: number }): number {
  return row.paidMinor + row.refundedMinor;
}

/**
 * `balanceDue` in SQL, over the invoices table (optionally through an alias: `balanceDueSql('i')`),
 * for sums and filters: only for rows with status 'issued' (every other status owes nothing).
 */
export function balanceDueSql(alias?: string): Prisma.Sql {
  if (alias !== undefined && !/^[a-z_]+$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  const column = (name: string) => Prisma.raw(alias ? `${alias}.${name}` : name);
  return Prisma.sql`GREATEST(0, ${column('total_minor')} - ${column('credited_minor')} - ${column('paid_minor')})`;
}

export const BALANCE_DUE_SQL = balanceDueSql();
