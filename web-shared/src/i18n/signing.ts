// The signature pad's words (components/signing/), in every language Portico speaks. An app that
// shows the pad spreads these into its dictionaries (`...signingMessages.fr`); the component looks
// them up with `getI18n<SigningMessageKey>()`.
import type { Locale } from './translate';

const en = {
  'signing.pad.label': 'Draw your signature',
  'signing.pad.hint': 'Sign with your finger or the mouse inside the box.',
  'signing.pad.clear': 'Clear',
  'signing.pad.empty': 'Nothing drawn yet.',
  'signing.pad.drawn': 'Signature drawn.',
} as const;

export type SigningMessageKey = keyof typeof en;

const fr: Record<SigningMessageKey, string> = {
  'signing.pad.label': 'Dessinez votre signature',
  'signing.pad.hint': 'Signez avec le doigt ou la souris dans le cadre.',
  'signing.pad.clear': 'Effacer',
  'signing.pad.empty': 'Rien n’est encore dessiné.',
  'signing.pad.drawn': 'Signature dessinée.',
};

const es: Record<SigningMessageKey, string> = {
  'signing.pad.label': 'Dibuje su firma',
  'signing.pad.hint': 'Firme con el dedo o el ratón dentro del recuadro.',
  'signing.pad.clear': 'Borrar',
  'signing.pad.empty': 'Aún no hay nada dibujado.',
  'signing.pad.drawn': 'Firma dibujada.',
};

/** Spread into each language's dictionary of an app that shows the signature pad. */
export const signingMessages: Record<Locale, Record<SigningMessageKey, string>> = { en, fr, es };
