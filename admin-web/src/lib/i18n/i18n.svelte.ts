// The locale "store": one reactive instance per component tree (per request on the server), shared through context.
import { createContext } from 'svelte';
import { translate, type Locale, type MessageKey, type MessageParams } from './translate';

export class I18n {
	locale: Locale = $state('en');

	constructor(locale: Locale) {
		this.locale = locale;
	}

	/** Reads `locale`, so markup that calls `t` updates when the language changes. */
	t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);
}

const [getI18n, setI18n] = createContext<I18n>();

/** Call once in the root layout. */
export function initI18n(locale: Locale): I18n {
	return setI18n(new I18n(locale));
}

export { getI18n };
