// The one-time code email, in the signer's language.
import type { Language } from '../common/languages.js';

interface Letter {
  subject: string;
  text: string;
}

interface CodeValues {
  code: string;
  title: string;
  business: string;
}

const CODE_LETTERS: Record<Language, (v: CodeValues) => Letter> = {
  en: (v) => ({
    subject: `Your signing code: ${v.code}`,
    text: `Your code to sign "${v.title}" for ${v.business} is:\n\n${v.code}\n\nIt is valid for 10 minutes. If you did not ask to sign this document, ignore this email: nothing is signed without the code.\n`,
  }),
  fr: (v) => ({
    subject: `Votre code de signature : ${v.code}`,
    text: `Votre code pour signer « ${v.title} » pour ${v.business} est :\n\n${v.code}\n\nIl est valable 10 minutes. Si vous n'avez pas demandé à signer ce document, ignorez cet e-mail : rien n'est signé sans ce code.\n`,
  }),
  es: (v) => ({
    subject: `Su código de firma: ${v.code}`,
    text: `Su código para firmar «${v.title}» para ${v.business} es:\n\n${v.code}\n\nEs válido durante 10 minutos. Si no pidió firmar este documento, ignore este correo: no se firma nada sin el código.\n`,
  }),
};

export function signingCodeLetter(language: Language, values: CodeValues): Letter {
  return CODE_LETTERS[language](values);
}
