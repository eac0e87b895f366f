// The emails of an email-address change (asked by the customer, or started by staff changing the
// customer's contact email), in the customer's language (common/languages).
import type { Language } from '../common/languages.js';
import { emailLanguage } from '../platform/email-locale.js';
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

type Write = (v: Values) => Letter;

const letters: Record<'confirm' | 'alreadyUsed' | 'notice' | 'staffConfirm' | 'staffNotice' | 'changed', Record<Language, Write>> = {
  confirm: {
    en: (v) => ({
      subject: `Confirm your new email address for ${v.business}`,
      text: `Hello ${v.name},\n\nYou asked to use this address for your ${v.business} customer account. Confirm it here:\n\n${v.link}\n\nThe link works once and expires in ${HOURS} hours. Until then your current address stays in use. If you did not ask for this, ignore this email.\n`,
    }),
    fr: (v) => ({
      subject: `Confirmez votre nouvelle adresse e-mail pour ${v.business}`,
      text: `Bonjour ${v.name},\n\nVous avez demandé à utiliser cette adresse pour votre compte client ${v.business}. Confirmez-la ici :\n\n${v.link}\n\nLe lien ne fonctionne qu'une fois et expire dans ${HOURS} heures. D'ici là, votre adresse actuelle reste en service. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n`,
    }),
    es: (v) => ({
      subject: `Confirma tu nuevo correo electrónico para ${v.business}`,
      text: `Hola, ${v.name}:\n\nPediste usar esta dirección para tu cuenta de cliente de ${v.business}. Confírmala aquí:\n\n${v.link}\n\nEl enlace solo funciona una vez y vence en ${HOURS} horas. Mientras tanto, sigues usando tu dirección actual. Si no lo pediste, ignora este correo.\n`,
    }),
  },
  // Sent instead of the link when the address already belongs to another account: the asker
  // learns nothing, and only the mailbox's owner is told.
  alreadyUsed: {
    en: (v) => ({
      subject: `Email address change for ${v.business}`,
      text: `Hello,\n\nSomeone asked to move a ${v.business} customer account to this address, but an account with this address already exists there. Nothing was changed. If it was you, sign in with this address, or reset its password.\n`,
    }),
    fr: (v) => ({
      subject: `Changement d'adresse e-mail pour ${v.business}`,
      text: `Bonjour,\n\nQuelqu'un a demandé à associer un compte client ${v.business} à cette adresse, mais un compte utilise déjà cette adresse. Rien n'a été modifié. Si c'était vous, connectez-vous avec cette adresse ou réinitialisez son mot de passe.\n`,
    }),
    es: (v) => ({
      subject: `Cambio de correo electrónico en ${v.business}`,
      text: `Hola:\n\nAlguien pidió pasar una cuenta de cliente de ${v.business} a esta dirección, pero allí ya existe una cuenta con esta dirección. No se cambió nada. Si fuiste tú, inicia sesión con esta dirección o restablece su contraseña.\n`,
    }),
  },
  notice: {
    en: (v) => ({
      subject: `Your ${v.business} email address is about to change`,
      text: `Hello ${v.name},\n\nSomeone signed in to your ${v.business} customer account asked to change its email address to ${v.newEmail}. It changes only once confirmed from that address. If this was not you, change your password now and contact ${v.business}.\n`,
    }),
    fr: (v) => ({
      subject: `Votre adresse e-mail ${v.business} va changer`,
      text: `Bonjour ${v.name},\n\nUne personne connectée à votre compte client ${v.business} a demandé à remplacer son adresse e-mail par ${v.newEmail}. Le changement n'a lieu qu'après confirmation depuis cette adresse. Si ce n'était pas vous, changez votre mot de passe et contactez ${v.business}.\n`,
    }),
    es: (v) => ({
      subject: `Tu correo electrónico de ${v.business} está por cambiar`,
      text: `Hola, ${v.name}:\n\nAlguien que inició sesión en tu cuenta de cliente de ${v.business} pidió cambiar su correo electrónico a ${v.newEmail}. El cambio solo se hace cuando se confirma desde esa dirección. Si no fuiste tú, cambia tu contraseña ahora y comunícate con ${v.business}.\n`,
    }),
  },
  // Staff changed the contact email: the link goes to the new address, but works only for the
  // customer signed in, so that whoever holds that mailbox cannot take the account.
  staffConfirm: {
    en: (v) => ({
      subject: `Sign in to ${v.business} with this address?`,
      text: `Hello ${v.name},\n\n${v.business} now has this address as your contact email. To also use it to sign in to your ${v.business} customer portal, sign in there as usual, then open this link:\n\n${v.link}\n\nThe link works once, only while you are signed in to your account, and expires in ${HOURS} hours. Until then you sign in with your current address. If you have no account with ${v.business}, ignore this email.\n`,
    }),
    fr: (v) => ({
      subject: `Vous connecter à ${v.business} avec cette adresse ?`,
      text: `Bonjour ${v.name},\n\n${v.business} a enregistré cette adresse comme votre e-mail de contact. Pour l'utiliser aussi pour vous connecter à votre espace client ${v.business}, connectez-vous comme d'habitude, puis ouvrez ce lien :\n\n${v.link}\n\nLe lien ne fonctionne qu'une fois, seulement lorsque vous êtes connecté à votre compte, et expire dans ${HOURS} heures. D'ici là, vous vous connectez avec votre adresse actuelle. Si vous n'avez pas de compte chez ${v.business}, ignorez ce message.\n`,
    }),
    es: (v) => ({
      subject: `¿Quieres iniciar sesión en ${v.business} con esta dirección?`,
      text: `Hola, ${v.name}:\n\n${v.business} registró esta dirección como tu correo de contacto. Para usarla también al iniciar sesión en el portal de clientes de ${v.business}, inicia sesión allí como siempre y luego abre este enlace:\n\n${v.link}\n\nEl enlace solo funciona una vez, solo con tu sesión iniciada, y vence en ${HOURS} horas. Mientras tanto, inicias sesión con tu dirección actual. Si no tienes una cuenta en ${v.business}, ignora este correo.\n`,
    }),
  },
  staffNotice: {
    en: (v) => ({
      subject: `Your contact email at ${v.business} was changed`,
      text: `Hello ${v.name},\n\n${v.business} changed the contact email of your customer account to ${v.newEmail}. You still sign in to the customer portal with this address: that changes only if you confirm it yourself, signed in, from the link sent to ${v.newEmail}. If you did not expect this, contact ${v.business}.\n`,
    }),
    fr: (v) => ({
      subject: `Votre e-mail de contact chez ${v.business} a été modifié`,
      text: `Bonjour ${v.name},\n\n${v.business} a remplacé l'e-mail de contact de votre compte client par ${v.newEmail}. Vous vous connectez toujours à l'espace client avec cette adresse : cela ne change que si vous le confirmez vous-même, connecté, depuis le lien envoyé à ${v.newEmail}. Si vous ne vous y attendiez pas, contactez ${v.business}.\n`,
    }),
    es: (v) => ({
      subject: `Se cambió tu correo de contacto en ${v.business}`,
      text: `Hola, ${v.name}:\n\n${v.business} cambió el correo de contacto de tu cuenta de cliente a ${v.newEmail}. Sigues iniciando sesión en el portal de clientes con esta dirección: eso solo cambia si tú lo confirmas, con tu sesión iniciada, desde el enlace enviado a ${v.newEmail}. Si no lo esperabas, comunícate con ${v.business}.\n`,
    }),
  },
  // After the change, to the address that signed in until now.
  changed: {
    en: (v) => ({
      subject: `Your ${v.business} sign-in email was changed`,
      text: `Hello ${v.name},\n\nYour ${v.business} customer account now signs in with ${v.newEmail}, as confirmed from that address. Sign-in and password-reset links now go there, no longer to this address. If this was not you, contact ${v.business} at once.\n`,
    }),
    fr: (v) => ({
      subject: `Votre e-mail de connexion ${v.business} a été modifié`,
      text: `Bonjour ${v.name},\n\nVotre compte client ${v.business} se connecte désormais avec ${v.newEmail}, comme confirmé depuis cette adresse. Les liens de connexion et de réinitialisation y sont maintenant envoyés, et non plus à cette adresse. Si ce n'était pas vous, contactez ${v.business} sans attendre.\n`,
    }),
    es: (v) => ({
      subject: `Se cambió tu correo de inicio de sesión en ${v.business}`,
      text: `Hola, ${v.name}:\n\nTu cuenta de cliente de ${v.business} ahora inicia sesión con ${v.newEmail}, según se confirmó desde esa dirección. Los enlaces de acceso y de restablecimiento de contraseña ahora se envían allí y ya no a esta dirección. Si no fuiste tú, comunícate con ${v.business} de inmediato.\n`,
    }),
  },
};

/** `locales`: the customer's language, then the business's (platform/email-locale.ts). */
export function emailChangeLetter(kind: keyof typeof letters, [recipient, business]: readonly [recipient: string | null, business?: string | null], values: Values): Letter {
  return letters[kind][emailLanguage(recipient, business)](values);
}
