// The emails of an email-address change, in French for a French-speaking customer and in English otherwise.
import { emailLocale } from '../auth/auth.emails.js';
import { TOKEN_LIFETIME_MINUTES } from '../auth/one-time-tokens.js';

interface Letter {
  subject: string;
  text: string;
}

const HOURS = TOKEN_LIFETIME_MINUTES.email_change / 60;

interface Values {
  business: string;
  name: string;
  newEmail: string;
  link: string;
}

const letters = {
  confirm: {
    en: (v: Values): Letter => ({
      subject: `Confirm your new email address for ${v.business}`,
      text: `Hello ${v.name},\n\nYou asked to use this address for your ${v.business} customer account. Confirm it here:\n\n${v.link}\n\nThe link works once and expires in ${HOURS} hours. Until then your current address stays in use. If you did not ask for this, ignore this email.\n`,
    }),
    fr: (v: Values): Letter => ({
      subject: `Confirmez votre nouvelle adresse e-mail pour ${v.business}`,
      text: `Bonjour ${v.name},\n\nVous avez demandé à utiliser cette adresse pour votre compte client ${v.business}. Confirmez-la ici :\n\n${v.link}\n\nLe lien ne fonctionne qu'une fois et expire dans ${HOURS} heures. D'ici là, votre adresse actuelle reste en service. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n`,
    }),
  },
  // Sent instead of the link when the address already belongs to another account: the asker
  // learns nothing, and only the mailbox's owner is told.
  alreadyUsed: {
    en: (v: Values): Letter => ({
      subject: `Email address change for ${v.business}`,
      text: `Hello,\n\nSomeone asked to move a ${v.business} customer account to this address, but an account with this address already exists there. Nothing was changed. If it was you, sign in with this address, or reset its password.\n`,
    }),
    fr: (v: Values): Letter => ({
      subject: `Changement d'adresse e-mail pour ${v.business}`,
      text: `Bonjour,\n\nQuelqu'un a demandé à associer un compte client ${v.business} à cette adresse, mais un compte utilise déjà cette adresse. Rien n'a été modifié. Si c'était vous, connectez-vous avec cette adresse ou réinitialisez son mot de passe.\n`,
    }),
  },
  notice: {
    en: (v: Values): Letter => ({
      subject: `Your ${v.business} email address is about to change`,
      text: `Hello ${v.name},\n\nSomeone signed in to your ${v.business} customer account asked to change its email address to ${v.newEmail}. It changes only once confirmed from that address. If this was not you, change your password now and contact ${v.business}.\n`,
    }),
    fr: (v: Values): Letter => ({
      subject: `Votre adresse e-mail ${v.business} va changer`,
      text: `Bonjour ${v.name},\n\nUne personne connectée à votre compte client ${v.business} a demandé à remplacer son adresse e-mail par ${v.newEmail}. Le changement n'a lieu qu'après confirmation depuis cette adresse. Si ce n'était pas vous, changez votre mot de passe et contactez ${v.business}.\n`,
    }),
  },
};

export function emailChangeLetter(kind: keyof typeof letters, locales: (string | null)[], values: Values): Letter {
  return letters[kind][emailLocale(...locales)](values);
}
