// Renders one invoice as a PDF branded with the business's name and colours, in the customer's
// language. Text is real text (standard fonts), so it can be searched, copied and read aloud.
import { A4 as PAGE, brandColor, customerBlock, pdfMoney, printable, startBrandedPdf, type PdfBusiness, type PdfCustomer } from '../pdf/branded-pdf.js';
import type { InvoiceDisplayStatus } from './invoices.types.js';
import { pdfLocale, type PdfMessages } from './invoice-pdf.messages.js';
import { frenchInvoiceMentions } from './french-invoice-mentions.js';
import { receivedMinor } from './balance.js';

export interface InvoicePdfPayment {
  receivedAt: Date;
  method: string;
  cardBrand: string | null;
  last4: string | null;
  amountMinor: number;
  refundedMinor: number;
}

export interface InvoicePdfCreditNote {
  number: string;
  issuedAt: Date;
  amountMinor: number;
}

export interface InvoicePdfData {
  business: PdfBusiness;
  customer: PdfCustomer;
  invoice: {
    number: string | null;
    status: InvoiceDisplayStatus;
    issueDate: string | null;
    dueDate: string | null;
    currency: string;
    subtotalMinor: number;
    taxMinor: number;
    totalMinor: number;
    paidMinor: number;
    refundedMinor: number;
    creditedMinor: number;
    amountDueMinor: number;
    notes: string | null;
    recurringLabel: string | null;
  };
  lines: { description: string; quantity: number; unitPriceMinor: number; taxRateBp: number; totalMinor: number }[];
  /** Money received (succeeded payments, oldest first) and credit notes: listed under the totals. */
  payments: InvoicePdfPayment[];
  creditNotes: InvoicePdfCreditNote[];
  /** Stamped as the creation date, so the same invoice renders to the same bytes. */
  renderedAt: Date;
}

const COLUMNS = [
  { key: 'description', x: 50, width: 215, align: 'left' },
  { key: 'quantity', x: 265, width: 45, align: 'right' },
  { key: 'unitPrice', x: 315, width: 85, align: 'right' },
  { key: 'taxRate', x: 405, width: 50, align: 'right' },
  { key: 'amount', x: 460, width: 85, align: 'right' },
] as const;

export function renderInvoicePdf(data: InvoicePdfData): Promise<Buffer> {
  const { locale, messages: t } = pdfLocale(data.customer.locale, data.business.locale);
  const fmt = formatters(locale, data.invoice.currency, data.business.timeZone);
  const accent = brandColor(data.business.accentColor, '#f59e0b');
  const { invoice } = data;
  const title = `${t.invoice} ${invoice.number ?? ''}`.trim();
  // Header band in the business's colour, its name in white; an accent rule beneath.
  const { doc, done, primary, finish } = startBrandedPdf({ lang: locale, title, heading: t.invoice, business: data.business, renderedAt: data.renderedAt });
  doc.rect(0, 90, PAGE.width, 4).fill(accent);

  // Bill-to on the left, the invoice's facts on the right.
  const billToBottom = customerBlock(doc, t.billTo, data.customer, data.business, locale);
  const facts: [string, string][] = [
    [t.number, invoice.number ?? '—'],
    [t.issueDate, fmt.date(invoice.issueDate)],
    [t.dueDate, fmt.date(invoice.dueDate)],
    [t.status, t.statuses[invoice.status]],
  ];
  if (invoice.recurringLabel) facts.push([t.recurring, invoice.recurringLabel]);
  let y = 120;
  for (const [label, value] of facts) {
    doc.fillColor('#6b7280').font('Helvetica').fontSize(9).text(label, 320, y, { width: 105 });
    doc.fillColor('#111827').font('Helvetica-Bold').fontSize(10).text(value, 425, y, { width: 120, align: 'right' });
    y += 16;
  }

  // Line items.
  y = Math.max(y, 180, billToBottom) + 20;
  doc.rect(PAGE.margin, y - 5, PAGE.width - 2 * PAGE.margin, 20).fill(primary);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(9);
  for (const column of COLUMNS) doc.text(t[column.key], column.x + 4, y, { width: column.width - 8, align: column.align });
  y += 22;
  doc.font('Helvetica').fontSize(10).fillColor('#111827');
  for (const line of data.lines) {
    const cells: Record<(typeof COLUMNS)[number]['key'], string> = {
      description: line.description,
      quantity: fmt.number(line.quantity),
      unitPrice: fmt.money(line.unitPriceMinor),
      taxRate: fmt.percent(line.taxRateBp),
      amount: fmt.money(line.totalMinor),
    };
    const height = doc.heightOfString(cells.description, { width: COLUMNS[0].width - 8 });
    if (y + height > PAGE.height - 160) {
      doc.addPage();
      y = PAGE.margin;
    }
    for (const column of COLUMNS) doc.text(cells[column.key], column.x + 4, y, { width: column.width - 8, align: column.align });
    y += height + 8;
    doc
      .moveTo(PAGE.margin, y - 4)
      .lineTo(PAGE.width - PAGE.margin, y - 4)
      .lineWidth(0.5)
      .strokeColor('#e5e7eb')
      .stroke();
  }

  // Totals, the amount due emphasised in the business's colour.
  y += 10;
  const totals: [string, string, boolean][] = [
    [t.subtotal, fmt.money(invoice.subtotalMinor), false],
    [t.tax, fmt.money(invoice.taxMinor), false],
    [t.total, fmt.money(invoice.totalMinor), true],
  ];
  // The ledger (balance.ts): what credit notes took off, what was received and given back.
  if (invoice.creditedMinor > 0) totals.push([t.credited, fmt.money(invoice.creditedMinor), false]);
  totals.push([t.paid, fmt.money(receivedMinor(invoice)), false]);
  if (invoice.refundedMinor > 0) totals.push([t.refunded, fmt.money(invoice.refundedMinor), false]);
  for (const [label, value, bold] of totals) {
    doc
      .fillColor('#374151')
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(10)
      .text(label, 320, y, { width: 120 });
    doc.text(value, 440, y, { width: 105, align: 'right' });
    y += 16;
  }
  doc.rect(315, y, PAGE.width - PAGE.margin - 315, 24).fill(accent);
  doc
    .fillColor('#111827')
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(t.amountDue, 320, y + 7, { width: 120 });
  doc.text(fmt.money(invoice.amountDueMinor), 440, y + 7, { width: 105, align: 'right' });
  y += 44;
  y = history(doc, data, t, fmt, y);

  if (invoice.notes) {
    if (y > PAGE.height - 120) {
      doc.addPage();
      y = PAGE.margin;
    }
    doc.fillColor('#6b7280').font('Helvetica').fontSize(9).text(t.notes.toUpperCase(), PAGE.margin, y);
    doc
      .fillColor('#111827')
      .fontSize(10)
      .text(invoice.notes, PAGE.margin, y + 14, { width: PAGE.width - 2 * PAGE.margin });
    y = doc.y + 20;
  }

  const { contact } = data.business;
  const mentions = frenchInvoiceMentions({ businessLocale: data.business.locale, dueDate: invoice.dueDate, issueDate: invoice.issueDate, ...contact });
  if (mentions.length > 0) {
    if (y > PAGE.height - 150) {
      doc.addPage();
      y = PAGE.margin;
    }
    doc.fillColor('#4b5563').font('Helvetica').fontSize(8);
    doc.text(printable(mentions.join('\n')), PAGE.margin, y, { width: PAGE.width - 2 * PAGE.margin, paragraphGap: 3 });
  }

  finish();
  return done;
}

