// The locale "store": one reactive instance per component tree (per request on the server), shared through context.
import { createContext } from 'svelte';
import type { SharedMessageKey } from './messages';
import { translate, type Dictionaries, type Locale, type MessageParams } from './translate';

export class I18n<K extends string> {
	locale: Locale = $state('en');
	readonly #translate: (locale: Locale, key: K, params?: MessageParams) => string;

	constructor(dictionaries: Dictionaries<K>, locale: Locale) {
		this.#translate = (...args) => translate(dictionaries, ...args);
		this.locale = locale;
	}

	/** Reads `locale`, so markup that calls `t` updates when the language changes. */
	t = (key: K, params?: MessageParams): string => this.#translate(this.locale, key, params);
}

// One context for both the app's code and this package's components. `never` keys: an
// `I18n` of any app fits; the getters below say which keys the caller may ask for.
const [getContext, setContext] = createContext<I18n<never>>();

/**
 * Binds the machinery to an app's dictionaries, which must define every `SharedMessageKey`
 * (this package's components look those up). Call once, in the app's `$lib/i18n`.
 */
export function createI18n<K extends string>(dictionaries: Dictionaries<K | SharedMessageKey>) {
	type Key = K | SharedMessageKey;
	return {
		/** Call once in the root layout. */
		initI18n(locale: Locale): I18n<Key> {
			const i18n = new I18n<Key>(dictionaries, locale);
			setContext(i18n);
			return i18n;
		},
		getI18n(): I18n<Key> {
			return getContext() as I18n<Key>;
		}
	};
}

/**
 * For this package's components: the app's I18n, asked for the keys every app defines, plus
 * `K` for keys an app handed to the component (typed there by the app's own message keys).
 */
export function getI18n<K extends string = never>(): I18n<SharedMessageKey | K> {
	return getContext() as I18n<SharedMessageKey | K>;
}
