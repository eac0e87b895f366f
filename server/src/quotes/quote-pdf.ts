// Renders a quote as a PDF branded like the invoices (logo, colours, seller footer), in the
// customer's language: the common items, every option (or, for signing, only the option chosen),
// the add-ons (or only those ticked), the totals of the selection, the deposit, validity and
// terms, and a signature box at the end of the last page (where the signatures module stamps).
import { A4 as PAGE, brandColor, customerBlock, pdfMoney, printable, startBrandedPdf, type PdfBusiness, type PdfCustomer } from '../pdf/branded-pdf.js';
import { INTL_LOCALE, writtenLanguage, type Language } from '../common/languages.js';
import type { SignaturePlacement } from './quote-signing.js';

interface Words {
  quote: string;
  preparedFor: string;
  number: string;
  validUntil: string;
  version: string;
  included: string;
  options: string;
  chosen: string;
  addOns: string;
  subtotal: string;
  tax: string;
  total: string;
  deposit: string;
  terms: string;
  signature: string;
}

const WORDS: Record<Language, Words> = {
  en: {
    quote: 'Quote',
    preparedFor: 'Prepared for',
    number: 'Number',
    validUntil: 'Valid until',
    version: 'Version',
    included: 'Included',
    options: 'Options (choose one)',
    chosen: 'Your choice',
    addOns: 'Optional add-ons',
    subtotal: 'Subtotal',
    tax: 'Tax',
    total: 'Total',
    deposit: 'Deposit due on approval',
    terms: 'Terms',
    signature: 'Signature',
  },
  fr: {
    quote: 'Devis',
    preparedFor: 'Établi pour',
    number: 'Numéro',
    validUntil: "Valable jusqu'au",
    version: 'Version',
    included: 'Inclus',
    options: 'Options (à choisir)',
    chosen: 'Votre choix',
    addOns: 'Options supplémentaires',
    subtotal: 'Sous-total',
    tax: 'TVA',
    total: 'Total',
    deposit: "Acompte dû à l'acceptation",
    terms: 'Conditions',
    signature: 'Signature',
  },
  es: {
    quote: 'Presupuesto',
    preparedFor: 'Preparado para',
    number: 'Número',
    validUntil: 'Válido hasta',
    version: 'Versión',
    included: 'Incluido',
    options: 'Opciones (elija una)',
    chosen: 'Su elección',
    addOns: 'Complementos opcionales',
    subtotal: 'Subtotal',
    tax: 'Impuestos',
    total: 'Total',
    deposit: 'Depósito al aprobar',
    terms: 'Condiciones',
    signature: 'Firma',
  },
};

export interface QuotePdfLine {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  totalMinor: number;
}

export interface QuotePdfData {
  business: PdfBusiness;
  customer: PdfCustomer;
  quote: { number: string; version: number; title: string; intro: string | null; terms: string | null; validUntil: string; currency: string };
  common: QuotePdfLine[];
  /** All options (a quote as sent), or the one chosen (for signing: `chosen` true). */
  options: { name: string; lines: QuotePdfLine[] }[];
  chosen: boolean;
  addOns: QuotePdfLine[];
  /** The selection's money; null for a quote as sent with options (each option has its own). */
  totals: { subtotalMinor: number; taxMinor: number; totalMinor: number; depositMinor: number } | null;
  renderedAt: Date;
}

/** Where the signature goes: the box drawn at the end of the last page. */
export const SIGNATURE_BOX: SignaturePlacement = { page: -1, x: PAGE.margin, y: 70, width: 220, height: 60 };

