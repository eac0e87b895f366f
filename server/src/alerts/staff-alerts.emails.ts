// The emails staff get when a customer books online, asks for an appointment, sends an urgent
// service request, pays online, reviews a visit or writes a message, in each staff member's
// language (then the business's, then English), for the kinds they want by email.
import type { Language } from '../common/languages.js';
import type { StaffAlertKind } from './staff-alert-roles.js';

export interface StaffAlertValues {
  business: string;
  name: string;
  customer: string;
  /** The service booked or asked for, or the request's first line. */
  what: string;
  /** When the visit is (bookings) or is preferred (requests), formatted for the reader. */
  when: string | null;
  /** 'urgent' or 'emergency' (requests). */
  urgency: string | null;
  /** A payment's amount, written out for the reader. */
  amount: string | null;
  /** The invoice a payment pays. */
  number: string | null;
  /** A review's stars, 1 to 5. */
  rating: number | null;
  link: string;
}

type Write = (v: StaffAlertValues) => { subject: string; text: string };

const URGENCY = {
  en: { urgent: 'Urgent', emergency: 'Emergency' } as Record<string, string>,
  fr: { urgent: 'Urgent', emergency: 'Urgence' } as Record<string, string>,
  es: { urgent: 'Urgente', emergency: 'Emergencia' } as Record<string, string>,
};

const SETTINGS: Record<Language, string> = {
  en: 'You choose how you hear of each kind of notification on your account page.',
  fr: 'Vous choisissez comment être prévenu de chaque type de notification sur la page de votre compte.',
  es: 'Eliges cómo enterarte de cada tipo de notificación en la página de tu cuenta.',
};

