// The signed PDF before its seal: the signature stamped where staff placed it (or on an appended
// signature page) and a certificate page with the audit trail, in the signer's language.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { TZDate } from '@date-fns/tz';
import type { Language } from '../common/languages.js';
import { INTL_LOCALE } from '../common/languages.js';

export type StampPlacement = { page: number; x: number; y: number; width: number; height: number } | 'APPEND';

export type SignatureMark = { typedName: string } | { png: Uint8Array };

export interface CertificateFacts {
  requestId: string;
  title: string;
  business: string;
  signerName: string;
  signerEmail: string;
  signedAt: Date;
  timeZone: string;
  ip: string | null;
  userAgent: string | null;
  disclosureVersion: string;
  consentedAt: Date;
  codeVerifiedAt: Date;
  originalSha256: string;
}

const EN = {
  signaturePage: 'Signature',
  signedBy: 'Signed electronically by',
  certificate: 'Certificate of electronic signature',
  intro: 'This page records how this document was signed. The file is sealed: any later change to it breaks the seal.',
  document: 'Document',
  business: 'Business',
  signer: 'Signer',
  email: 'Email',
  signedAtLocal: 'Signed at (business time)',
  signedAtUtc: 'Signed at (UTC)',
  ip: 'IP address',
  userAgent: 'Browser',
  consent: 'Consent to sign electronically',
  consentValue: 'given {at}, disclosure version {version}',
  codeVerified: 'Identity: one-time code sent by email, verified at',
  original: 'SHA-256 of the original document',
  request: 'Signing request',
  unknown: 'not recorded',
};
type Words = typeof EN;

const WORDS: Record<Language, Words> = {
  en: EN,
  fr: {
    signaturePage: 'Signature',
    signedBy: 'Signé électroniquement par',
    certificate: 'Certificat de signature électronique',
    intro: 'Cette page atteste de la manière dont ce document a été signé. Le fichier est scellé : toute modification ultérieure rompt le sceau.',
    document: 'Document',
    business: 'Entreprise',
    signer: 'Signataire',
    email: 'E-mail',
    signedAtLocal: "Signé le (heure de l'entreprise)",
    signedAtUtc: 'Signé le (UTC)',
    ip: 'Adresse IP',
    userAgent: 'Navigateur',
    consent: 'Consentement à la signature électronique',
    consentValue: 'donné le {at}, version du texte {version}',
    codeVerified: 'Identité : code à usage unique envoyé par e-mail, vérifié le',
    original: 'SHA-256 du document original',
    request: 'Demande de signature',
    unknown: 'non enregistré',
  },
  es: {
    signaturePage: 'Firma',
    signedBy: 'Firmado electrónicamente por',
    certificate: 'Certificado de firma electrónica',
    intro: 'Esta página registra cómo se firmó este documento. El archivo está sellado: cualquier cambio posterior rompe el sello.',
    document: 'Documento',
    business: 'Empresa',
    signer: 'Firmante',
    email: 'Correo electrónico',
    signedAtLocal: 'Firmado el (hora de la empresa)',
    signedAtUtc: 'Firmado el (UTC)',
    ip: 'Dirección IP',
    userAgent: 'Navegador',
    consent: 'Consentimiento para firmar electrónicamente',
    consentValue: 'dado el {at}, versión del texto {version}',
    codeVerified: 'Identidad: código de un solo uso enviado por correo electrónico, verificado el',
    original: 'SHA-256 del documento original',
    request: 'Solicitud de firma',
    unknown: 'no registrado',
  },
};

/** Characters the standard fonts cannot draw become '?', so an unusual name never fails a signature. */
function drawable(font: PDFFont, text: string): string {
  const known = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text.replace(/\u202f/g, '\u00a0')) out += known.has(ch.codePointAt(0) ?? 0) ? ch : '?';
  return out;
}

function stamp(dateTime: Date, timeZone: string, language: Language): string {
  const local = new TZDate(dateTime.getTime(), timeZone);
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'long', timeStyle: 'long', timeZone }).format(local);
}

