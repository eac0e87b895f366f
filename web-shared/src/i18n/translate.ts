// Pure lookup and locale negotiation; no Svelte state here. The dictionaries belong to each app.
/**
 * The languages Portico writes to customers in: the server's `LANGUAGES`
 * (server/src/common/languages.ts), each with a complete portal dictionary. An app speaks those
 * it has a dictionary for (the admin app: en, fr); `Dictionaries` makes each one complete.
 */
export type Locale = 'en' | 'fr' | 'es';
/** Every `Locale`, in the order choice lists show them: what a customer's language may be. */
export const customerLocales: readonly Locale[] = ['en', 'fr', 'es'];
export type MessageParams = Record<string, string | number>;
/** One complete dictionary (every key `K`) per language `L` the app speaks; English always. */
export type Dictionaries<K extends string, L extends Locale = Locale> = { en: Record<K, string> } & Record<L, Record<K, string>>;

export const defaultLocale = 'en' satisfies Locale;
/** Cookie that keeps the language a person picked; it wins over Accept-Language. */
export const localeCookie = 'locale';

/** The languages of an app: those it has a dictionary for, English first. */
export function localesOf<L extends Locale>(dictionaries: Dictionaries<string, L>): readonly L[] {
  return customerLocales.filter((locale): locale is L => locale in dictionaries);
}

export function isLocale<L extends Locale = Locale>(value: string | null | undefined, locales: readonly L[] = customerLocales as readonly L[]): value is L {
  return locales.some((locale) => locale === value);
}

/** `fr-CA` → `fr`; null when the language is not one of `locales`. */
export function matchLocale<L extends Locale>(tag: string | null | undefined, locales: readonly L[]): L | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language, locales) ? language : null;
}

/** The picked cookie, else the first of `locales` in Accept-Language (by q), else English. */
export function pickLocale<L extends Locale>(cookie: string | undefined, acceptLanguage: string | null, locales: readonly L[]): L | typeof defaultLocale {
  if (isLocale(cookie, locales)) return cookie;
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
    const locale = matchLocale(tag, locales);
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
export function translate<K extends string, L extends Locale>(dictionaries: Dictionaries<K, L>, locale: L | typeof defaultLocale, key: K, params?: MessageParams): string {
  const template = dictionaries[locale][key];
  if (!params) return template;
  return template
    .replace(pluralPattern, (whole, name: string, branches: string) => (typeof params[name] === 'number' ? choosePlural(locale, params[name], branches) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
