// Invoice statuses and amounts as the admin screens show them.
import { moneyInput } from '@portico/web-shared/format';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { InvoiceDetailFieldsFragment, InvoiceStatus } from '$lib/gql/graphql';

export const INVOICE_STATUSES: InvoiceStatus[] = ['draft', 'unpaid', 'partially_paid', 'overdue', 'paid', 'void'];

export function invoiceTone(status: InvoiceStatus): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'paid':
      return 'success';
    case 'overdue':
      return 'danger';
    case 'unpaid':
    case 'partially_paid':
      return 'warning';
    case 'void':
      return 'neutral';
    default:
      return 'info';
  }
}

/** A tax rate typed as a percentage ("8.25", "8,25") in basis points; null when it is not one. */
export function parsePercentBp(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (normalized === '') return 0;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalized)) return null;
  return Math.round(Number(normalized) * 100);
}

export function percentText(bp: number): string {
  return (bp / 100).toString();
}

export interface DraftLine {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  taxRateBp: number;
}

/** The totals the API will compute (per line, tax rounded half up), shown while typing. */
export function draftTotals(lines: DraftLine[]): { subtotal: number; tax: number; total: number } {
  let subtotal = 0;
  let tax = 0;
  for (const line of lines) {
    const net = line.quantity * line.unitPriceMinor;
    subtotal += net;
    tax += Math.round((net * line.taxRateBp) / 10000);
  }
  return { subtotal, tax, total: subtotal + tax };
}

/** Minor units as an editable amount ("123.45", no grouping), the form parseMoney reads back. */
export const amountText = moneyInput;

/**
 * An invoice as its page shows it. The page loads it, and every write on the page (issue, edit,
 * payment, credit note, void, reopen, resend) answers with it: the page shows what was written.
 */
export const InvoiceDetailFields = graphql(`
  fragment InvoiceDetailFields on Invoice {
    id
    number
    status
    customerId
    customerName
    issueDate
    dueDate
    currency
    subtotalMinor
    taxMinor
    totalMinor
    paidMinor
    refundedMinor
    creditedMinor
    refundState
    amountDueMinor
    paymentProcessing
    autopay {
      state
      attempts
      lastFailureReason
      nextRetryAt
    }
    creditNotes {
      id
      number
      amountMinor
      reason
      issuedAt
      pdfUrl
    }
    notes
    voidReason
    recurringLabel
    pdfUrl
    payments {
      id
      amountMinor
      refundedMinor
      currency
      method
      cardBrand
      last4
      status
      createdAt
      failureReason
      receiptUrl
      tipMinor
    }
    lines {
      id
      description
      quantity
      unitPriceMinor
      taxRateBp
      totalMinor
    }
  }
`);

export type InvoiceDetail = InvoiceDetailFieldsFragment;

export function invoiceDetail(invoice: FragmentType<typeof InvoiceDetailFields>): InvoiceDetail {
  return useFragment(InvoiceDetailFields, invoice);
}

/** The invoice page's load depends on it: a refund (its answer is the payment alone) reads the invoice again. */
export const INVOICE = 'admin:invoice';
