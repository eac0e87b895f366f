// Renders a credit note as a PDF, in the style of the invoice and the receipt: the business's
// colours, the customer's language (common/languages), real text.
import { INTL_LOCALE, writtenLanguage, type Language } from '../common/languages.js';
import { customerBlock, pdfMoney, printable, startBrandedPdf, type PdfBusiness, type PdfCustomer } from '../pdf/branded-pdf.js';

export interface CreditNotePdfData {
  business: PdfBusiness;
  customer: PdfCustomer;
  creditNote: { number: string; invoiceNumber: string | null; amountMinor: number; currency: string; reason: string; issuedAt: Date };
  renderedAt: Date;
}

const WORDS = {
  en: {
    title: 'Credit note',
    to: 'Credited to',
    number: 'Credit note number',
    invoice: 'Invoice',
    date: 'Date',
    amount: 'Amount credited',
    reason: 'Reason',
    note: 'This amount is taken off what you owe on the invoice.',
  },
  fr: {
    title: 'Avoir',
    to: 'Au bénéfice de',
    number: "Numéro d'avoir",
    invoice: 'Facture',
    date: 'Date',
    amount: 'Montant de l’avoir',
    reason: 'Motif',
    note: 'Ce montant est déduit de ce que vous devez sur la facture.',
  },
  es: {
    title: 'Nota de crédito',
    to: 'A favor de',
    number: 'Número de nota de crédito',
    invoice: 'Factura',
    date: 'Fecha',
    amount: 'Importe acreditado',
    reason: 'Motivo',
    note: 'Este importe se descuenta de lo que debes en la factura.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export function renderCreditNotePdf(data: CreditNotePdfData): Promise<Buffer> {
  const lang = writtenLanguage(data.customer.locale, data.business.locale);
  const t = WORDS[lang];
  const { creditNote: note } = data;
  const amount = pdfMoney(INTL_LOCALE[lang], note.currency);
  const when = printable(new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long', timeZone: data.business.timeZone }).format(note.issuedAt));
  const { doc, done, finish } = startBrandedPdf({ lang, title: `${t.title} ${note.number}`, heading: t.title, business: data.business, renderedAt: data.renderedAt });
  const customerBottom = customerBlock(doc, t.to, data.customer, data.business, INTL_LOCALE[lang]);
  const rows: [string, string][] = [
    [t.number, note.number],
    [t.invoice, note.invoiceNumber ?? '—'],
    [t.date, when],
    [t.amount, amount(note.amountMinor)],
  ];
  let y = Math.max(190, customerBottom + 20);
  for (const [label, value] of rows) {
    doc.fillColor('#6b7280').font('Helvetica').fontSize(10).text(label, 50, y, { width: 200 });
    doc.fillColor('#111827').font('Helvetica-Bold').fontSize(11).text(printable(value), 250, y, { width: 295, align: 'right' });
    y += 22;
  }
  doc
    .fillColor('#6b7280')
    .font('Helvetica')
    .fontSize(9)
    .text(t.reason.toUpperCase(), 50, y + 10);
  doc
    .fillColor('#111827')
    .font('Helvetica')
    .fontSize(11)
    .text(printable(note.reason), 50, y + 24, { width: 495 });
  doc
    .fillColor('#374151')
    .fontSize(10)
    .text(t.note, 50, doc.y + 20, { width: 495 });
  finish();
  return done;
}
