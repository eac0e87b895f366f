// The consent to sign electronically (ESIGN / eIDAS), versioned: the audit records which text the
// customer agreed to. Change the text, change the version.
import type { CustomerContext } from '../context/context.js';
import { writtenLanguage, type Language } from '../common/languages.js';
import { currentCustomer } from '../customers/customers.loaders.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { SigningDisclosure } from './signatures.types.js';

export const DISCLOSURE_VERSION = '2026-12-01';

const TEXTS: Record<Language, { title: string; text: string }> = {
  en: {
    title: 'Consent to sign electronically',
    text: [
      'You agree to sign this document electronically. An electronic signature has the same legal effect as a handwritten one (ESIGN Act, UETA, eIDAS).',
      'To confirm your identity we email you a one-time code; when you sign we record your name, email address, IP address, browser and the time, and add them to a certificate page in the signed document.',
      'You may ask for a paper copy, or to sign on paper instead, by contacting the business; you may withdraw this consent before signing by declining. You need a device that can open PDF files and receive email.',
      'The signed document is sealed: anyone holding it can check it was not changed.',
    ].join('\n\n'),
  },
  fr: {
    title: 'Consentement à la signature électronique',
    text: [
      "Vous acceptez de signer ce document électroniquement. Une signature électronique a la même valeur juridique qu'une signature manuscrite (règlement eIDAS, ESIGN Act).",
      "Pour confirmer votre identité, nous vous envoyons un code à usage unique par e-mail ; lors de la signature, nous enregistrons votre nom, votre adresse e-mail, votre adresse IP, votre navigateur et l'heure, et les ajoutons à une page de certificat du document signé.",
      "Vous pouvez demander une copie papier, ou signer sur papier, en contactant l'entreprise ; vous pouvez retirer ce consentement avant de signer en refusant. Il vous faut un appareil capable d'ouvrir des fichiers PDF et de recevoir des e-mails.",
      "Le document signé est scellé : toute personne qui le détient peut vérifier qu'il n'a pas été modifié.",
    ].join('\n\n'),
  },
  es: {
    title: 'Consentimiento para firmar electrónicamente',
    text: [
      'Acepta firmar este documento electrónicamente. Una firma electrónica tiene el mismo efecto legal que una firma manuscrita (ESIGN Act, UETA, eIDAS).',
      'Para confirmar su identidad le enviamos un código de un solo uso por correo electrónico; al firmar registramos su nombre, correo electrónico, dirección IP, navegador y la hora, y los añadimos a una página de certificado en el documento firmado.',
      'Puede pedir una copia en papel, o firmar en papel, contactando a la empresa; puede retirar este consentimiento antes de firmar rechazando el documento. Necesita un dispositivo que abra archivos PDF y reciba correo electrónico.',
      'El documento firmado queda sellado: cualquiera que lo tenga puede comprobar que no se modificó.',
    ].join('\n\n'),
  },
};

export function disclosureIn(language: Language): SigningDisclosure {
  return { version: `${DISCLOSURE_VERSION}.${language}`, language, ...TEXTS[language] };
}

/** The signer's language: the customer's, else the business's, else English. */
export async function signerLanguage(ctx: CustomerContext): Promise<Language> {
  const [customer, tenant] = await Promise.all([currentCustomer(ctx), currentTenant(ctx)]);
  return writtenLanguage(customer.locale, tenant.locale);
}

export async function signingDisclosure(ctx: CustomerContext): Promise<SigningDisclosure> {
  return disclosureIn(await signerLanguage(ctx));
}
