// What every PDF Portico renders shares: an A4 document in the customer's language with real text,
// a header band in the business's colour, the seller's identity and contact details at the foot of
// every page, the customer's name and address, and numbers the standard fonts can print.
import PDFDocument from 'pdfkit';
import { formatMinor } from '../common/money.js';
import { postalAddressLine, postalAddressLines, type PostalAddress } from '../common/postal-address.js';
import type { Tenant } from '../generated/prisma/client.js';
import { toBusinessContact } from '../tenants/business-contact.js';
import type { BusinessContact } from '../tenants/tenants.types.js';

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
  business: PdfBusiness;
  /** The business's logo (PNG or JPEG bytes), drawn at the left of the band; anything else is left out. */
  logo?: Uint8Array | null;
  /** Stamped as the creation date, so the same document renders to the same bytes. */
  renderedAt: Date;
}

/** The seller as every PDF prints it: branding, language, and how to reach it. */
export interface PdfBusiness {
  name: string;
  primaryColor: string;
  accentColor: string;
  locale: string;
  timeZone: string;
  contact: BusinessContact;
  /** The logo (PNG or JPEG bytes) for the header band; pdf/business-logo.ts reads it. */
  logo?: Uint8Array | null;
}

export function pdfBusiness(tenant: Tenant): PdfBusiness {
  const { name, primaryColor, accentColor, locale, timeZone } = tenant;
  return { name, primaryColor, accentColor, locale, timeZone, contact: toBusinessContact(tenant) };
}

/** The customer a document is addressed to; the address is their first service address, if any. */
export interface PdfCustomer {
  name: string;
  email: string;
  locale: string | null;
  address: PostalAddress | null;
}

/**
 * Starts the document with its header band drawn. Call `finish()` instead of `doc.end()`: it
 * prints the seller's footer on every page, then ends the document; `done` resolves with the bytes.
 */
export function startBrandedPdf(options: BrandedPdfOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer>; primary: string; finish: () => void } {
  const { business } = options;
  const primary = brandColor(business.primaryColor, '#1d4ed8');
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4.margin,
    bufferPages: true,
    lang: options.lang,
    info: { Title: options.title, Author: business.name, Creator: 'Portico', Producer: 'Portico', CreationDate: options.renderedAt },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  doc.rect(0, 0, A4.width, 90).fill(primary);
  const logoWidth = drawLogo(doc, options.logo ?? business.logo ?? null);
  const nameX = A4.margin + (logoWidth ? logoWidth + 12 : 0);
  doc
    .fillColor('#ffffff')
    .font('Helvetica-Bold')
    .fontSize(logoWidth ? 16 : 22)
    .text(business.name, nameX, logoWidth ? 36 : 32, { width: 330 - (nameX - A4.margin), height: 44, ellipsis: true });
  doc.fontSize(18).text(options.heading.toUpperCase(), 345, 36, { width: 200, align: 'right' });
  const finish = () => {
    const pages = doc.bufferedPageRange();
    for (let page = pages.start; page < pages.start + pages.count; page++) {
      doc.switchToPage(page);
      sellerFooter(doc, business, options.lang);
    }
    doc.end();
  };
  return { doc, done, primary, finish };
}

const LOGO_BOX = { height: 54, maxWidth: 130, padding: 5 };

/**
 * The logo on a white tile at the left of the band (a logo is drawn for a white page, whatever
 * the business's colour); returns the tile's width, 0 when there is no logo pdfkit can draw
 * (it reads PNG and JPEG only: a WebP logo is left out, and the name alone is printed).
 */
function drawLogo(doc: PDFKit.PDFDocument, logo: Uint8Array | null): number {
  const image = logo ? openPdfImage(doc, logo) : null;
  if (!image) return 0;
  const inner = LOGO_BOX.height - 2 * LOGO_BOX.padding;
  const scale = Math.min(inner / image.height, (LOGO_BOX.maxWidth - 2 * LOGO_BOX.padding) / image.width);
  const width = image.width * scale + 2 * LOGO_BOX.padding;
  const top = (90 - LOGO_BOX.height) / 2;
  doc.roundedRect(A4.margin, top, width, LOGO_BOX.height, 6).fill('#ffffff');
  doc.image(image.src, A4.margin + LOGO_BOX.padding, top + LOGO_BOX.padding, { width: image.width * scale, height: image.height * scale });
  return width;
}

/** An image read once by pdfkit: its size in pixels, and what to pass to `doc.image` to draw it. */
export interface PdfImage {
  width: number;
  height: number;
  src: Buffer;
}

