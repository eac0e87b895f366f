// A link that opens a site's address in a map: Google Maps' documented search URL, which phones
// hand to the maps app (Android, iOS with Google Maps) and any browser opens.
import type { Site } from '../generated/prisma/client.js';

type Address = Pick<Site, 'addressLine1' | 'addressLine2' | 'city' | 'postalCode' | 'region' | 'country'>;

export function mapSearchUrl(site: Address): string {
  const query = [site.addressLine1, site.addressLine2, site.city, [site.region, site.postalCode].filter(Boolean).join(' '), site.country]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}
