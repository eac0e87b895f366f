// The email a customer gets for a kind of notification when the code that causes it brings no
// letter of its own (booking, invoice, payment and request emails have theirs): one sentence of
// what happened, in the customer's language, times in the business's zone, and the link to it.
import { INTL_LOCALE, type Language } from '../common/languages.js';
import { formatMinor } from '../common/money.js';
import { formatWhen } from '../common/dates.js';
import type { CustomerNotificationKind, NotificationParams } from './notification-kinds.js';

export interface Letter {
  subject: string;
  text: string;
}

export interface CustomerLetterValues {
  business: string;
  name: string;
  params: NotificationParams;
  timeZone: string;
  link: string;
}

/** What the sentences are made of, already written out for the reader. */
interface Words {
  business: string;
  title: string;
  when: string;
  number: string;
  amount: string;
  technician: string;
  eta: string;
  excerpt: string;
  status: string;
  /** supplyOrderUpdated: the order's status, in words. */
  supplyStatus: string;
  change: string;
  days: string;
  date: string;
  cause: string;
}

type Line = (w: Words) => { subject: string; line: string };

const STATUS: Record<Language, Record<string, string>> = {
  en: { submitted: 'received', reviewed: 'being reviewed', converted: 'scheduled', completed: 'completed', declined: 'declined' },
  fr: { submitted: 'reçue', reviewed: 'en cours d’examen', converted: 'planifiée', completed: 'terminée', declined: 'refusée' },
  es: { submitted: 'recibida', reviewed: 'en revisión', converted: 'programada', completed: 'completada', declined: 'rechazada' },
};

/** A supply order's status (supplyOrderUpdated), as the sentence says it. */
const SUPPLY_STATUS: Record<Language, Record<string, string>> = {
  en: { SUBMITTED: 'received', APPROVED: 'approved', SHIPPED: 'on its way', DELIVERED: 'delivered', CANCELLED: 'cancelled', REJECTED: 'declined' },
  fr: { SUBMITTED: 'reçue', APPROVED: 'acceptée', SHIPPED: 'expédiée', DELIVERED: 'livrée', CANCELLED: 'annulée', REJECTED: 'refusée' },
  es: { SUBMITTED: 'recibido', APPROVED: 'aprobado', SHIPPED: 'en camino', DELIVERED: 'entregado', CANCELLED: 'cancelado', REJECTED: 'rechazado' },
};