function utc(dateTime: Date): string {
  return dateTime
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

/** Wraps text to lines no wider than `width` at this size. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
      // A word longer than the line (a hash, a user agent) is cut.
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

async function drawMark(
  doc: PDFDocument,
  page: PDFPage,
  box: { x: number; y: number; width: number; height: number },
  mark: SignatureMark,
  script: PDFFont,
  small: PDFFont,
  caption: string,
): Promise<void> {
  if ('png' in mark) {
    const image = await doc.embedPng(mark.png);
    const scale = Math.min(box.width / image.width, (box.height * 0.8) / image.height, 1);
    page.drawImage(image, { x: box.x, y: box.y + box.height * 0.2, width: image.width * scale, height: image.height * scale });
  } else {
    const name = drawable(script, mark.typedName);
    let size = Math.min(28, box.height * 0.6);
    while (size > 8 && script.widthOfTextAtSize(name, size) > box.width) size -= 1;
    page.drawText(name, { x: box.x, y: box.y + box.height * 0.3, size, font: script, color: rgb(0.05, 0.1, 0.35) });
  }
  page.drawLine({ start: { x: box.x, y: box.y + box.height * 0.2 }, end: { x: box.x + box.width, y: box.y + box.height * 0.2 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
  page.drawText(drawable(small, caption), { x: box.x, y: box.y + box.height * 0.2 - 9, size: 7, font: small, color: rgb(0.3, 0.3, 0.3) });
}

/** The original PDF with the signature stamped and the certificate page appended (not yet sealed). */
export async function signedPdf(original: Uint8Array, placement: StampPlacement, mark: SignatureMark, facts: CertificateFacts, language: Language): Promise<Uint8Array> {
  const words = WORDS[language];
  const doc = await PDFDocument.load(original);
  const script = await doc.embedFont(StandardFonts.TimesRomanItalic);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const caption = `${words.signedBy} ${facts.signerName}, ${utc(facts.signedAt)}`;
  const pages = doc.getPages();
  const target = placement === 'APPEND' ? null : pages[placement.page - 1];
  if (placement !== 'APPEND' && target) {
    await drawMark(doc, target, placement, mark, script, regular, caption);
  } else {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(drawable(bold, `${words.signaturePage}: ${facts.title}`), { x: 50, y: 780, size: 16, font: bold });
    await drawMark(doc, page, { x: 50, y: 640, width: 300, height: 90 }, mark, script, regular, caption);
  }

  // The certificate page.
  const page = doc.addPage([595.28, 841.89]);
  let y = 790;
  page.drawText(drawable(bold, words.certificate), { x: 50, y, size: 16, font: bold });
  y -= 24;
  for (const line of wrap(regular, drawable(regular, words.intro), 9, 495)) {
    page.drawText(line, { x: 50, y, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) });
    y -= 12;
  }
  y -= 10;
  const rows: [string, string][] = [
    [words.document, facts.title],
    [words.business, facts.business],
    [words.signer, facts.signerName],
    [words.email, facts.signerEmail],
    [words.signedAtLocal, `${stamp(facts.signedAt, facts.timeZone, language)} (${facts.timeZone})`],
    [words.signedAtUtc, utc(facts.signedAt)],
    [words.ip, facts.ip ?? words.unknown],
    [words.userAgent, facts.userAgent ?? words.unknown],
    [words.consent, words.consentValue.replace('{at}', utc(facts.consentedAt)).replace('{version}', facts.disclosureVersion)],
    [words.codeVerified, utc(facts.codeVerifiedAt)],
    [words.original, facts.originalSha256],
    [words.request, facts.requestId],
  ];
  for (const [label, value] of rows) {
    page.drawText(drawable(bold, label), { x: 50, y, size: 9, font: bold });
    y -= 12;
    for (const line of wrap(regular, drawable(regular, value), 10, 495)) {
      page.drawText(line, { x: 50, y, size: 10, font: regular });
      y -= 13;
    }
    y -= 6;
  }
  return doc.save({ useObjectStreams: false });
}
