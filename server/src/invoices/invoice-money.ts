// The moves of an invoice's money: what was paid (received less refunded), what was refunded,
// what credit notes took off, and the status a person reads; the balance due itself is
// balance.ts's. Pure, so it is unit-tested in milliseconds (invoice-money.test.ts);
// invoice-ledger.ts applies its moves to the stored invoice under the invoice's lock, and every
// path (online and offline payments, refunds, credit notes, voids, reopening) goes through it.
//
// Settled stays settled: a refund after full payment is shown beside the status ("refunded",
// "partially refunded") and does not make the invoice due again; staff may reopen it on purpose
// (`reopened`). On an open invoice a refund gives back money that had not settled it, so what it
// returned is owed again. A credit note reduces what is owed, so it is limited to the balance due:
// money already paid is given back with a refund, never with a negative payment.
import { formatMinor } from '../common/money.js';
import { toLocalDate } from '../common/dates.js';
import { BadInput, Conflict } from '../errors/errors.js';
import type { InvoiceStatus } from '../generated/prisma/enums.js';
import { balanceDue, shortfall } from './balance.js';

/** The stored columns the rule reads. */
export interface InvoiceMoneyRow {
  status: InvoiceStatus;
  currency: string;
  totalMinor: number;
  /** Received less refunded: the money the business keeps against this invoice. */
  paidMinor: number;
  refundedMinor: number;
  creditedMinor: number;
  dueDate: Date | null;
}

/** What a person reads; `unpaid` is the open invoice nothing has been paid on yet. */
export type MoneyStatus = 'draft' | 'unpaid' | 'partially_paid' | 'overdue' | 'paid' | 'void';
/** Shown beside the status, never instead of it. */
export type RefundState = 'none' | 'partially_refunded' | 'refunded';

export interface InvoiceMoney {
  totalMinor: number;
  paidMinor: number;
  refundedMinor: number;
  creditedMinor: number;
  balanceDueMinor: number;
  status: MoneyStatus;
  refundState: RefundState;
}

/** The stored columns a move writes. */
export type LedgerChange = Partial<Pick<InvoiceMoneyRow, 'status' | 'paidMinor' | 'refundedMinor' | 'creditedMinor'>>;

/** `today` is the business's calendar date (YYYY-MM-DD): overdue from the day after the due date. */
export function invoiceMoney(row: InvoiceMoneyRow, today: string): InvoiceMoney {
  return {
    totalMinor: row.totalMinor,
    paidMinor: row.paidMinor,
    refundedMinor: row.refundedMinor,
    creditedMinor: row.creditedMinor,
    balanceDueMinor: balanceDue(row),
    status: moneyStatus(row, today),
    refundState: row.refundedMinor <= 0 ? 'none' : row.paidMinor > 0 ? 'partially_refunded' : 'refunded',
  };
}

function moneyStatus(row: InvoiceMoneyRow, today: string): MoneyStatus {
  if (row.status !== 'issued') return row.status;
  const due = toLocalDate(row.dueDate);
  if (due !== null && due < today) return 'overdue';
  return row.paidMinor > 0 ? 'partially_paid' : 'unpaid';
}

function settle(row: InvoiceMoneyRow, change: Required<Pick<LedgerChange, 'paidMinor' | 'creditedMinor'>>): InvoiceStatus {
  if (row.status !== 'issued') return row.status;
  return balanceDue({ ...row, ...change }) === 0 ? 'paid' : 'issued';
}

function money(locale: string, row: InvoiceMoneyRow, minor: number): string {
  return formatMinor(locale, row.currency, minor);
}

/** Payments are taken on an issued invoice with something still due. */
export function assertOpen(row: InvoiceMoneyRow): void {
  if (row.status === 'paid' || (row.status === 'issued' && balanceDue(row) === 0)) throw new Conflict('This invoice is already paid.', 'INVOICE_ALREADY_PAID');
  if (row.status !== 'issued') throw new Conflict('This invoice cannot be paid.', 'INVOICE_NOT_PAYABLE');
}

/**
 * Someone asks to pay (online) or staff record money received (offline): an amount greater than
 * zero and at most the balance due, on an open invoice. `locale` writes the amounts of messages.
 */
export function assertPayable(row: InvoiceMoneyRow, amountMinor: number, locale: string): void {
  assertOpen(row);
  const due = balanceDue(row);
  if (!Number.isInteger(amountMinor) || amountMinor <= 0) throw new BadInput('amountMinor', 'Enter an amount greater than zero.', 'AMOUNT_NOT_POSITIVE');
  if (amountMinor > due) throw new BadInput('amountMinor', `The amount is more than the ${money(locale, row, due)} still due.`, 'AMOUNT_OVER_BALANCE_DUE');
}

/** Money received (a verified provider fact or staff's record): never refused, it happened. */
export function received(row: InvoiceMoneyRow, amountMinor: number): LedgerChange {
  const paidMinor = row.paidMinor + amountMinor;
  return { paidMinor, status: settle(row, { paidMinor, creditedMinor: row.creditedMinor }) };
}

/** Money given back: a settled invoice stays settled; an open one is owed that much again. */
export function refunded(row: InvoiceMoneyRow, amountMinor: number): LedgerChange {
  const given = Math.min(amountMinor, row.paidMinor);
  return { paidMinor: row.paidMinor - given, refundedMinor: row.refundedMinor + given };
}

/** A credit note takes `amountMinor` off what is owed: at most the balance due of an open invoice. */
export function credited(row: InvoiceMoneyRow, amountMinor: number, locale: string): LedgerChange {
  if (row.status === 'paid') throw new Conflict('This invoice is paid: give money back with a refund of its payment instead.');
  if (row.status !== 'issued') throw new Conflict('Credit notes are issued against an issued, unpaid invoice.');
  if (!Number.isInteger(amountMinor) || amountMinor <= 0) throw new BadInput('amountMinor', 'Enter an amount greater than zero.');
  const due = balanceDue(row);
  if (amountMinor > due) throw new BadInput('amountMinor', `A credit note can take off at most the ${money(locale, row, due)} still due.`);
  const creditedMinor = row.creditedMinor + amountMinor;
  return { creditedMinor, status: settle(row, { paidMinor: row.paidMinor, creditedMinor }) };
}

/** Staff reopen a settled invoice that refunds left short: it is due again by the shortfall. */
export function reopened(row: InvoiceMoneyRow): LedgerChange {
  if (row.status !== 'paid') throw new Conflict('Only a paid invoice can be reopened.');
  if (shortfall(row) === 0) throw new Conflict('Nothing has been given back on this invoice: there is nothing to collect again.');
  return { status: 'issued' };
}

/** A void invoice must not hide money that changed hands or a credit note issued against it. */
export function assertVoidable(row: InvoiceMoneyRow): void {
  if (row.paidMinor > 0) throw new Conflict('This invoice has payments recorded: refund them first, then void it.');
  if (row.creditedMinor > 0) throw new Conflict('This invoice has credit notes issued against it and cannot be voided.');
}
