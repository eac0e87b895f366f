// Emails about online payments, in French for a French-speaking customer and in English
// otherwise: the receipt once a payment succeeded, and the notice that one failed.
import { emailLocale } from '../auth/auth.emails.js';
import { formatMinor } from '../common/money.js';

interface Letter {
  subject: string;
  text: string;
}

export interface ReceiptValues {
  business: string;
  name: string;
  number: string;
  amountMinor: number;
  amountDueMinor: number;
  currency: string;
  card: string | null;
  link: string;
}

export function receiptLetter(locale: string | null | undefined, businessLocale: string, v: ReceiptValues): Letter {
  const lang = emailLocale(locale, businessLocale);
  const paid = formatMinor(lang, v.currency, v.amountMinor);
  const due = formatMinor(lang, v.currency, v.amountDueMinor);
  if (lang === 'fr') {
    return {
      subject: `Reçu de paiement : facture ${v.number} de ${v.business}`,
      text: `Bonjour ${v.name},\n\nNous avons bien reçu votre paiement de ${paid} pour la facture ${v.number}${v.card ? ` (${v.card})` : ''}. Reste à payer : ${due}.\n\nVotre reçu est disponible dans votre espace client :\n\n${v.link}\n\nMerci,\n${v.business}\n`,
    };
  }
  return {
    subject: `Payment receipt: invoice ${v.number} from ${v.business}`,
    text: `Hello ${v.name},\n\nWe received your payment of ${paid} for invoice ${v.number}${v.card ? ` (${v.card})` : ''}. Amount still due: ${due}.\n\nYour receipt is in your customer portal:\n\n${v.link}\n\nThank you,\n${v.business}\n`,
  };
}

export interface PaymentFailedValues {
  business: string;
  name: string;
  number: string;
  amountMinor: number;
  currency: string;
  reason: string;
  link: string;
}

const REASONS_FR: Record<string, string> = {
  'Your card was declined.': 'Votre carte a été refusée.',
  'Your card has insufficient funds.': 'Le solde de votre carte est insuffisant.',
  'Your card has expired.': 'Votre carte a expiré.',
  "Your card's security code is incorrect.": 'Le code de sécurité de votre carte est incorrect.',
  'We could not authenticate your payment. Please try again or use another payment method.': "Nous n'avons pas pu authentifier votre paiement. Réessayez ou utilisez un autre moyen de paiement.",
  'An error occurred while processing your card. Please try again.': 'Une erreur est survenue lors du traitement de votre carte. Veuillez réessayer.',
};

export function paymentFailedLetter(locale: string | null | undefined, businessLocale: string, v: PaymentFailedValues): Letter {
  const lang = emailLocale(locale, businessLocale);
  const amount = formatMinor(lang, v.currency, v.amountMinor);
  if (lang === 'fr') {
    return {
      subject: `Échec du paiement : facture ${v.number} de ${v.business}`,
      text: `Bonjour ${v.name},\n\nVotre paiement de ${amount} pour la facture ${v.number} n'a pas abouti : ${REASONS_FR[v.reason] ?? v.reason}\n\nAucun montant n'a été prélevé. Vous pouvez réessayer dans votre espace client :\n\n${v.link}\n`,
    };
  }
  return {
    subject: `Payment failed: invoice ${v.number} from ${v.business}`,
    text: `Hello ${v.name},\n\nYour payment of ${amount} for invoice ${v.number} did not go through: ${v.reason}\n\nNothing was charged. You can try again in your customer portal:\n\n${v.link}\n`,
  };
}
