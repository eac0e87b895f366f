// What part of an emailed reply is the reply: the text above the quoted history and the signature.
// Mail clients quote the message they answer below a header ("On … wrote:", "Le … a écrit :",
// Outlook's "From: … Sent: …" block or "-----Original Message-----") and often as "> " lines;
// people sign with "-- " or their phone adds "Sent from my iPhone". Everything from the first of
// those on is dropped. Our own notification emails start with REPLY_ABOVE_LINE, so whatever the
// client does with the quote, nothing below that marker is ever taken for the reply.
import type { Language } from '../../common/languages.js';

/** The line our emails that accept a reply start with, in the recipient's language. */
export const REPLY_ABOVE_LINE: Record<Language, string> = {
  en: '##- Please type your reply above this line -##',
  fr: '##- Veuillez écrire votre réponse au-dessus de cette ligne -##',
  es: '##- Escriba su respuesta encima de esta línea -##',
};

// Any language's marker (and one we add later): the delimiters are what is recognised.
const MARKER = /##-.*-##/;

// Quote headers, matched on up to three lines joined (clients wrap long ones), in the languages we
// write in. Each also needs a date, a time or an address, so a sentence that happens to start with
// "On" and end with "wrote:" is not one.
const QUOTE_HEADERS = [
  /^On\s.+\swrote:$/i, // Gmail, Apple Mail, Outlook mobile, Thunderbird (en)
  /^Le\s.+\sa\s+écrit\s*:$/i, // fr
  /^El\s.+\sescribió\s*:$/i, // es
  /^.{0,200}<[^>\s]+@[^>\s]+>\s+(wrote|a écrit|escribió)\s*:$/i, // "Name <address> wrote:" without "On …"
];
const DATE_OR_ADDRESS = /\d{1,2}:\d{2}|\b\d{4}\b|@/;

// Separators some clients put above the quoted message.
const ORIGINAL_MESSAGE = /^[-_\s]*(original message|message d'origine|message d’origine|mensaje original|forwarded message|message transféré|mensaje reenviado)[-_\s]*$/i;
// Outlook's header block: "From:", then "Sent:"/"Date:" and "To:"/"Subject:" on the next lines (in
// each language); all three, so a reply that says "From: 9am" and "Date: Friday" is not cut there.
const OUTLOOK_FROM = /^\*?(from|de|expéditeur)\s*:\*?\s/i;
const OUTLOOK_SENT = /^\*?(sent|date|envoyé|enviado|fecha)\s*:\*?\s/i;
const OUTLOOK_TO_OR_SUBJECT = /^\*?(to|cc|subject|à|objet|para|asunto)\s*:\*?\s/i;
const OUTLOOK_RULE = /^_{10,}$/;

// The signature delimiter ("-- ", often with its space trimmed on the way).
const SIGNATURE = /^--\s*$/;
// Footers phones and apps add under the text.
const MOBILE_FOOTERS = [
  /^(sent|envoyé|enviado)\s+(from|with|de|depuis|avec|desde|con)\s+(my|mon|ma|mi)\s.{1,60}$/i,
  /^(sent|envoyé|enviado)\s+(from|de|depuis|desde)\s+(outlook|yahoo|mail|gmail|aol|proton|samsung|the )\b.{0,60}$/i,
  /^(get|obtenir|obtener|télécharger|descargar)\s+outlook\s+(for|pour|para)\s.{1,30}$/i,
];

/** The reply a person wrote in `text` (an email's plain text), '' when there is none. */
export function replyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = 0;
  for (; end < lines.length; end++) {
    const line = lines[end]?.trim() ?? '';
    if (MARKER.test(line) || ORIGINAL_MESSAGE.test(line) || SIGNATURE.test(line) || isQuoteHeader(lines, end) || isOutlookHeader(lines, end)) break;
  }
  const kept = lines
    .slice(0, end)
    // A quote left without a header (or answered between its lines) is still not the reply.
    .filter((line) => !line.trimStart().startsWith('>'))
    .map((line) => line.trimEnd());
  while (kept.length > 0) {
    const last = kept[kept.length - 1]?.trim() ?? '';
    if (last === '' || MOBILE_FOOTERS.some((footer) => footer.test(last))) kept.pop();
    else break;
  }
  while (kept.length > 0 && kept[0]?.trim() === '') kept.shift();
  // Blank lines left where quotes were removed: at most one in a row.
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isQuoteHeader(lines: string[], at: number): boolean {
  let joined = '';
  for (let i = at; i < Math.min(lines.length, at + 3); i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '' || (i > at && line.startsWith('>'))) return false;
    joined = joined ? `${joined} ${line}` : line;
    if (joined.length > 400) return false;
    if (QUOTE_HEADERS.some((header) => header.test(joined)) && DATE_OR_ADDRESS.test(joined)) return true;
  }
  return false;
}

function isOutlookHeader(lines: string[], at: number): boolean {
  const line = lines[at]?.trim() ?? '';
  if (OUTLOOK_RULE.test(line)) return OUTLOOK_FROM.test(lines[at + 1]?.trim() ?? '');
  if (!OUTLOOK_FROM.test(line)) return false;
  const next = lines.slice(at + 1, at + 6).map((l) => l.trim());
  return next.some((l) => OUTLOOK_SENT.test(l)) && next.some((l) => OUTLOOK_TO_OR_SUBJECT.test(l));
}