/**
 * Reads a PNG or JPEG for drawing (sizes known before placing it), or null for anything pdfkit
 * cannot embed. pdfkit's `openImage` is public but missing from its typings; `doc.image` takes
 * the opened image where a Buffer is typed, and embeds it once however often it is drawn.
 */
export function openPdfImage(doc: PDFKit.PDFDocument, bytes: Uint8Array): PdfImage | null {
  if (!isPngOrJpeg(bytes)) return null;
  try {
    const opened = (doc as unknown as { openImage(src: Buffer): { width: number; height: number } }).openImage(Buffer.from(bytes));
    if (!(opened.width > 0 && opened.height > 0)) return null;
    return { width: opened.width, height: opened.height, src: opened as unknown as Buffer };
  } catch {
    return null;
  }
}

/** By their first bytes: the two image formats pdfkit embeds. */
export function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}

type FooterWords = { phone: string; registration: string; vat: string };
const FOOTER_WORDS: Partial<Record<string, FooterWords>> & { en: FooterWords } = {
  en: { phone: 'Tel.', registration: 'Company no.', vat: 'VAT no.' },
  fr: { phone: 'Tél.', registration: 'N° d’immatriculation', vat: 'N° TVA' },
  es: { phone: 'Tel.', registration: 'N.º de registro', vat: 'NIF-IVA' },
  de: { phone: 'Tel.', registration: 'Registernr.', vat: 'USt-IdNr.' },
};

/**
 * The seller block, at the foot of every page: who issues the document (legal name), where it is,
 * how to reach it, and its registration and VAT numbers. A French business's registration number
 * is its SIRET, and is called so in every language.
 */
function sellerFooter(doc: PDFKit.PDFDocument, business: PdfBusiness, lang: string): void {
  const words = FOOTER_WORDS[lang.toLowerCase().split('-')[0] ?? 'en'] ?? FOOTER_WORDS.en;
  const { contact } = business;
  const identity = [contact.legalName ?? business.name, postalAddressLine(contact, { locale: lang, homeCountry: null })].filter(Boolean).join(' · ');
  const reach = [
    contact.phone && `${words.phone} ${contact.phone}`,
    contact.email,
    contact.registrationNumber && `${contact.country === 'FR' ? 'SIRET' : words.registration} ${contact.registrationNumber}`,
    contact.vatNumber && `${words.vat} ${contact.vatNumber}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const bottom = doc.page.margins.bottom;
  // Below the content area: no margin, or pdfkit would start a new page for it.
  doc.page.margins.bottom = 0;
  const y = A4.height - 44;
  doc
    .moveTo(A4.margin, y - 6)
    .lineTo(A4.width - A4.margin, y - 6)
    .lineWidth(0.5)
    .strokeColor('#d1d5db')
    .stroke();
  doc.fillColor('#6b7280').font('Helvetica').fontSize(7.5);
  doc.text(printable(identity), A4.margin, y, { width: A4.width - 2 * A4.margin, align: 'center', lineBreak: false, ellipsis: true, height: 10 });
  if (reach) doc.text(printable(reach), A4.margin, y + 11, { width: A4.width - 2 * A4.margin, align: 'center', lineBreak: false, ellipsis: true, height: 10 });
  doc.page.margins.bottom = bottom;
}

/**
 * The customer's block at the top left (label, name, email, address in their country's format,
 * without the country when it is the seller's); returns the y below it.
 */
export function customerBlock(doc: PDFKit.PDFDocument, label: string, customer: PdfCustomer, business: PdfBusiness, lang: string): number {
  doc.fillColor('#6b7280').font('Helvetica').fontSize(9).text(label.toUpperCase(), A4.margin, 120);
  doc.fillColor('#111827').font('Helvetica-Bold').fontSize(11).text(customer.name, A4.margin, 134, { width: 250 });
  doc.font('Helvetica').fontSize(10);
  const address = customer.address ? postalAddressLines(customer.address, { locale: lang, homeCountry: business.contact.country }) : [];
  for (const line of address) doc.text(printable(line), { width: 250 });
  doc.text(customer.email, { width: 250 });
  return doc.y;
}

/** Minor units as the locale writes money, printable. */
export function pdfMoney(locale: string, currency: string): (minor: number) => string {
  return (minor) => printable(formatMinor(locale, currency, minor));
}

/** The standard PDF fonts lack the narrow no-break space Intl uses in French numbers, and the bullet of card masks. */
export function printable(text: string): string {
  return text.replace(/\u202f/g, '\u00a0').replace(/•/g, '*');
}
