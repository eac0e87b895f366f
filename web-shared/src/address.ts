// Postal addresses written the way each country writes them ("Evanston, IL 60201" in the US,
// "75009 Paris" in France), from Google's libaddressinput formats (localized-address-format).
// The server formats its own (PDFs, emails, calendar) with the same library: server/src/common/postal-address.ts.
import { formatAddress } from 'localized-address-format';

export interface PostalAddress {
  addressLine1: string | null;
  addressLine2?: string | null;
  city: string | null;
  postalCode: string | null;
  region?: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
}

export interface PostalAddressOptions {
  /** Language of the country name, when one is added. */
  locale?: string;
  /** The country the reader is in (usually the business's): an address there is written without its country. */
  homeCountry?: string | null;
}

/** The address as lines, in its country's order; [] without a street line. */
export function addressLines(address: PostalAddress, options: PostalAddressOptions = {}): string[] {
  if (!address.addressLine1?.trim()) return [];
  const country = address.country?.trim().toUpperCase() || undefined;
  const lines = formatAddress({
    postalCountry: country,
    administrativeArea: address.region?.trim() || undefined,
    locality: address.city?.trim() || undefined,
    postalCode: address.postalCode?.trim() || undefined,
    addressLines: [address.addressLine1, address.addressLine2].map((line) => line?.trim() ?? '').filter(Boolean),
  }).filter((line) => line.trim().length > 0);
  const home = options.homeCountry === undefined ? country : options.homeCountry?.toUpperCase();
  if (country && country !== home) lines.push(countryName(country, options.locale ?? 'en'));
  return lines;
}

/** The address on one line, e.g. in a list or a select option. */
export function addressLine(address: PostalAddress, options: PostalAddressOptions = {}): string {
  return addressLines(address, options).join(', ');
}

/** What a tel: link dials: a leading + and the digits. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
