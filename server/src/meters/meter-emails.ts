// The meters' emails, in the customer's language (en, fr, es): the answer to readings sent by email
// (what was taken, flagged for review, refused and why) and the text of the reading reminder.
import type { Language } from '../common/languages.js';
import type { Letter } from '../notifications/notify.js';

export type EmailLineOutcome =
  | { serial: string; kind: string; value: number; status: 'accepted' | 'flagged' }
  | { serial: string | null; kind: string | null; line: string; reason: string };

interface Words {
  subject: string;
  hello: (name: string) => string;
  intro: (business: string) => string;
  taken: string;
  flagged: string;
  refused: string;
  nothing: string;
  how: string;
  reasons: Record<string, string>;
  kinds: Record<string, string>;
  bye: (business: string) => string;
}

const WORDS: Record<Language, Words> = {
  en: {
    subject: 'Your meter readings',
    hello: (name) => `Hello ${name},`,
    intro: (business) => `${business} received your email with meter readings.`,
    taken: 'Taken:',
    flagged: 'Taken, to be checked by our team (far from the usual volume):',
    refused: 'Not taken:',
    nothing: 'We found no readings in it.',
    how: 'Write one line per value, starting with the device serial number, for example:\nSerial: KM-C250-0042\nBlack: 123456\nColour: 23456\nScans: 999',
    reasons: {
      UNKNOWN_SERIAL: 'no device of yours has this serial number',
      AMBIGUOUS_SERIAL: 'several of your devices have this serial number; please contact us',
      UNKNOWN_METER: 'this device has no meter of this kind',
      READING_BELOW_PREVIOUS: 'lower than the previous reading',
      INVALID_VALUE: 'not a whole number',
      NO_SERIAL: 'no serial number before it',
      METER_INACTIVE: 'this meter no longer takes readings',
      DUPLICATE_METER: 'this meter was given twice',
      READ_IN_FUTURE: 'dated in the future',
    },
    kinds: { BLACK: 'Black', COLOUR: 'Colour', SCAN: 'Scans', LARGE_FORMAT: 'Large format', OTHER: 'Other' },
    bye: (business) => `Thank you,\n${business}`,
  },
  fr: {
    subject: 'Vos relevés de compteurs',
    hello: (name) => `Bonjour ${name},`,
    intro: (business) => `${business} a bien reçu votre courriel de relevés de compteurs.`,
    taken: 'Enregistrés :',
    flagged: 'Enregistrés, à vérifier par notre équipe (loin du volume habituel) :',
    refused: 'Non enregistrés :',
    nothing: 'Nous n’y avons trouvé aucun relevé.',
    how: 'Écrivez une ligne par valeur, en commençant par le numéro de série de l’appareil, par exemple :\nSérie : KM-C250-0042\nNoir : 123456\nCouleur : 23456\nNumérisations : 999',
    reasons: {
      UNKNOWN_SERIAL: 'aucun de vos appareils n’a ce numéro de série',
      AMBIGUOUS_SERIAL: 'plusieurs de vos appareils ont ce numéro de série ; contactez-nous',
      UNKNOWN_METER: 'cet appareil n’a pas de compteur de ce type',
      READING_BELOW_PREVIOUS: 'inférieur au relevé précédent',
      INVALID_VALUE: 'pas un nombre entier',
      NO_SERIAL: 'aucun numéro de série avant cette ligne',
      METER_INACTIVE: 'ce compteur ne prend plus de relevés',
      DUPLICATE_METER: 'ce compteur est donné deux fois',
      READ_IN_FUTURE: 'daté dans le futur',
    },
    kinds: { BLACK: 'Noir', COLOUR: 'Couleur', SCAN: 'Numérisations', LARGE_FORMAT: 'Grand format', OTHER: 'Autre' },
    bye: (business) => `Merci,\n${business}`,
  },
  es: {
    subject: 'Sus lecturas de contadores',
    hello: (name) => `Hola ${name}:`,
    intro: (business) => `${business} recibió su correo con lecturas de contadores.`,
    taken: 'Registradas:',
    flagged: 'Registradas, para revisar por nuestro equipo (lejos del volumen habitual):',
    refused: 'No registradas:',
    nothing: 'No encontramos ninguna lectura.',
    how: 'Escriba una línea por valor, empezando por el número de serie del equipo, por ejemplo:\nNúmero de serie: KM-C250-0042\nNegro: 123456\nColor: 23456\nEscaneos: 999',
    reasons: {
      UNKNOWN_SERIAL: 'ninguno de sus equipos tiene este número de serie',
      AMBIGUOUS_SERIAL: 'varios de sus equipos tienen este número de serie; contáctenos',
      UNKNOWN_METER: 'este equipo no tiene un contador de este tipo',
      READING_BELOW_PREVIOUS: 'menor que la lectura anterior',
      INVALID_VALUE: 'no es un número entero',
      NO_SERIAL: 'ningún número de serie antes de esta línea',
      METER_INACTIVE: 'este contador ya no admite lecturas',
      DUPLICATE_METER: 'este contador aparece dos veces',
      READ_IN_FUTURE: 'con fecha futura',
    },
    kinds: { BLACK: 'Negro', COLOUR: 'Color', SCAN: 'Escaneos', LARGE_FORMAT: 'Gran formato', OTHER: 'Otro' },
    bye: (business) => `Gracias,\n${business}`,
  },
};

/** The answer to readings sent by email. */
export function readingEmailAnswer(language: Language, values: { business: string; name: string; outcomes: EmailLineOutcome[] }): Letter {
  const w = WORDS[language];
  const kind = (k: string | null) => (k ? (w.kinds[k] ?? k) : '');
  const taken = values.outcomes.flatMap((o) => ('status' in o && o.status === 'accepted' ? [`- ${o.serial} ${kind(o.kind)}: ${o.value}`] : []));
  const flagged = values.outcomes.flatMap((o) => ('status' in o && o.status === 'flagged' ? [`- ${o.serial} ${kind(o.kind)}: ${o.value}`] : []));
  const refused = values.outcomes.flatMap((o) => ('reason' in o ? [`- ${o.line} (${w.reasons[o.reason] ?? o.reason})`] : []));
  const parts = [w.hello(values.name), '', w.intro(values.business)];
  if (taken.length) parts.push('', w.taken, ...taken);
  if (flagged.length) parts.push('', w.flagged, ...flagged);
  if (refused.length) parts.push('', w.refused, ...refused);
  if (!taken.length && !flagged.length && !refused.length) parts.push('', w.nothing);
  if (refused.length || (!taken.length && !flagged.length)) parts.push('', w.how);
  parts.push('', w.bye(values.business));
  return { subject: w.subject, text: parts.join('\n') };
}
