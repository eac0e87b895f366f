import { describe, expect, it } from 'vitest';
import { localesOf, pickLocale, translate, type Dictionaries } from './translate';

type Key = 'photos' | 'greeting';
const dictionaries: Dictionaries<Key, 'en' | 'fr'> = {
  en: {
    photos: '{count, plural, =0 {No photos} one {# photo} other {# photos}} from {name}',
    greeting: 'Hello {name}',
  },
  fr: {
    photos: '{count, plural, one {# photo} other {# photos}} de {name}',
    greeting: 'Bonjour {name}',
  },
};

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(dictionaries, 'en', 'greeting', { name: 'Alex' })).toBe('Hello Alex');
    expect(translate(dictionaries, 'fr', 'greeting', {})).toBe('Bonjour {name}');
  });

  it('chooses the plural form by the language’s rules, exact matches first', () => {
    const photos = (locale: 'en' | 'fr', count: number) => translate(dictionaries, locale, 'photos', { count, name: 'Sam' });
    expect([0, 1, 2].map((n) => photos('en', n))).toEqual(['No photos from Sam', '1 photo from Sam', '2 photos from Sam']);
    // French puts 0 and 1 in the singular.
    expect([0, 1, 2].map((n) => photos('fr', n))).toEqual(['0 photo de Sam', '1 photo de Sam', '2 photos de Sam']);
  });
});

describe('pickLocale', () => {
  it('prefers the cookie, then the best of the app’s languages in Accept-Language, then English', () => {
    const locales = localesOf(dictionaries);
    expect(pickLocale('fr', 'en-US', locales)).toBe('fr');
    expect(pickLocale(undefined, 'de;q=1, fr-CA;q=0.8, en;q=0.5', locales)).toBe('fr');
    expect(pickLocale(undefined, 'de, es', locales)).toBe('en');
    // A language the app has no dictionary for is never picked, even from the cookie.
    expect(pickLocale('es', 'es-MX', locales)).toBe('en');
    expect(pickLocale('es', null, ['en', 'fr', 'es'])).toBe('es');
  });
});

describe('localesOf', () => {
  it('offers exactly the languages with a dictionary, English first', () => {
    expect(localesOf(dictionaries)).toEqual(['en', 'fr']);
    expect(localesOf({ es: {}, en: {} })).toEqual(['en', 'es']);
  });
});
