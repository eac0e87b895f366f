// What makes a service address valid, for the office and for customers alike: the required
// parts, their lengths and a real country code. Each refusal names the field and a reason
// (REQUIRED, TOO_LONG, INVALID_COUNTRY) that the apps may translate.
import { BadInput } from '../errors/errors.js';
import type { SiteInput } from './sites.types.js';

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

type Required = 'label' | 'addressLine1' | 'city' | 'postalCode' | 'country';
const REQUIRED: Required[] = ['label', 'addressLine1', 'city', 'postalCode', 'country'];
export const SITE_LIMITS: Record<Exclude<keyof SiteInput, 'country'>, { max: number; what: string }> = {
  label: { max: 60, what: 'the label' },
  addressLine1: { max: 200, what: 'the address' },
  addressLine2: { max: 200, what: 'the second address line' },
  city: { max: 100, what: 'the city' },
  postalCode: { max: 20, what: 'the postal code' },
  region: { max: 100, what: 'the region' },
  accessInstructions: { max: 1000, what: 'the access instructions' },
};

function isCountry(code: string): boolean {
  // Intl echoes unknown codes back unchanged; a real region has a name.
  return /^[A-Z]{2}$/.test(code) && REGION_NAMES.of(code) !== code;
}

export type SiteColumns = Partial<Record<keyof SiteInput, string | null>>;

/** The columns to write; on create every required field must be present. */
export function siteChanges(input: SiteInput, creating: boolean): SiteColumns {
  const data: SiteColumns = {};
  for (const [field, limit] of Object.entries(SITE_LIMITS) as [keyof typeof SITE_LIMITS, { max: number; what: string }][]) {
    const value = input[field];
    if (value === undefined) continue;
    const trimmed = value?.trim() ?? '';
    const required = (REQUIRED as string[]).includes(field);
    if (!trimmed && required) throw new BadInput(field, `Enter ${limit.what}.`, 'REQUIRED');
    if (trimmed.length > limit.max) throw new BadInput(field, `Use at most ${limit.max} characters for ${limit.what}.`, 'TOO_LONG');
    data[field] = trimmed || null;
  }
  if (input.country !== undefined) {
    const country = input.country?.trim().toUpperCase() ?? '';
    if (!country) throw new BadInput('country', 'Enter the country.', 'REQUIRED');
    if (!isCountry(country)) throw new BadInput('country', 'Enter a two-letter country code, e.g. US or CA.', 'INVALID_COUNTRY');
    data.country = country;
  }
  if (creating) {
    const missing = REQUIRED.find((field) => !data[field]);
    if (missing) throw new BadInput(missing, `Enter ${missing === 'country' ? 'the country' : SITE_LIMITS[missing].what}.`, 'REQUIRED');
  }
  return data;
}
