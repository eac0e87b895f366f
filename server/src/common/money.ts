// Money is stored in minor units; emails and PDFs are edges where it is written out for people.

/** 12345 USD in en → "$123.45": the currency's own number of decimals (JPY 0, BHD 3). */
export function formatMinor(locale: string, currency: string, minor: number): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.trim() });
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
