// The locale "store": one reactive instance per component tree (per request on the server), shared through context.
import { createContext } from 'svelte';
import type { SharedMessageKey } from './messages';
import { isLocale, localesOf, pickLocale, translate, type Dictionaries, type Locale, type MessageParams } from './translate';

export class I18n<K extends string, L extends Locale = Locale> {
  locale: L = $state('en' as L);
  /** The languages this app speaks: one per complete dictionary. */
  readonly locales: readonly L[];
  readonly #translate: (locale: L, key: K, params?: MessageParams) => string;

  constructor(dictionaries: Dictionaries<K, L>, locale: L) {
    this.#translate = (...args) => translate(dictionaries, ...args);
    this.locales = localesOf(dictionaries);
    this.locale = locale;
  }

  /** Reads `locale`, so markup that calls `t` updates when the language changes. */
  t = (key: K, params?: MessageParams): string => this.#translate(this.locale, key, params);

  /** Whether this app speaks `value` (a stored or picked language may be one it does not). */
  speaks = (value: string | null | undefined): value is L => isLocale(value, this.locales);
}

// One context for both the app's code and this package's components. `never` keys: an
// `I18n` of any app fits; the getters below say which keys the caller may ask for.
const [getContext, setContext] = createContext<I18n<never>>();

/**
 * Binds the machinery to an app's dictionaries, which must define every `SharedMessageKey`
 * (this package's components look those up). The app speaks exactly the languages it has a
 * dictionary for, and each must be complete: a missing key fails the type check. Call once,
 * in the app's `$lib/i18n`.
 */
export function createI18n<K extends string, L extends Locale = 'en'>(dictionaries: Dictionaries<K | SharedMessageKey, L>) {
  type Key = K | SharedMessageKey;
  const locales = localesOf(dictionaries);
  return {
    /** The languages the app offers, English first. */
    locales,
    /** Whether the app speaks `value`. */
    isLocale: (value: string | null | undefined): value is L => isLocale(value, locales),
    /** The picked cookie, else the best of the app's languages in Accept-Language, else English. */
    pickLocale: (cookie: string | undefined, acceptLanguage: string | null): L => pickLocale(cookie, acceptLanguage, locales) as L,
    /** Call once in the root layout. */
    initI18n: (locale: L): I18n<Key, L> => {
      const i18n = new I18n<Key, L>(dictionaries, locale);
      setContext(i18n as unknown as I18n<never>);
      return i18n;
    },
    getI18n: (): I18n<Key, L> => getContext() as unknown as I18n<Key, L>,
  };
}

/**
 * For this package's components: the app's I18n, asked for the keys every app defines, plus
 * `K` for keys an app handed to the component (typed there by the app's own message keys).
 */
export function getI18n<K extends string = never>(): I18n<SharedMessageKey | K> {
  return getContext() as I18n<SharedMessageKey | K>;
}
