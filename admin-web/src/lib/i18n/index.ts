// The admin app's dictionaries, bound to the shared i18n machinery: every user-visible string is a MessageKey.
import { createI18n } from '@portico/web-shared/i18n';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export const { initI18n, getI18n } = createI18n<MessageKey>({ en, fr });
