// A tiny typed dictionary layer: every user-visible string is a message key looked up here.
export {
  customerLocales,
  defaultLocale,
  isLocale,
  localeCookie,
  localesOf,
  matchLocale,
  pickLocale,
  translate,
  type Dictionaries,
  type Locale,
  type MessageParams,
} from './translate';
export type { ErrorMessageKey, SharedMessageKey } from './messages';
export { isReason, reasonKey, reasonMessages, reasons, type Reason, type ReasonMessageKey } from './reasons';
export { I18n, createI18n, getI18n } from './i18n.svelte.js';
export { notificationMessages, type NotificationMessageKey } from './notifications';
export { messagingMessages, type MessagingMessageKey } from './messaging';
export { signingMessages, type SigningMessageKey } from './signing';
