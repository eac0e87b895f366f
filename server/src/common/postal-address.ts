// Postal addresses written the way each country writes them ("1418 Maple Avenue / Evanston, IL 60201"
// in the US, "18 rue des Martyrs / 75009 Paris" in France), from Google's libaddressinput formats
// (localized-address-format). Every address the server prints (PDFs, emails, calendar LOCATION)
// goes through here; the web apps use the same library in @portico/web-shared/address.
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
  /** The country the reader is in: an address there is written without its country; null/undefined adds it always. */
  homeCountry?: string | null;
}

/** The address as lines, in the country's order; [] when it has no street line. */
export function postalAddressLines(address: PostalAddress, options: PostalAddressOptions = {}): string[] {
  if (!address.addressLine1?.trim()) return [];
  const country = address.country?.trim().toUpperCase() || undefined;
  const lines = formatAddress({
    postalCountry: country,
    administrativeArea: address.region?.trim() || undefined,
    locality: address.city?.trim() || undefined,
    postalCode: address.postalCode?.trim() || undefined,
    addressLines: [address.addressLine1, address.addressLine2].map((line) => line?.trim() ?? '').filter(Boolean),
  }).filter((line) => line.trim().length > 0);
  if (country && country !== options.homeCountry?.toUpperCase()) lines.push(countryName(country, options.locale ?? 'en'));
  return lines;
}

/** The address on one line (calendar LOCATION, a PDF footer). */
export function postalAddressLine(address: PostalAddress, options: PostalAddressOptions = {}): string {
  return postalAddressLines(address, options).join(', ');
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
