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

// `{count, plural, one {# photo} other {# photos}}`: the branch Intl.PluralRules picks, `#` the number.
const pluralPattern = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const branchPattern = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;

function choosePlural(locale: Locale, value: number, branches: string): string {
	const options = new Map([...branches.matchAll(branchPattern)].map(([, name, text]) => [name, text ?? '']));
	const text = options.get(`=${value}`) ?? options.get(new Intl.PluralRules(locale).select(value)) ?? options.get('other') ?? '';
	return text.replace(/#/g, String(value));
}

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params` and
 * `{name, plural, one {…} other {…}}` choosing the form for the number `params[name]`.
 */
export function translate<K extends string>(
	dictionaries: Dictionaries<K>,
	locale: Locale,
	key: K,
	params?: MessageParams
): string {
	const template = dictionaries[locale][key];
	if (!params) return template;
	return template
		.replace(pluralPattern, (whole, name: string, branches: string) =>
			typeof params[name] === 'number' ? choosePlural(locale, params[name], branches) : whole
		)
		.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
