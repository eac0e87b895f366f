// Pure lookup and locale negotiation; no Svelte state here. The dictionaries belong to each app.
export type Locale = 'en' | 'fr';
export type MessageParams = Record<string, string | number>;
/** One dictionary per locale, each with every key `K`. */
export type Dictionaries<K extends string> = Record<Locale, Record<K, string>>;

export const locales: readonly Locale[] = ['en', 'fr'];
export const defaultLocale: Locale = 'en';
/** Cookie that keeps the language a person picked; it wins over Accept-Language. */
export const localeCookie = 'locale';

export function isLocale(value: string | null | undefined): value is Locale {
	return locales.some((locale) => locale === value);
}

/** `fr-CA` → `fr`; null when the language is not one we have. */
export function matchLocale(tag: string | null | undefined): Locale | null {
	const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
	return isLocale(language) ? language : null;
}

/** The picked cookie, else the first supported language of Accept-Language (by q), else English. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (isLocale(cookie)) return cookie;
	const ranked = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
		})
		.filter(({ q }) => q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const locale = matchLocale(tag);
		if (locale) return locale;
	}
	return defaultLocale;
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate<K extends string>(
	dictionaries: Dictionaries<K>,
	locale: Locale,
	key: K,
	params?: MessageParams
): string {
	const template = dictionaries[locale][key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