const letters: Record<StaffAlertKind, Record<Language, Write>> = {
  newBooking: {
    en: (v) => ({
      subject: `New booking: ${v.what}, ${v.when ?? ''} (${v.customer})`,
      text: `Hello ${v.name},\n\n${v.customer} booked ${v.what} online for ${v.when ?? ''}.\n\nOpen it: ${v.link}\n\nYou get this email because ${v.business} sends new-booking alerts to your role. Owners and admins change this in Settings.\n`,
    }),
    fr: (v) => ({
      subject: `Nouvelle réservation : ${v.what}, ${v.when ?? ''} (${v.customer})`,
      text: `Bonjour ${v.name},\n\n${v.customer} a réservé ${v.what} en ligne pour le ${v.when ?? ''}.\n\nLa voir : ${v.link}\n\nVous recevez cet e-mail car ${v.business} envoie les alertes de nouvelles réservations à votre rôle. Les propriétaires et administrateurs le modifient dans les Paramètres.\n`,
    }),
    es: (v) => ({
      subject: `Nueva reserva: ${v.what}, ${v.when ?? ''} (${v.customer})`,
      text: `Hola ${v.name}:\n\n${v.customer} reservó ${v.what} en línea para el ${v.when ?? ''}.\n\nVerla: ${v.link}\n\nRecibes este correo porque ${v.business} envía los avisos de nuevas reservas a tu rol. Los propietarios y administradores lo cambian en Configuración.\n`,
    }),
  },
  appointmentRequest: {
    en: (v) => ({
      subject: `Appointment request to confirm: ${v.what}, ${v.when ?? ''} (${v.customer})`,
      text: `Hello ${v.name},\n\n${v.customer} asks for ${v.what} on ${v.when ?? ''}. Confirm it, offer another time or decline it in the requests inbox: ${v.link}\n\nYou get this email because ${v.business} sends appointment-request alerts to your role. Owners and admins change this in Settings.\n`,
    }),
    fr: (v) => ({
      subject: `Demande de rendez-vous à confirmer : ${v.what}, ${v.when ?? ''} (${v.customer})`,
      text: `Bonjour ${v.name},\n\n${v.customer} demande ${v.what} le ${v.when ?? ''}. Confirmez-la, proposez un autre créneau ou refusez-la dans les demandes : ${v.link}\n\nVous recevez cet e-mail car ${v.business} envoie les alertes de demandes de rendez-vous à votre rôle. Les propriétaires et administrateurs le modifient dans les Paramètres.\n`,
    }),
    es: (v) => ({
      subject: `Solicitud de cita por confirmar: ${v.what}, ${v.when ?? ''} (${v.customer})`,
      text: `Hola ${v.name}:\n\n${v.customer} pide ${v.what} el ${v.when ?? ''}. Confírmala, propón otro horario o recházala en las solicitudes: ${v.link}\n\nRecibes este correo porque ${v.business} envía los avisos de solicitudes de cita a tu rol. Los propietarios y administradores lo cambian en Configuración.\n`,
    }),
  },
  urgentRequest: {
    en: (v) => ({
      subject: `${URGENCY.en[v.urgency ?? ''] ?? 'Urgent'} service request from ${v.customer}`,
      text: `Hello ${v.name},\n\n${v.customer} sent a service request marked ${(URGENCY.en[v.urgency ?? ''] ?? 'Urgent').toLowerCase()}:\n\n${v.what}\n${v.when ? `\nPreferred time: ${v.when}\n` : ''}\nOpen it: ${v.link}\n\nYou get this email because ${v.business} sends urgent-request alerts to your role. Owners and admins change this in Settings.\n`,
    }),
    fr: (v) => ({
      subject: `Demande d'intervention ${v.urgency === 'emergency' ? "d'urgence" : 'urgente'} de ${v.customer}`,
      text: `Bonjour ${v.name},\n\n${v.customer} a envoyé une demande d'intervention marquée « ${URGENCY.fr[v.urgency ?? ''] ?? 'Urgent'} » :\n\n${v.what}\n${v.when ? `\nHoraire souhaité : ${v.when}\n` : ''}\nLa voir : ${v.link}\n\nVous recevez cet e-mail car ${v.business} envoie les alertes de demandes urgentes à votre rôle. Les propriétaires et administrateurs le modifient dans les Paramètres.\n`,
    }),
    es: (v) => ({
      subject: `Solicitud de servicio ${v.urgency === 'emergency' ? 'de emergencia' : 'urgente'} de ${v.customer}`,
      text: `Hola ${v.name}:\n\n${v.customer} envió una solicitud de servicio marcada como «${URGENCY.es[v.urgency ?? ''] ?? 'Urgente'}»:\n\n${v.what}\n${v.when ? `\nHorario preferido: ${v.when}\n` : ''}\nVerla: ${v.link}\n\nRecibes este correo porque ${v.business} envía los avisos de solicitudes urgentes a tu rol. Los propietarios y administradores lo cambian en Configuración.\n`,
    }),
  },
  paymentReceived: {
    en: (v) => ({
      subject: `Payment received: ${v.amount ?? ''} from ${v.customer}`,
      text: `Hello ${v.name},\n\n${v.customer} paid ${v.amount ?? ''} online for invoice ${v.number ?? ''}.\n\nOpen it: ${v.link}\n\n${SETTINGS.en}\n`,
    }),
    fr: (v) => ({
      subject: `Paiement reçu : ${v.amount ?? ''} de ${v.customer}`,
      text: `Bonjour ${v.name},\n\n${v.customer} a payé ${v.amount ?? ''} en ligne pour la facture ${v.number ?? ''}.\n\nLa voir : ${v.link}\n\n${SETTINGS.fr}\n`,
    }),
    es: (v) => ({
      subject: `Pago recibido: ${v.amount ?? ''} de ${v.customer}`,
      text: `Hola ${v.name}:\n\n${v.customer} pagó ${v.amount ?? ''} en línea de la factura ${v.number ?? ''}.\n\nVerla: ${v.link}\n\n${SETTINGS.es}\n`,
    }),
  },
  reviewSubmitted: {
    en: (v) => ({
      subject: `New review from ${v.customer}: ${v.rating ?? ''}/5`,
      text: `Hello ${v.name},\n\n${v.customer} reviewed ${v.what}: ${v.rating ?? ''} out of 5.\n\nRead it: ${v.link}\n\n${SETTINGS.en}\n`,
    }),
    fr: (v) => ({
      subject: `Nouvel avis de ${v.customer} : ${v.rating ?? ''}/5`,
      text: `Bonjour ${v.name},\n\n${v.customer} a donné son avis sur ${v.what} : ${v.rating ?? ''} sur 5.\n\nLe lire : ${v.link}\n\n${SETTINGS.fr}\n`,
    }),
    es: (v) => ({
      subject: `Nueva reseña de ${v.customer}: ${v.rating ?? ''}/5`,
      text: `Hola ${v.name}:\n\n${v.customer} reseñó ${v.what}: ${v.rating ?? ''} de 5.\n\nLeerla: ${v.link}\n\n${SETTINGS.es}\n`,
    }),
  },
  messageReceived: {
    en: (v) => ({ subject: `New message from ${v.customer}`, text: `Hello ${v.name},\n\n${v.customer} wrote: ${v.what}\n\nOpen it: ${v.link}\n\n${SETTINGS.en}\n` }),
    fr: (v) => ({ subject: `Nouveau message de ${v.customer}`, text: `Bonjour ${v.name},\n\n${v.customer} a écrit : ${v.what}\n\nLe voir : ${v.link}\n\n${SETTINGS.fr}\n` }),
    es: (v) => ({ subject: `Nuevo mensaje de ${v.customer}`, text: `Hola ${v.name}:\n\n${v.customer} escribió: ${v.what}\n\nVerlo: ${v.link}\n\n${SETTINGS.es}\n` }),
  },
  supplyOrderPlaced: {
    en: (v) => ({
      subject: `New supply order ${v.number ?? ''} from ${v.customer}`,
      text: `Hello ${v.name},\n\n${v.customer} ordered supplies (${v.number ?? ''}${v.amount ? `, ${v.amount} to invoice` : ''}). Approve or reject it: ${v.link}\n\n${SETTINGS.en}\n`,
    }),
    fr: (v) => ({
      subject: `Nouvelle commande de fournitures ${v.number ?? ''} de ${v.customer}`,
      text: `Bonjour ${v.name},\n\n${v.customer} a commandé des fournitures (${v.number ?? ''}${v.amount ? `, ${v.amount} à facturer` : ''}). Acceptez-la ou refusez-la : ${v.link}\n\n${SETTINGS.fr}\n`,
    }),
    es: (v) => ({
      subject: `Nuevo pedido de suministros ${v.number ?? ''} de ${v.customer}`,
      text: `Hola ${v.name}:\n\n${v.customer} pidió suministros (${v.number ?? ''}${v.amount ? `, ${v.amount} por facturar` : ''}). Apruébalo o recházalo: ${v.link}\n\n${SETTINGS.es}\n`,
    }),
  },
};

export function staffAlertLetter(kind: StaffAlertKind, locale: Language, values: StaffAlertValues): { subject: string; text: string } {
  return letters[kind][locale](values);
}
