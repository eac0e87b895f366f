// A tiny typed dictionary layer: every user-visible string is a MessageKey looked up here.
export {
	defaultLocale,
	isLocale,
	localeCookie,
	locales,
	matchLocale,
	pickLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from './translate';
export { I18n, getI18n, initI18n } from './i18n.svelte.js';
