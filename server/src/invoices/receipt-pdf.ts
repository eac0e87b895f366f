// Renders the receipt of one payment as a PDF, beside the invoice PDF and in the same style:
// the business's colours, the customer's language (common/languages), real text.
import { INTL_LOCALE, writtenLanguage, type Language } from '../common/languages.js';
import { customerBlock, pdfMoney, printable, startBrandedPdf, type PdfBusiness, type PdfCustomer } from '../pdf/branded-pdf.js';

export interface ReceiptPdfData {
  business: PdfBusiness;
  customer: PdfCustomer;
  invoiceNumber: string | null;
  payment: { id: string; amountMinor: number; refundedMinor: number; currency: string; method: string; cardBrand: string | null; last4: string | null; paidAt: Date };
  amountDueMinor: number;
  renderedAt: Date;
}

const WORDS = {
  en: {
    receipt: 'Receipt',
    paidBy: 'Paid by',
    invoice: 'Invoice',
    date: 'Date paid',
    method: 'Payment method',
    amount: 'Amount paid',
    refunded: 'Refunded',
    due: 'Still due on the invoice',
    reference: 'Receipt number',
    card: 'Card',
    bank: 'Bank account',
    thanks: 'Thank you for your payment.',
  },
  fr: {
    receipt: 'Reçu',
    paidBy: 'Payé par',
    invoice: 'Facture',
    date: 'Date du paiement',
    method: 'Moyen de paiement',
    amount: 'Montant payé',
    refunded: 'Remboursé',
    due: 'Reste à payer sur la facture',
    reference: 'Numéro de reçu',
    card: 'Carte',
    bank: 'Compte bancaire',
    thanks: 'Merci pour votre paiement.',
  },
  es: {
    receipt: 'Recibo',
    paidBy: 'Pagado por',
    invoice: 'Factura',
    date: 'Fecha de pago',
    method: 'Medio de pago',
    amount: 'Importe pagado',
    refunded: 'Reembolsado',
    due: 'Pendiente de la factura',
    reference: 'Número de recibo',
    card: 'Tarjeta',
    bank: 'Cuenta bancaria',
    thanks: 'Gracias por tu pago.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export function renderReceiptPdf(data: ReceiptPdfData): Promise<Buffer> {
  const lang = writtenLanguage(data.customer.locale, data.business.locale);
  const t = WORDS[lang];
  const amount = pdfMoney(INTL_LOCALE[lang], data.payment.currency);
  const when = printable(new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: data.business.timeZone }).format(data.payment.paidAt));
  const { payment } = data;
  const method = payment.last4
    ? `${payment.method.startsWith('us_bank_account') ? t.bank : t.card} ${payment.cardBrand ?? ''} •••• ${payment.last4}`.replace(/\s+/g, ' ')
    : payment.method;

  const { doc, done, finish } = startBrandedPdf({
    lang,
    title: `${t.receipt} ${data.invoiceNumber ?? ''}`.trim(),
    heading: t.receipt,
    business: data.business,
    renderedAt: data.renderedAt,
  });
  const customerBottom = customerBlock(doc, t.paidBy, data.customer, data.business, lang);
  const rows: [string, string][] = [
    [t.reference, payment.id.slice(0, 8).toUpperCase()],
    [t.invoice, data.invoiceNumber ?? '—'],
    [t.date, when],
    [t.method, method],
    [t.amount, amount(payment.amountMinor)],
  ];
  if (payment.refundedMinor > 0) rows.push([t.refunded, amount(payment.refundedMinor)]);
  rows.push([t.due, amount(data.amountDueMinor)]);
  let y = Math.max(190, customerBottom + 20);
  for (const [label, value] of rows) {
    doc.fillColor('#6b7280').font('Helvetica').fontSize(10).text(label, 50, y, { width: 200 });
    doc.fillColor('#111827').font('Helvetica-Bold').fontSize(11).text(printable(value), 250, y, { width: 295, align: 'right' });
    y += 22;
  }
  doc
    .fillColor('#374151')
    .font('Helvetica')
    .fontSize(11)
    .text(t.thanks, 50, y + 20);
  finish();
  return done;
}
