// The customer's email when their technician sets off ("Luis is on the way, arriving around
// 2:20 PM") and when the promised time changes: in the customer's language, then the business's,
// the time on the business's clock. Sent as the "technician on the way" notification's letter
// (visit-news.ts), so the customer's choice for that kind applies.
import { INTL_LOCALE, type Language } from '../common/languages.js';

/** On the way with a first promised time, or a new time while still on the way. */
export type OnMyWayEmail = 'on_the_way' | 'eta_changed';

export interface OnMyWayValues {
  business: string;
  name: string;
  technician: string;
  title: string;
  /** The promised arrival, formatted for the customer ("2:20 PM", "14:20"). */
  eta: string;
  link: string;
}

type Write = (v: OnMyWayValues) => { subject: string; text: string };

const letters: Record<OnMyWayEmail, Record<Language, Write>> = {
  on_the_way: {
    en: (v) => ({
      subject: `${v.technician} is on the way, arriving around ${v.eta}`,
      text: `Hello ${v.name},\n\n${v.technician} from ${v.business} is on the way for ${v.title} and should arrive around ${v.eta}.\n\nSee your appointment: ${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `${v.technician} est en route, arrivée vers ${v.eta}`,
      text: `Bonjour ${v.name},\n\n${v.technician} (${v.business}) est en route pour ${v.title} et devrait arriver vers ${v.eta}.\n\nVoir votre rendez-vous : ${v.link}\n`,
    }),
    es: (v) => ({
      subject: `${v.technician} va en camino, llegada prevista: ${v.eta}`,
      text: `Hola, ${v.name}:\n\n${v.technician}, de ${v.business}, va en camino para ${v.title}. Hora prevista de llegada: ${v.eta}.\n\nVer tu cita: ${v.link}\n`,
    }),
  },
  eta_changed: {
    en: (v) => ({
      subject: `New arrival time: ${v.technician} is arriving around ${v.eta}`,
      text: `Hello ${v.name},\n\n${v.technician} from ${v.business} is on the way for ${v.title}. The new arrival time is around ${v.eta}.\n\nSee your appointment: ${v.link}\n`,
    }),
    fr: (v) => ({
      subject: `Nouvelle heure d’arrivée : ${v.technician} arrive vers ${v.eta}`,
      text: `Bonjour ${v.name},\n\n${v.technician} (${v.business}) est en route pour ${v.title}. Nouvelle heure d’arrivée : vers ${v.eta}.\n\nVoir votre rendez-vous : ${v.link}\n`,
    }),
    es: (v) => ({
      subject: `Nueva hora de llegada: ${v.technician}, hacia ${v.eta}`,
      text: `Hola, ${v.name}:\n\n${v.technician}, de ${v.business}, va en camino para ${v.title}. Nueva hora prevista de llegada: ${v.eta}.\n\nVer tu cita: ${v.link}\n`,
    }),
  },
};

export function onMyWayLetter(kind: OnMyWayEmail, language: Language, values: OnMyWayValues): { subject: string; text: string } {
  return letters[kind][language](values);
}

/** "2:20 PM" / "14:20": the time of day of `at` on the business's clock, as the customer writes it. */
export function formatArrival(at: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { timeStyle: 'short', timeZone }).format(at);
}
