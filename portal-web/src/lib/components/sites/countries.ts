// Country choices for an address: every ISO 3166 code the browser can name (the API accepts the
// same), named in the page's language, with a default from the business's language.
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function countryOptions(locale: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const options: { value: string; label: string }[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      // Unknown codes come back unchanged; private-use ones (XA, ZZ…) are not countries.
      if (name && name !== code && !/^(X[A-Z]|Q[M-Z]|AA|ZZ|EU|EZ|UN)$/.test(code)) options.push({ value: code, label: name });
    }
  }
  return options.sort((x, y) => x.label.localeCompare(y.label, locale));
}

/** The likely country of a business that speaks `locale` (en → US, fr → FR); US when unsure. */
export function defaultCountry(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? 'US';
  } catch {
    return 'US';
  }
}