export function renderQuotePdf(data: QuotePdfData): Promise<Buffer> {
  const language = writtenLanguage(data.customer.locale, data.business.locale);
  const t = WORDS[language];
  const locale = INTL_LOCALE[language];
  const money = pdfMoney(locale, data.quote.currency);
  const title = `${t.quote} ${data.quote.number}`;
  const { doc, done, primary, finish } = startBrandedPdf({ lang: locale, title, heading: t.quote, business: data.business, renderedAt: data.renderedAt });
  doc.rect(0, 90, PAGE.width, 4).fill(brandColor(data.business.accentColor, '#f59e0b'));
  const bottom = customerBlock(doc, t.preparedFor, data.customer, data.business, locale);
  let y = 120;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.quote.validUntil}T00:00:00Z`));
  for (const [label, value] of [
    [t.number, data.quote.number],
    [t.version, String(data.quote.version)],
    [t.validUntil, date],
  ] as const) {
    doc.fillColor('#6b7280').font('Helvetica').fontSize(9).text(label, 320, y, { width: 105 });
    doc.fillColor('#111827').font('Helvetica-Bold').fontSize(10).text(printable(value), 425, y, { width: 120, align: 'right' });
    y += 16;
  }
  y = Math.max(y, bottom) + 20;
  doc
    .fillColor('#111827')
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(printable(data.quote.title), PAGE.margin, y, { width: PAGE.width - 2 * PAGE.margin });
  if (data.quote.intro)
    doc
      .moveDown(0.5)
      .font('Helvetica')
      .fontSize(10)
      .text(printable(data.quote.intro), { width: PAGE.width - 2 * PAGE.margin });
  y = doc.y + 12;

  const section = (heading: string, lines: QuotePdfLine[]) => {
    if (y > PAGE.height - 200) {
      doc.addPage();
      y = PAGE.margin;
    }
    doc.rect(PAGE.margin, y - 4, PAGE.width - 2 * PAGE.margin, 18).fill(primary);
    doc
      .fillColor('#ffffff')
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(printable(heading), PAGE.margin + 4, y, { width: 400 });
    y += 20;
    doc.font('Helvetica').fontSize(10).fillColor('#111827');
    for (const line of lines) {
      const text = printable(`${line.quantity} × ${line.description}`);
      const height = doc.heightOfString(text, { width: 380 });
      if (y + height > PAGE.height - 160) {
        doc.addPage();
        y = PAGE.margin;
      }
      doc.text(text, PAGE.margin + 4, y, { width: 380 });
      doc.text(money(line.totalMinor), 440, y, { width: 100, align: 'right' });
      y += height + 6;
    }
    y += 6;
  };
  if (data.common.length > 0) section(t.included, data.common);
  for (const option of data.options) section(data.chosen ? `${t.chosen}: ${option.name}` : `${t.options}: ${option.name}`, option.lines);
  if (data.addOns.length > 0) section(t.addOns, data.addOns);

  if (data.totals) {
    const rows: [string, string, boolean][] = [
      [t.subtotal, money(data.totals.subtotalMinor), false],
      [t.tax, money(data.totals.taxMinor), false],
      [t.total, money(data.totals.totalMinor), true],
    ];
    if (data.totals.depositMinor > 0) rows.push([t.deposit, money(data.totals.depositMinor), true]);
    for (const [label, value, bold] of rows) {
      doc
        .fillColor('#374151')
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(10)
        .text(label, 300, y, { width: 140 });
      doc.text(value, 440, y, { width: 100, align: 'right' });
      y += 16;
    }
  }
  if (data.quote.terms) {
    doc
      .fillColor('#111827')
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(t.terms, PAGE.margin, y + 10);
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(printable(data.quote.terms), { width: PAGE.width - 2 * PAGE.margin });
  }
  // The signature box, bottom left of the last page (PDF coordinates from the bottom: SIGNATURE_BOX).
  if (doc.y > PAGE.height - SIGNATURE_BOX.y - SIGNATURE_BOX.height - 80) doc.addPage();
  const top = PAGE.height - SIGNATURE_BOX.y - SIGNATURE_BOX.height;
  doc
    .fillColor('#6b7280')
    .font('Helvetica')
    .fontSize(9)
    .text(t.signature, SIGNATURE_BOX.x, top - 14);
  doc.rect(SIGNATURE_BOX.x, top, SIGNATURE_BOX.width, SIGNATURE_BOX.height).lineWidth(0.5).strokeColor('#9ca3af').stroke();
  finish();
  return done;
}
