// The email that sends a customer their invoice, in the customer's language (common/languages).
// It links to the invoice in the portal, where the PDF and payment are.
import { INTL_LOCALE, writtenLanguage, type Language } from '../common/languages.js';
import { formatMinor } from '../common/money.js';

export interface InvoiceLetterValues {
  business: string;
  name: string;
  number: string;
  totalMinor: number;
  amountDueMinor: number;
  currency: string;
  dueDate: string | null;
  link: string;
}

type Letter = { subject: string; text: string };
type Amounts = { total: string; due: string };

const letters: Record<Language, (v: InvoiceLetterValues, a: Amounts) => Letter> = {
  en: (v, { total, due }) => ({
    subject: `Invoice ${v.number} from ${v.business}`,
    text: `Hello ${v.name},\n\nHere is your invoice ${v.number} from ${v.business} for ${total}. Amount due: ${due}${v.dueDate ? `, by ${v.dueDate}` : ''}.\n\nView it, download the PDF and pay it in your customer portal:\n\n${v.link}\n`,
  }),
  fr: (v, { total, due }) => ({
    subject: `Facture ${v.number} de ${v.business}`,
    text: `Bonjour ${v.name},\n\nVoici votre facture ${v.number} de ${v.business}, d'un montant de ${total}. Reste à payer : ${due}${v.dueDate ? `, avant le ${v.dueDate}` : ''}.\n\nConsultez-la, téléchargez le PDF et réglez-la dans votre espace client :\n\n${v.link}\n`,
  }),
  es: (v, { total, due }) => ({
    subject: `Factura ${v.number} de ${v.business}`,
    text: `Hola, ${v.name}:\n\nAquí tienes tu factura ${v.number} de ${v.business} por ${total}. Importe pendiente: ${due}${v.dueDate ? `, antes del ${v.dueDate}` : ''}.\n\nConsúltala, descarga el PDF y págala en tu portal de clientes:\n\n${v.link}\n`,
  }),
};

export function invoiceLetter(locale: string | null | undefined, businessLocale: string, v: InvoiceLetterValues): Letter {
  const lang = writtenLanguage(locale, businessLocale);
  const intl = INTL_LOCALE[lang];
  return letters[lang](v, { total: formatMinor(intl, v.currency, v.totalMinor), due: formatMinor(intl, v.currency, v.amountDueMinor) });
}
