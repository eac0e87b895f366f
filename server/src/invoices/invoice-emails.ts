// The email that sends a customer their invoice, in French for a French-speaking customer and
// in English otherwise. It links to the invoice in the portal, where the PDF and payment are.
import { emailLocale } from '../auth/auth.emails.js';
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

export function invoiceLetter(locale: string | null | undefined, businessLocale: string, v: InvoiceLetterValues): { subject: string; text: string } {
  const lang = emailLocale(locale, businessLocale);
  const total = formatMinor(lang, v.currency, v.totalMinor);
  const due = formatMinor(lang, v.currency, v.amountDueMinor);
  if (lang === 'fr') {
    return {
      subject: `Facture ${v.number} de ${v.business}`,
      text: `Bonjour ${v.name},\n\nVoici votre facture ${v.number} de ${v.business}, d'un montant de ${total}. Reste à payer : ${due}${v.dueDate ? `, avant le ${v.dueDate}` : ''}.\n\nConsultez-la, téléchargez le PDF et réglez-la dans votre espace client :\n\n${v.link}\n`,
    };
  }
  return {
    subject: `Invoice ${v.number} from ${v.business}`,
    text: `Hello ${v.name},\n\nHere is your invoice ${v.number} from ${v.business} for ${total}. Amount due: ${due}${v.dueDate ? `, by ${v.dueDate}` : ''}.\n\nView it, download the PDF and pay it in your customer portal:\n\n${v.link}\n`,
  };
}