const lines: Record<CustomerNotificationKind, Record<Language, Line>> = {
  bookingConfirmed: {
    en: (w) => ({ subject: `Confirmed: ${w.title} on ${w.when}`, line: `Your appointment with ${w.business} is confirmed: ${w.title}, ${w.when}.` }),
    fr: (w) => ({ subject: `Confirmé : ${w.title} le ${w.when}`, line: `Votre rendez-vous avec ${w.business} est confirmé : ${w.title}, ${w.when}.` }),
    es: (w) => ({ subject: `Confirmada: ${w.title} el ${w.when}`, line: `Tu cita con ${w.business} está confirmada: ${w.title}, ${w.when}.` }),
  },
  bookingChanged: {
    en: (w) => ({ subject: `Appointment ${w.change}: ${w.title}`, line: `Your appointment ${w.title} (${w.when}) was ${w.change}.` }),
    fr: (w) => ({ subject: `Rendez-vous ${w.change} : ${w.title}`, line: `Votre rendez-vous ${w.title} (${w.when}) a été ${w.change}.` }),
    es: (w) => ({ subject: `Cita ${w.change}: ${w.title}`, line: `Tu cita ${w.title} (${w.when}) fue ${w.change}.` }),
  },
  technicianOnTheWay: {
    en: (w) => ({ subject: `${w.technician} is on the way`, line: `${w.technician} from ${w.business} is on the way${w.eta ? ` and expects to arrive around ${w.eta}` : ''}.` }),
    fr: (w) => ({ subject: `${w.technician} est en route`, line: `${w.technician} de ${w.business} est en route${w.eta ? ` et pense arriver vers ${w.eta}` : ''}.` }),
    es: (w) => ({ subject: `${w.technician} va en camino`, line: `${w.technician} de ${w.business} va en camino${w.eta ? ` y espera llegar hacia las ${w.eta}` : ''}.` }),
  },
  jobCompleted: {
    en: (w) => ({ subject: `Completed: ${w.title}`, line: `${w.business} has completed your visit: ${w.title}. Thank you!` }),
    fr: (w) => ({ subject: `Terminé : ${w.title}`, line: `${w.business} a terminé votre intervention : ${w.title}. Merci !` }),
    es: (w) => ({ subject: `Completado: ${w.title}`, line: `${w.business} completó tu visita: ${w.title}. ¡Gracias!` }),
  },
  invoiceIssued: {
    en: (w) => ({ subject: `Invoice ${w.number} from ${w.business}`, line: `Invoice ${w.number} for ${w.amount} is ready.` }),
    fr: (w) => ({ subject: `Facture ${w.number} de ${w.business}`, line: `La facture ${w.number} de ${w.amount} est disponible.` }),
    es: (w) => ({ subject: `Factura ${w.number} de ${w.business}`, line: `La factura ${w.number} por ${w.amount} está lista.` }),
  },
  paymentReceived: {
    en: (w) => ({ subject: `Payment received: ${w.amount}`, line: `${w.business} received your payment of ${w.amount} for invoice ${w.number}. Thank you!` }),
    fr: (w) => ({ subject: `Paiement reçu : ${w.amount}`, line: `${w.business} a bien reçu votre paiement de ${w.amount} pour la facture ${w.number}. Merci !` }),
    es: (w) => ({ subject: `Pago recibido: ${w.amount}`, line: `${w.business} recibió tu pago de ${w.amount} de la factura ${w.number}. ¡Gracias!` }),
  },
  paymentFailed: {
    en: (w) => ({ subject: `Payment not completed: invoice ${w.number}`, line: `Your payment of ${w.amount} for invoice ${w.number} did not go through.` }),
    fr: (w) => ({ subject: `Paiement non abouti : facture ${w.number}`, line: `Votre paiement de ${w.amount} pour la facture ${w.number} n’a pas abouti.` }),
    es: (w) => ({ subject: `Pago no completado: factura ${w.number}`, line: `Tu pago de ${w.amount} de la factura ${w.number} no se completó.` }),
  },
  requestStatusChanged: {
    en: (w) => ({ subject: `Your request is ${w.status}`, line: `Your service request${w.excerpt ? ` “${w.excerpt}”` : ''} is ${w.status}.` }),
    fr: (w) => ({ subject: `Votre demande est ${w.status}`, line: `Votre demande d’intervention${w.excerpt ? ` « ${w.excerpt} »` : ''} est ${w.status}.` }),
    es: (w) => ({ subject: `Tu solicitud está ${w.status}`, line: `Tu solicitud de servicio${w.excerpt ? ` «${w.excerpt}»` : ''} está ${w.status}.` }),
  },
  documentShared: {
    en: (w) => ({ subject: `New document: ${w.title}`, line: `${w.business} shared a document with you: ${w.title}.` }),
    fr: (w) => ({ subject: `Nouveau document : ${w.title}`, line: `${w.business} a partagé un document avec vous : ${w.title}.` }),
    es: (w) => ({ subject: `Nuevo documento: ${w.title}`, line: `${w.business} compartió un documento contigo: ${w.title}.` }),
  },
  projectDelayed: {
    en: (w) => ({
      subject: `${w.title}: new expected end date ${w.date}`,
      line: `${w.business} reported a delay of ${w.days} on ${w.title}${w.cause ? ` (${w.cause})` : ''}. The work is now expected to be finished on ${w.date}.`,
    }),
    fr: (w) => ({
      subject: `${w.title} : nouvelle date de fin prévue le ${w.date}`,
      line: `${w.business} signale un retard de ${w.days} sur ${w.title}${w.cause ? ` (${w.cause})` : ''}. La fin des travaux est désormais prévue le ${w.date}.`,
    }),
    es: (w) => ({
      subject: `${w.title}: nueva fecha de fin prevista el ${w.date}`,
      line: `${w.business} informó un retraso de ${w.days} en ${w.title}${w.cause ? ` (${w.cause})` : ''}. Ahora se prevé terminar la obra el ${w.date}.`,
    }),
  },
  quoteSent: {
    en: (w) => ({ subject: `Your quote ${w.number}: ${w.title}`, line: `${w.business} sent you a quote: ${w.title} (${w.number}). Open it to choose an option and approve it.` }),
    fr: (w) => ({
      subject: `Votre devis ${w.number} : ${w.title}`,
      line: `${w.business} vous a envoyé un devis : ${w.title} (${w.number}). Ouvrez-le pour choisir une option et l’accepter.`,
    }),
    es: (w) => ({
      subject: `Su presupuesto ${w.number}: ${w.title}`,
      line: `${w.business} le envió un presupuesto: ${w.title} (${w.number}). Ábralo para elegir una opción y aprobarlo.`,
    }),
  },
  supplyOrderUpdated: {
    en: (w) => ({ subject: `Supply order ${w.number}: ${w.supplyStatus}`, line: `Your supply order ${w.number} with ${w.business} is ${w.supplyStatus}.` }),
    fr: (w) => ({
      subject: `Commande de fournitures ${w.number} : ${w.supplyStatus}`,
      line: `Votre commande de fournitures ${w.number} chez ${w.business} est ${w.supplyStatus}.`,
    }),
    es: (w) => ({ subject: `Pedido de suministros ${w.number}: ${w.supplyStatus}`, line: `Su pedido de suministros ${w.number} con ${w.business} está ${w.supplyStatus}.` }),
  },
  signatureRequested: {
    en: (w) => ({ subject: `Please sign: ${w.title}`, line: `${w.business} asks you to sign ${w.title}. Open it in your portal to read and sign it.` }),
    fr: (w) => ({ subject: `À signer : ${w.title}`, line: `${w.business} vous demande de signer ${w.title}. Ouvrez-le dans votre portail pour le lire et le signer.` }),
    es: (w) => ({ subject: `Para firmar: ${w.title}`, line: `${w.business} le pide firmar ${w.title}. Ábralo en su portal para leerlo y firmarlo.` }),
  },
  meterReadingDue: {
    en: (w) => ({ subject: `Meter reading due by ${w.date}: ${w.title}`, line: `${w.business} needs the meter reading of your ${w.title} by ${w.date}. Enter it in your portal, or send it by email or from your collection agent.` }),
    fr: (w) => ({
      subject: `Relevé de compteur attendu avant le ${w.date} : ${w.title}`,
      line: `${w.business} a besoin du relevé de compteur de votre ${w.title} avant le ${w.date}. Saisissez-le dans votre portail, ou envoyez-le par courriel ou depuis votre agent de collecte.`,
    }),
    es: (w) => ({
      subject: `Lectura de contador pendiente antes del ${w.date}: ${w.title}`,
      line: `${w.business} necesita la lectura del contador de su ${w.title} antes del ${w.date}. Ingrésela en su portal, o envíela por correo o desde su agente de recolección.`,
    }),
  },

  messageReceived: {
    en: (w) => ({ subject: `New message from ${w.business}`, line: `You have a new message from ${w.business}${w.excerpt ? `: “${w.excerpt}”` : '.'}` }),
    fr: (w) => ({ subject: `Nouveau message de ${w.business}`, line: `Vous avez un nouveau message de ${w.business}${w.excerpt ? ` : « ${w.excerpt} »` : '.'}` }),
    es: (w) => ({ subject: `Nuevo mensaje de ${w.business}`, line: `Tienes un nuevo mensaje de ${w.business}${w.excerpt ? `: «${w.excerpt}»` : '.'}` }),
  },
};

