// Each web app offers exactly the languages it has a dictionary for; the type check makes each one
// complete, and this checks what the type cannot: no empty text, the same placeholders as English.
import { describe, expect, it } from 'vitest';
import { en as adminEn } from '../../../admin-web/src/lib/i18n/en';
import { fr as adminFr } from '../../../admin-web/src/lib/i18n/fr';
import { en as portalEn } from '../../../portal-web/src/lib/i18n/en';
import { es as portalEs } from '../../../portal-web/src/lib/i18n/es';
import { fr as portalFr } from '../../../portal-web/src/lib/i18n/fr';
import { customerLocales, localesOf } from './translate';

const apps = {
  portal: { en: portalEn, fr: portalFr, es: portalEs },
  admin: { en: adminEn, fr: adminFr },
};

/** `{name}` and `{count, plural, …}` names a message fills in. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:, plural,|\})/g)].map(([, name]) => name ?? ''))].sort();
}

describe('the apps’ dictionaries', () => {
  it('the portal speaks every language customers may be written to in (the server’s), the admin app English and French', () => {
    expect(localesOf(apps.portal)).toEqual([...customerLocales]);
    expect(localesOf(apps.admin)).toEqual(['en', 'fr']);
  });

  for (const [app, dictionaries] of Object.entries(apps)) {
    it(`${app}: every language has every English key, none empty, with the same placeholders`, () => {
      const reference: Record<string, string> = dictionaries.en;
      for (const [locale, dictionary] of Object.entries(dictionaries) as [string, Record<string, string>][]) {
        expect(Object.keys(dictionary).sort(), locale).toEqual(Object.keys(reference).sort());
        for (const [key, english] of Object.entries(reference)) {
          const text = dictionary[key] ?? '';
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
          expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english));
        }
      }
    });
  }
});
