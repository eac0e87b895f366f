// The admin app's dictionaries, bound to the shared i18n machinery: every user-visible string is a MessageKey.
// Staff can pick exactly the languages with a dictionary here. The languages customers may be
// written to in (customer forms, business language, asset type names) are `customerLocales`.
import { createI18n } from '@portico/web-shared/i18n';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export const { initI18n, getI18n, locales, isLocale } = createI18n<MessageKey, 'en' | 'fr'>({ en, fr });