const CHANGE: Record<Language, Record<string, string>> = {
  en: { rescheduled: 'moved', cancelled: 'cancelled', declined: 'declined' },
  fr: { rescheduled: 'déplacé', cancelled: 'annulé', declined: 'refusé' },
  es: { rescheduled: 'cambiada', cancelled: 'cancelada', declined: 'rechazada' },
};

const CAUSE: Record<Language, Record<string, string>> = {
  en: { weather: 'weather', permit: 'permit', materials: 'materials', customer_change: 'change requested', other: '' },
  fr: { weather: 'météo', permit: 'permis', materials: 'matériaux', customer_change: 'modification demandée', other: '' },
  es: { weather: 'clima', permit: 'permiso', materials: 'materiales', customer_change: 'cambio solicitado', other: '' },
};

/** "1 day", "12 days", in the reader's language. */
function daysIn(language: Language, days: number): string {
  const plural = new Intl.PluralRules(INTL_LOCALE[language]).select(days) !== 'one';
  const word = { en: ['day', 'days'], fr: ['jour', 'jours'], es: ['día', 'días'] }[language][plural ? 1 : 0];
  return `${days} ${word}`;
}

/** A calendar day (YYYY-MM-DD) written out, e.g. "Friday, March 12, 2027": it has no time, so no zone. */
function dayIn(language: Language, day: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const GREETING: Record<Language, (name: string) => string> = {
  en: (name) => `Hello ${name},`,
  fr: (name) => `Bonjour ${name},`,
  es: (name) => `Hola, ${name}:`,
};

const SETTINGS: Record<Language, string> = {
  en: 'You choose which notifications you get by email in your portal settings.',
  fr: 'Vous choisissez les notifications reçues par e-mail dans les paramètres de votre portail.',
  es: 'Eliges qué notificaciones recibes por correo en la configuración de tu portal.',
};

function timeOf(at: string, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { timeStyle: 'short', timeZone }).format(new Date(at));
}

export function customerLetter(kind: CustomerNotificationKind, language: Language, v: CustomerLetterValues): Letter {
  const p = v.params;
  const words: Words = {
    business: v.business,
    title: p.title ?? '',
    when: p.start ? formatWhen(new Date(p.start), v.timeZone, language) : '',
    number: p.number ?? '',
    amount: p.amountMinor != null && p.currency ? formatMinor(INTL_LOCALE[language], p.currency, p.amountMinor) : '',
    technician: p.technician ?? '',
    eta: p.eta ? timeOf(p.eta, v.timeZone, language) : '',
    excerpt: p.excerpt ?? '',
    status: STATUS[language][p.status ?? ''] ?? p.status ?? '',
    supplyStatus: SUPPLY_STATUS[language][p.status ?? ''] ?? p.status ?? '',
    change: CHANGE[language][p.change ?? ''] ?? '',
    days: p.days != null ? daysIn(language, p.days) : '',
    date: p.date ? dayIn(language, p.date) : '',
    cause: CAUSE[language][p.cause ?? ''] ?? '',
  };
  const { subject, line } = lines[kind][language](words);
  return { subject, text: `${GREETING[language](v.name)}\n\n${line}\n\n${v.link}\n\n${SETTINGS[language]}\n` };
}
