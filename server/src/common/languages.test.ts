import { describe, expect, it } from 'vitest';
import { letter } from '../auth/auth.emails.js';
import { emailChangeLetter } from '../customers/customers.emails.js';
import { PDF_MESSAGES, pdfLocale } from '../invoices/invoice-pdf.messages.js';
import { invoiceLetter } from '../invoices/invoice-emails.js';
import { paymentFailedLetter, receiptLetter } from '../payments/payment-emails.js';
import { appointmentReminder, overdueInvoiceReminder } from '../worker/reminders.emails.js';
import { onMyWayLetter } from '../jobs/on-my-way.emails.js';
import { LANGUAGES, checkedLanguage, writtenLanguage, type Language } from './languages.js';

const links = { business: 'Northwind', name: 'Sofía', link: 'https://portal.example/x' };
const business = { name: 'Northwind', slug: 'northwind', customDomain: null, timeZone: 'America/Chicago' };

/** One of every letter the server writes, in `language` (the business speaks it too). */
function everyLetter(language: Language): { subject: string; text: string }[] {
  const tenant = { ...business, locale: language };
  const customer = { name: 'Sofía', locale: language };
  return [
    letter('magicLink', language, links),
    letter('passwordReset', language, links),
    letter('customerInvitation', language, links),
    letter('staffInvitation', language, { ...links, inviter: 'Dana', role: 'dispatcher' }),
    ...(['confirm', 'alreadyUsed', 'notice', 'staffConfirm', 'staffNotice', 'changed'] as const).map((kind) =>
      emailChangeLetter(kind, [language], { ...links, newEmail: 'new@example.com' }),
    ),
    invoiceLetter(language, 'en', { ...links, number: 'INV-1', totalMinor: 15000, amountDueMinor: 5000, currency: 'USD', dueDate: '2026-12-01' }),
    receiptLetter(language, 'en', { ...links, number: 'INV-1', amountMinor: 10000, amountDueMinor: 5000, currency: 'USD', card: 'Visa 4242' }),
    paymentFailedLetter(language, 'en', { ...links, number: 'INV-1', amountMinor: 10000, currency: 'USD', reason: 'Your card was declined.' }),
    ...(['on_the_way', 'eta_changed'] as const).map((kind) => onMyWayLetter(kind, language, { ...links, technician: 'Luis', title: 'Tune-up', eta: '14:20' })),
    appointmentReminder('https://portal.example', tenant, customer, { id: 'j1', title: 'Tune-up', scheduledStart: new Date('2026-12-03T15:00:00Z') }),
    overdueInvoiceReminder('https://portal.example', tenant, customer, {
      id: 'i1',
      number: 'INV-1',
      dueDate: new Date('2026-11-01'),
      currency: 'USD',
      dueMinor: 5000,
      daysOverdue: 2,
    }),
  ];
}

/** Every leaf of a nested dictionary, as `path = value`. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  return [[path, value]];
}

describe('the languages Portico writes in', () => {
  it('are English, French and Spanish: German is no longer offered', () => {
    expect(LANGUAGES).toEqual(['en', 'fr', 'es']);
  });

  it('each have every email, written out (no gaps, nothing left in English)', () => {
    const english = everyLetter('en');
    for (const language of LANGUAGES) {
      const written = everyLetter(language);
      expect(written).toHaveLength(english.length);
      for (const [i, { subject, text }] of written.entries()) {
        expect(subject.trim(), `${language} #${i}`).not.toBe('');
        expect(text, `${language} #${i}`).not.toMatch(/undefined|null|\[object/);
        if (language !== 'en') expect(subject, `${language} #${i}`).not.toBe(english[i]?.subject);
      }
    }
    expect(everyLetter('es').map((l) => l.text.split('\n')[0])).toEqual(Array(everyLetter('es').length).fill(expect.stringMatching(/^Hola/)));
  });

  it('each have every word printed on an invoice PDF', () => {
    const reference = leaves(PDF_MESSAGES.en).map(([path]) => path);
    for (const language of LANGUAGES) {
      const words = leaves(PDF_MESSAGES[language]);
      expect(
        words.map(([path]) => path),
        language,
      ).toEqual(reference);
      for (const [path, word] of words) expect(typeof word === 'string' && word.trim().length > 0, `${language} ${path}`).toBe(true);
    }
    expect(Object.keys(PDF_MESSAGES)).toEqual([...LANGUAGES]);
  });

  it("pick the person's language, else the business's: a stored language we do not write in falls through", () => {
    expect(writtenLanguage('es', 'en')).toBe('es');
    expect(writtenLanguage('fr-CA', 'en')).toBe('fr');
    expect(writtenLanguage('de', 'fr')).toBe('fr');
    expect(writtenLanguage(null, 'de')).toBe('en');
    expect(pdfLocale('de', 'es')).toMatchObject({ locale: 'es-US', messages: PDF_MESSAGES.es });
    expect(pdfLocale('fr-CA', 'en').locale).toBe('fr-CA');
  });

  it('refuse a language we do not write in with a translatable reason', () => {
    expect(checkedLanguage('locale', 'es')).toBe('es');
    expect(() => checkedLanguage('locale', 'de')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'locale', reason: 'UNSUPPORTED_LANGUAGE' }) as unknown }),
    );
  });
});
