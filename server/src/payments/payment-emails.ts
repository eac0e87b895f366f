// Emails about online payments, in the customer's language (common/languages): the receipt once
// a payment succeeded, and the notice that one failed.
import { INTL_LOCALE, writtenLanguage, type Language } from '../common/languages.js';
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

const receipts: Record<Language, (v: ReceiptValues, paid: string, due: string) => Letter> = {
  en: (v, paid, due) => ({
    subject: `Payment receipt: invoice ${v.number} from ${v.business}`,
    text: `Hello ${v.name},\n\nWe received your payment of ${paid} for invoice ${v.number}${v.card ? ` (${v.card})` : ''}. Amount still due: ${due}.\n\nYour receipt is in your customer portal:\n\n${v.link}\n\nThank you,\n${v.business}\n`,
  }),
  fr: (v, paid, due) => ({
    subject: `Reçu de paiement : facture ${v.number} de ${v.business}`,
    text: `Bonjour ${v.name},\n\nNous avons bien reçu votre paiement de ${paid} pour la facture ${v.number}${v.card ? ` (${v.card})` : ''}. Reste à payer : ${due}.\n\nVotre reçu est disponible dans votre espace client :\n\n${v.link}\n\nMerci,\n${v.business}\n`,
  }),
  es: (v, paid, due) => ({
    subject: `Recibo de pago: factura ${v.number} de ${v.business}`,
    text: `Hola, ${v.name}:\n\nRecibimos tu pago de ${paid} para la factura ${v.number}${v.card ? ` (${v.card})` : ''}. Importe pendiente: ${due}.\n\nTu recibo está en tu portal de clientes:\n\n${v.link}\n\nGracias,\n${v.business}\n`,
  }),
};

export function receiptLetter(locale: string | null | undefined, businessLocale: string, v: ReceiptValues): Letter {
  const lang = writtenLanguage(locale, businessLocale);
  const intl = INTL_LOCALE[lang];
  return receipts[lang](v, formatMinor(intl, v.currency, v.amountMinor), formatMinor(intl, v.currency, v.amountDueMinor));
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

// The payment provider explains a failure in English; these are its usual explanations in our other languages.
const REASONS: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  fr: {
    'Your card was declined.': 'Votre carte a été refusée.',
    'Your card has insufficient funds.': 'Le solde de votre carte est insuffisant.',
    'Your card has expired.': 'Votre carte a expiré.',
    "Your card's security code is incorrect.": 'Le code de sécurité de votre carte est incorrect.',
    'We could not authenticate your payment. Please try again or use another payment method.':
      "Nous n'avons pas pu authentifier votre paiement. Réessayez ou utilisez un autre moyen de paiement.",
    'An error occurred while processing your card. Please try again.': 'Une erreur est survenue lors du traitement de votre carte. Veuillez réessayer.',
  },
  es: {
    'Your card was declined.': 'Tu tarjeta fue rechazada.',
    'Your card has insufficient funds.': 'Tu tarjeta no tiene fondos suficientes.',
    'Your card has expired.': 'Tu tarjeta está vencida.',
    "Your card's security code is incorrect.": 'El código de seguridad de tu tarjeta es incorrecto.',
    'We could not authenticate your payment. Please try again or use another payment method.': 'No pudimos autenticar tu pago. Inténtalo de nuevo o usa otro medio de pago.',
    'An error occurred while processing your card. Please try again.': 'Ocurrió un error al procesar tu tarjeta. Inténtalo de nuevo.',
  },
};

const failures: Record<Language, (v: PaymentFailedValues, amount: string) => Letter> = {
  en: (v, amount) => ({
    subject: `Payment failed: invoice ${v.number} from ${v.business}`,
    text: `Hello ${v.name},\n\nYour payment of ${amount} for invoice ${v.number} did not go through: ${v.reason}\n\nNothing was charged. You can try again in your customer portal:\n\n${v.link}\n`,
  }),
  fr: (v, amount) => ({
    subject: `Échec du paiement : facture ${v.number} de ${v.business}`,
    text: `Bonjour ${v.name},\n\nVotre paiement de ${amount} pour la facture ${v.number} n'a pas abouti : ${REASONS.fr[v.reason] ?? v.reason}\n\nAucun montant n'a été prélevé. Vous pouvez réessayer dans votre espace client :\n\n${v.link}\n`,
  }),
  es: (v, amount) => ({
    subject: `Pago rechazado: factura ${v.number} de ${v.business}`,
    text: `Hola, ${v.name}:\n\nTu pago de ${amount} para la factura ${v.number} no se procesó: ${REASONS.es[v.reason] ?? v.reason}\n\nNo se cobró nada. Puedes intentarlo de nuevo en tu portal de clientes:\n\n${v.link}\n`,
  }),
};

export function paymentFailedLetter(locale: string | null | undefined, businessLocale: string, v: PaymentFailedValues): Letter {
  const lang = writtenLanguage(locale, businessLocale);
  return failures[lang](v, formatMinor(INTL_LOCALE[lang], v.currency, v.amountMinor));
}
