// What every PDF Portico renders shares: an A4 document in the customer's language with real text,
// a header band in the business's colour, and numbers the standard fonts can print.
import PDFDocument from 'pdfkit';
import { formatMinor } from '../common/money.js';

export const A4 = { margin: 50, width: 595.28, height: 841.89 }; // points

const HEX = /^#[0-9a-f]{6}$/i;

/** A business's colour when it is a plain #rrggbb, else the fallback. */
export function brandColor(value: string, fallback: string): string {
  return HEX.test(value) ? value : fallback;
}

export interface BrandedPdfOptions {
  lang: string;
  title: string;
  /** Printed large at the right of the band, e.g. INVOICE or REÇU. */
  heading: string;
  business: { name: string; primaryColor: string };
  /** Stamped as the creation date, so the same document renders to the same bytes. */
  renderedAt: Date;
}

/** Starts the document with its header band drawn; `done` resolves with the bytes after `doc.end()`. */
export function startBrandedPdf(options: BrandedPdfOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer>; primary: string } {
  const { business } = options;
  const primary = brandColor(business.primaryColor, '#1d4ed8');
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4.margin,
    lang: options.lang,
    info: { Title: options.title, Author: business.name, Creator: 'Portico', Producer: 'Portico', CreationDate: options.renderedAt },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.rect(0, 0, A4.width, 90).fill(primary);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(22).text(business.name, A4.margin, 32, { width: 330 });
  doc.fontSize(18).text(options.heading.toUpperCase(), 345, 36, { width: 200, align: 'right' });
  return { doc, done, primary };
}

/** Minor units as the locale writes money, printable. */
export function pdfMoney(locale: string, currency: string): (minor: number) => string {
  return (minor) => printable(formatMinor(locale, currency, minor));
}

/** The standard PDF fonts lack the narrow no-break space Intl uses in French numbers, and the bullet of card masks. */
export function printable(text: string): string {
  return text.replace(/\u202f/g, '\u00a0').replace(/•/g, '*');
}
