// The portal's dictionaries, bound to the shared i18n machinery: every user-visible string is a MessageKey.
// The portal speaks every language customers may choose (`Locale`: what the server writes emails
// and PDFs in), so each needs a complete dictionary here: one missing fails the type check.
import { createI18n, type Locale } from '@portico/web-shared/i18n';
import { en, type MessageKey } from './en';
import { es } from './es';
import { fr } from './fr';

export type { MessageKey };
export const { initI18n, getI18n, locales, isLocale, pickLocale } = createI18n<MessageKey, Locale>({ en, fr, es });
