// The languages Portico writes to customers in: the portal, every email and every PDF.
//
// This list is the one the API offers and accepts (a customer's language, the business's
// language, asset type names). Every dictionary of letters and printed words on the server is a
// `Record<Language, …>`: listing a language here before each of them is written, or writing one
// that is not listed, fails the type check, and `languages.test.ts` checks every one is filled in.
import { BadInput } from '../errors/errors.js';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** What Intl formats numbers and dates with when a bare language is all we know. */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-US', fr: 'fr-FR', es: 'es-US' };

export function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** `fr-CA` → `fr`; null for a language we do not write in. */
export function languageOf(tag: string | null | undefined): Language | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(language) ? language : null;
}

/**
 * The first candidate we write in (the person's, then the business's), else English. A language
 * stored before we stopped offering it (German) thus falls back to the business's.
 */
export function writtenLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const language = languageOf(candidate);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The input's language if we write in it; otherwise BAD_USER_INPUT on `field`, reason UNSUPPORTED_LANGUAGE. */
export function checkedLanguage(field: string, value: string): Language {
  if (isLanguage(value)) return value;
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  throw new BadInput(field, `Choose ${LANGUAGES.map((l) => `${names.of(l) ?? l} (${l})`).join(', ')}.`, 'UNSUPPORTED_LANGUAGE');
}
