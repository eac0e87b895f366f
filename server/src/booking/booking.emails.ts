// What a customer is told of their appointments (booked, requested, confirmed, declined,
// rescheduled, cancelled): a notification of kind bookingConfirmed or bookingChanged, and these
// emails, in the customer's language, then the business's, then English, when they want that
// kind by email (notifications/notify.ts).
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { Language } from '../common/languages.js';
import { formatWhen } from '../common/dates.js';
import { portalLinks } from '../communications/portal-links.js';
import { notifyCustomer } from '../notifications/notify.js';
import type { CustomerNotificationKind, NotificationParams } from '../notifications/notification-kinds.js';

export type BookingEmail = 'booked' | 'requested' | 'confirmed' | 'declined' | 'rescheduled' | 'cancelled';

interface Values {
  business: string;
  name: string;
  title: string;
  when: string;
  reason: string | null;
  link: string;
}

type Write = (v: Values) => { subject: string; text: string };

const because: Record<Language, (r: string | null) => string> = {
  en: (r) => (r ? `\nReason: ${r}\n` : ''),
  fr: (r) => (r ? `\nMotif : ${r}\n` : ''),
  es: (r) => (r ? `\nMotivo: ${r}\n` : ''),
};

const letters: Record<BookingEmail, Record<Language, Write>> = {
  booked: {
    en: (v) => ({
      subject: `Booked: ${v.title} on ${v.when}`,
      text: `Hello ${v.name},\n\nYour appointment with ${v.business} is confirmed: ${v.title}, ${v.when}.\n\nSee or change it here: ${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Réservé : ${v.title} le ${v.when}`,
      text: `Bonjour ${v.name},\n\nVotre rendez-vous avec ${v.business} est confirmé : ${v.title}, ${v.when}.\n\nPour le consulter ou le modifier : ${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Reservado: ${v.title} el ${v.when}`,
      text: `Hola, ${v.name}:\n\nTu cita con ${v.business} está confirmada: ${v.title}, ${v.when}.\n\nPara verla o cambiarla: ${v.link}\n`,
    }),
  },
  requested: {
    en: (v) => ({
      subject: `Request received: ${v.title} on ${v.when}`,
      text: `Hello ${v.name},\n\n${v.business} has received your appointment request: ${v.title}, ${v.when}. We will email you as soon as it is confirmed.\n\n${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Demande reçue : ${v.title} le ${v.when}`,
      text: `Bonjour ${v.name},\n\n${v.business} a bien reçu votre demande de rendez-vous : ${v.title}, ${v.when}. Nous vous écrirons dès qu'elle sera confirmée.\n\n${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Solicitud recibida: ${v.title} el ${v.when}`,
      text: `Hola, ${v.name}:\n\n${v.business} recibió tu solicitud de cita: ${v.title}, ${v.when}. Te escribiremos en cuanto esté confirmada.\n\n${v.link}\n`,
    }),
  },
  confirmed: {
    en: (v) => ({ subject: `Confirmed: ${v.title} on ${v.when}`, text: `Hello ${v.name},\n\n${v.business} has confirmed your appointment: ${v.title}, ${v.when}.\n\n${v.link}\n` }),
    fr: (v) => ({
      subject: `Confirmé : ${v.title} le ${v.when}`,
      text: `Bonjour ${v.name},\n\n${v.business} a confirmé votre rendez-vous : ${v.title}, ${v.when}.\n\n${v.link}\n`,
    }),
    es: (v) => ({ subject: `Confirmada: ${v.title} el ${v.when}`, text: `Hola, ${v.name}:\n\n${v.business} confirmó tu cita: ${v.title}, ${v.when}.\n\n${v.link}\n` }),
  },
  declined: {
    en: (v) => ({
      subject: `Appointment request declined: ${v.title}`,
      text: `Hello ${v.name},\n\n${v.business} cannot take your appointment request for ${v.title} on ${v.when}.\n${because.en(v.reason)}\nYou can pick another time here: ${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Demande de rendez-vous refusée : ${v.title}`,
      text: `Bonjour ${v.name},\n\n${v.business} ne peut pas accepter votre demande pour ${v.title} le ${v.when}.\n${because.fr(v.reason)}\nVous pouvez choisir un autre créneau ici : ${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Solicitud de cita rechazada: ${v.title}`,
      text: `Hola, ${v.name}:\n\n${v.business} no puede aceptar tu solicitud de cita para ${v.title} el ${v.when}.\n${because.es(v.reason)}\nPuedes elegir otro horario aquí: ${v.link}\n`,
    }),
  },
  rescheduled: {
    en: (v) => ({
      subject: `Moved: ${v.title} is now on ${v.when}`,
      text: `Hello ${v.name},\n\nYour appointment with ${v.business} (${v.title}) is now on ${v.when}.\n\n${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Déplacé : ${v.title} a lieu le ${v.when}`,
      text: `Bonjour ${v.name},\n\nVotre rendez-vous avec ${v.business} (${v.title}) a désormais lieu le ${v.when}.\n\n${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Cambio de fecha: ${v.title} ahora es el ${v.when}`,
      text: `Hola, ${v.name}:\n\nTu cita con ${v.business} (${v.title}) ahora es el ${v.when}.\n\n${v.link}\n`,
    }),
  },
  cancelled: {
    en: (v) => ({
      subject: `Cancelled: ${v.title} on ${v.when}`,
      text: `Hello ${v.name},\n\nYour appointment with ${v.business} (${v.title}, ${v.when}) is cancelled.\n${because.en(v.reason)}\nBook again any time: ${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Annulé : ${v.title} le ${v.when}`,
      text: `Bonjour ${v.name},\n\nVotre rendez-vous avec ${v.business} (${v.title}, ${v.when}) est annulé.\n${because.fr(v.reason)}\nVous pouvez réserver à nouveau à tout moment : ${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Cancelada: ${v.title} el ${v.when}`,
      text: `Hola, ${v.name}:\n\nTu cita con ${v.business} (${v.title}, ${v.when}) está cancelada.\n${because.es(v.reason)}\nPuedes reservar de nuevo cuando quieras: ${v.link}\n`,
    }),
  },
};

// Other letters format their moments the same way (common/dates.ts).
export { formatWhen };

/** Which notification each email goes with; an appointment request received is the booking's receipt. */
const KIND: Record<BookingEmail, CustomerNotificationKind> = {
  booked: 'bookingConfirmed',
  requested: 'bookingConfirmed',
  confirmed: 'bookingConfirmed',
  declined: 'bookingChanged',
  rescheduled: 'bookingChanged',
  cancelled: 'bookingChanged',
};

const CHANGE: Partial<Record<BookingEmail, NotificationParams['change']>> = { declined: 'declined', rescheduled: 'rescheduled', cancelled: 'cancelled' };

/** Tells the customer what became of their appointment, by their preference for the kind. */
export async function notifyBooking(
  ctx: ScopedContext,
  tenant: Tenant,
  kind: BookingEmail,
  job: { id: string; customerId: string; title: string; scheduledStart: Date },
  reason: string | null = null,
): Promise<void> {
  const link = portalLinks.appointment(ctx.deps.config.portalUrl, tenant, job.id);
  await notifyCustomer(ctx, {
    customerId: job.customerId,
    kind: KIND[kind],
    subject: { type: 'job', id: job.id },
    params: { title: job.title, start: job.scheduledStart.toISOString(), change: CHANGE[kind] ?? null },
    letter: (to) =>
      letters[kind][to.language]({ business: tenant.name, name: to.name, title: job.title, when: formatWhen(job.scheduledStart, tenant.timeZone, to.language), reason, link }),
  });
}
