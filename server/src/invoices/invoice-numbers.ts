// Invoice arithmetic and numbering shared by the API and the demo seed: integer money only.

/** Tax per line, rounded half up, in integer arithmetic (never floats for money). */
export function lineTax(netMinor: number, taxRateBp: number): number {
  return Math.floor((netMinor * taxRateBp + 5_000) / 10_000);
}

export interface LineAmounts {
  quantity: number;
  unitPriceMinor: number;
  taxRateBp: number;
}

/** Each line's total (quantity × unit price) and the invoice's subtotal, tax and total. */
export function invoiceTotals(lines: LineAmounts[]): { lineTotals: number[]; subtotalMinor: number; taxMinor: number; totalMinor: number } {
  let subtotalMinor = 0;
  let taxMinor = 0;
  const lineTotals = lines.map((line) => {
    const total = line.quantity * line.unitPriceMinor;
    subtotalMinor += total;
    taxMinor += lineTax(total, line.taxRateBp);
    return total;
  });
  return { lineTotals, subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor };
}

/** The year and month an invoice is issued in (its calendar date in the business's zone). */
export interface IssueMonth {
  y: number;
  m: number; // 1-12
}

const TOKEN = /\{(YYYY|YY|MM|SEQ(?::(\d+))?)\}/g;

/**
 * Renders an invoice number format. The sequence period is the date tokens of the format
 * rendered in order ("2026" for {YYYY}, "2611" for {YY}{MM}, "" without date tokens), so
 * numbering restarts exactly when the visible date part changes.
 */
export function renderInvoiceNumber(format: string, issued: IssueMonth, seq: number): { number: string; period: string } {
  let period = '';
  const number = format.replace(TOKEN, (_all, token: string, width: string | undefined) => {
    let out: string;
    if (token === 'YYYY') out = String(issued.y);
    else if (token === 'YY') out = String(issued.y % 100).padStart(2, '0');
    else if (token === 'MM') out = String(issued.m).padStart(2, '0');
    else return String(seq).padStart(width ? Number(width) : 1, '0');
    period += out;
    return out;
  });
  return { number, period };
}

export function invoicePeriod(format: string, issued: IssueMonth): string {
  return renderInvoiceNumber(format, issued, 0).period;
}

/**
 * A credit note's number format, derived from the invoice format so it reads like the
 * business's invoices: its leading letters become "CN" ("INV-{YYYY}-{SEQ:5}" → "CN-{YYYY}-{SEQ:5}",
 * "FA{YY}{MM}-{SEQ:4}" → "CN{YY}{MM}-{SEQ:4}", "{YYYY}/{SEQ}" → "CN{YYYY}/{SEQ}").
 */
export function creditNoteNumberFormat(invoiceFormat: string): string {
  return `CN${invoiceFormat.replace(/^[A-Za-z]+/, '')}`;
}

/** The counter of credit notes of a period: its own sequence beside the invoices' (same table). */
export function creditNotePeriod(invoiceFormat: string, issued: IssueMonth): string {
  return `credit-note:${invoicePeriod(creditNoteNumberFormat(invoiceFormat), issued)}`;
}
