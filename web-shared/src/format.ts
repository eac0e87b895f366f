// Locale-aware formatting for both apps: money from minor units, instants in the tenant's time zone.
import type { Locale } from './i18n';

// As the server's INTL_LOCALE (server/src/common/languages.ts): Spanish as written in the Americas.
const intlLocale: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', es: 'es-US' };

/** The Intl tag of an app language ("es" → "es-US"); any other tag as given. */
export function intlTag(locale: string): string {
  const tags: Partial<Record<string, string>> = intlLocale;
  return tags[locale] ?? locale;
}

/** Digits after the decimal point of a currency (JPY 0, USD 2, BHD 3). */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** 12345 USD in en → "$123.45"; in fr → "123,45 $US". */
export function formatMoney(locale: string, currency: string, amountMinor: number): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency }).format(amountMinor / 10 ** digits);
}

/** Minor units as a person would type them, for an input's initial value: 12345 USD → "123.45", 1500 JPY → "1500", 12345 KWD → "12.345". */
export function moneyInput(currency: string, amountMinor: number): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amountMinor);
  const whole = Math.trunc(amountMinor / 10 ** digits);
  return `${whole}.${String(amountMinor - whole * 10 ** digits).padStart(digits, '0')}`;
}

/** Minor units from what a person typed ("12.5", "12,50"); null when it is not an amount. */
export function parseMoney(currency: string, text: string): number | null {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null;
  const digits = minorDigits(currency);
  const [whole = '0', fraction = ''] = normalized.split('.');
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

type Instant = string | Date;

function toDate(value: Instant): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "Nov 21, 2026" / "21 nov. 2026", the day as seen in `timeZone`. */
export function formatDate(locale: string, timeZone: string, value: Instant): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone }).format(toDate(value));
}

/** "9:30 AM" / "09:30" in `timeZone`. */
export function formatTime(locale: string, timeZone: string, value: Instant): string {
  return new Intl.DateTimeFormat(intlTag(locale), { timeStyle: 'short', timeZone }).format(toDate(value));
}

/** "Sat, Nov 21, 2026, 9:30 AM" in `timeZone`. */
export function formatDateTime(locale: string, timeZone: string, value: Instant): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(toDate(value));
}

/** A calendar day the API already gives as local "YYYY-MM-DD" (due dates, issue dates): no zone shift. */
export function formatLocalDay(locale: string, day: string, style: 'medium' | 'full' = 'medium'): string {
  // Noon UTC of that day, shown in UTC: the same calendar day in every locale.
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** Where money and instants are shown for: the business's time zone and currency. */
export interface Place {
  timeZone: string;
  currency: string;
}

/** The formatters above bound to a language and a place, both read at each call (a language switch shows at once). */
export function bindFormat(locale: () => Locale, place: () => Place) {
  return {
    money: (minor: number, currency = place().currency) => formatMoney(locale(), currency, minor),
    date: (instant: string) => formatDate(locale(), place().timeZone, instant),
    time: (instant: string) => formatTime(locale(), place().timeZone, instant),
    dateTime: (instant: string) => formatDateTime(locale(), place().timeZone, instant),
    day: (day: string, style: 'medium' | 'full' = 'medium') => formatLocalDay(locale(), day, style),
  };
}