type Formatters = ReturnType<typeof formatters>;
type Doc = ReturnType<typeof startBrandedPdf>['doc'];

/** Each payment (with what of it was given back) and each credit note, oldest first: the ledger's lines. */
function history(doc: Doc, data: InvoicePdfData, t: PdfMessages, fmt: Formatters, top: number): number {
  type Row = { at: Date; label: string; amount: string; note: string };
  const rows: Row[] = [
    ...data.payments.map((p) => ({
      at: p.receivedAt,
      label: p.last4 ? `${methodName(t, p.method)} **** ${p.last4}` : methodName(t, p.method),
      amount: fmt.money(p.amountMinor),
      note: p.refundedMinor > 0 ? `${t.refunded} ${fmt.money(p.refundedMinor)}` : '',
    })),
    ...data.creditNotes.map((c) => ({ at: c.issuedAt, label: `${t.creditNote} ${c.number}`, amount: fmt.money(c.amountMinor), note: '' })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (rows.length === 0) return top;
  let y = top;
  if (y + 40 + rows.length * 16 > PAGE.height - 60) {
    doc.addPage();
    y = PAGE.margin;
  }
  doc.fillColor('#6b7280').font('Helvetica').fontSize(9).text(t.history.toUpperCase(), PAGE.margin, y);
  y += 16;
  for (const row of rows) {
    doc.fillColor('#111827').font('Helvetica').fontSize(10);
    doc.text(fmt.instant(row.at), PAGE.margin, y, { width: 130 });
    doc.text(printable(row.label), PAGE.margin + 135, y, { width: 190 });
    doc.text(row.amount, 330, y, { width: 105, align: 'right' });
    if (row.note) doc.fillColor('#6b7280').text(row.note, 440, y, { width: 105, align: 'right' });
    y += 16;
  }
  return y + 20;
}

function methodName(t: PdfMessages, method: string): string {
  return method in t.methods ? t.methods[method as keyof PdfMessages['methods']] : method;
}

function formatters(locale: string, currency: string, timeZone: string) {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  return {
    /** A moment (a payment received), as the business's calendar date. */
    instant: (value: Date) => printable(instant.format(value)),
    money: pdfMoney(locale, currency),
    number: (value: number) => printable(number.format(value)),
    percent: (basisPoints: number) => printable(percent.format(basisPoints / 10_000)),
    // Calendar dates are already the business's local dates: print them as they are.
    date: (value: string | null) => (value ? printable(date.format(new Date(`${value}T00:00:00Z`))) : '—'),
  };
}
