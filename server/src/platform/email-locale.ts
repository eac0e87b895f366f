// The language an email is written in, one rule for every letter and its footer: the
// recipient's language when Portico writes in it, else the business's, else English.
import { writtenLanguage, type Language } from '../common/languages.js';

export function emailLanguage(recipientLocale: string | null | undefined, businessLocale: string | null | undefined): Language {
  return writtenLanguage(recipientLocale, businessLocale);
}
