// A business's contact details and legal identity (public business information): how they are
// checked before anything is written, and how they read back. Owners and admins change them
// through updateTenantSettings; the portal footer, emails (mail/contact-footer.ts) and PDFs
// (pdf/branded-pdf.ts) show them.
import { BadInput } from '../errors/errors.js';
import { isEmailAddress } from '../common/email-address.js';
import type { Prisma, Tenant } from '../generated/prisma/client.js';
import type { BusinessContact, BusinessContactInput } from './tenants.types.js';

type ContactField = keyof BusinessContactInput;
type Column = keyof Pick<
  Tenant,
  | 'contactPhone'
  | 'contactEmail'
  | 'addressLine1'
  | 'addressLine2'
  | 'city'
  | 'postalCode'
  | 'region'
  | 'country'
  | 'openingHours'
  | 'legalName'
  | 'registrationNumber'
  | 'vatNumber'
>;

const COLUMNS: Record<ContactField, Column> = {
  phone: 'contactPhone',
  email: 'contactEmail',
  addressLine1: 'addressLine1',
  addressLine2: 'addressLine2',
  city: 'city',
  postalCode: 'postalCode',
  region: 'region',
  country: 'country',
  openingHours: 'openingHours',
  legalName: 'legalName',
  registrationNumber: 'registrationNumber',
  vatNumber: 'vatNumber',
};

const LIMITS: Record<ContactField, { max: number; what: string }> = {
  phone: { max: 30, what: 'the phone number' },
  email: { max: 254, what: 'the email address' },
  addressLine1: { max: 200, what: 'the address' },
  addressLine2: { max: 200, what: 'the second address line' },
  city: { max: 100, what: 'the city' },
  postalCode: { max: 20, what: 'the postal code' },
  region: { max: 100, what: 'the state or region' },
  country: { max: 2, what: 'the country' },
  openingHours: { max: 500, what: 'the opening hours' },
  legalName: { max: 200, what: 'the legal name' },
  registrationNumber: { max: 40, what: 'the registration number' },
  vatNumber: { max: 40, what: 'the VAT number' },
};

/** Field → reason the apps translate. */
export const CONTACT_REASONS = {
  TOO_LONG: 'TOO_LONG',
  INVALID_PHONE: 'INVALID_PHONE',
  INVALID_EMAIL: 'INVALID_EMAIL',
  INVALID_COUNTRY: 'INVALID_COUNTRY',
  INVALID_SIRET: 'INVALID_SIRET',
  INVALID_TAX_ID: 'INVALID_TAX_ID',
  INCOMPLETE_ADDRESS: 'INCOMPLETE_ADDRESS',
  MULTILINE: 'MULTILINE',
} as const;

const PHONE = /^\+?[0-9 ().\-/]+$/;
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const TAX_ID = /^[A-Za-z0-9 .\-/]+$/;

function isCountry(code: string): boolean {
  // Intl echoes unknown codes back unchanged; a real region has a name.
  return /^[A-Z]{2}$/.test(code) && REGION_NAMES.of(code) !== code;
}

/** A French SIRET: 14 digits whose Luhn sum is a multiple of 10 (La Poste's 356 000 000 establishments excepted). */
export function isSiret(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith('356000000')) return Array.from(digits, Number).reduce((sum, d) => sum + d, 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(digits[13 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The digits a tel: link dials: a leading + and digits, nothing else. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/** One field's value as stored (null to clear), or BAD_USER_INPUT naming `contact.<field>`. */
function checked(field: ContactField, raw: string): string | null {
  const value = field === 'openingHours' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if (!value) return null;
  const path = `contact.${field}`;
  const { max, what } = LIMITS[field];
  if (field !== 'country' && value.length > max) throw new BadInput(path, `Use at most ${max} characters for ${what}.`, CONTACT_REASONS.TOO_LONG);
  if (field !== 'openingHours' && /\n/.test(value)) throw new BadInput(path, `Write ${what} on one line.`, CONTACT_REASONS.MULTILINE);
  switch (field) {
    case 'phone': {
      const digits = value.replace(/\D/g, '').length;
      if (!PHONE.test(value) || digits < 6 || digits > 20) {
        throw new BadInput(path, 'Enter a phone number of 6 to 20 digits, e.g. +1 312-555-0100.', CONTACT_REASONS.INVALID_PHONE);
      }
      return value;
    }
    case 'email':
      if (!isEmailAddress(value)) throw new BadInput(path, 'Enter an email address such as office@example.com.', CONTACT_REASONS.INVALID_EMAIL);
      return value.toLowerCase();
    case 'country': {
      const code = value.toUpperCase();
      if (!isCountry(code)) throw new BadInput(path, 'Enter a two-letter country code, e.g. US or FR.', CONTACT_REASONS.INVALID_COUNTRY);
      return code;
    }
    case 'registrationNumber':
    case 'vatNumber':
      if (!TAX_ID.test(value)) throw new BadInput(path, `Use letters, digits, spaces, dots, hyphens and slashes for ${what}.`, CONTACT_REASONS.INVALID_TAX_ID);
      return field === 'vatNumber' ? value.toUpperCase() : value;
    default:
      return value;
  }
}

/**
 * The tenant columns to write for `input` (only the fields given), checked against what `current`
 * already holds: an address must keep its street line, city and country together, and a French
 * business's registration number must be a SIRET.
 */
export function contactUpdate(current: Tenant, input: BusinessContactInput | null | undefined): Prisma.TenantUpdateInput {
  if (!input) return {};
  const data: Partial<Record<Column, string | null>> = {};
  for (const field of Object.keys(COLUMNS) as ContactField[]) {
    const raw = input[field];
    if (raw === undefined) continue;
    data[COLUMNS[field]] = raw === null ? null : checked(field, raw);
  }
  const after = (column: Column) => (column in data ? data[column] : current[column]) ?? null;
  const address: Column[] = ['addressLine1', 'addressLine2', 'city', 'postalCode', 'region'];
  if (address.some((column) => after(column))) {
    for (const [column, field] of [
      ['addressLine1', 'addressLine1'],
      ['city', 'city'],
      ['country', 'country'],
    ] as const) {
      if (!after(column))
        throw new BadInput(
          `contact.${field}`,
          `Enter ${field === 'country' ? 'the country' : LIMITS[field].what} too: an address needs its street, city and country.`,
          CONTACT_REASONS.INCOMPLETE_ADDRESS,
        );
    }
  }
  const registration = after('registrationNumber');
  if (registration && after('country') === 'FR' && ('registrationNumber' in data || 'country' in data) && !isSiret(registration)) {
    throw new BadInput('contact.registrationNumber', 'Enter the SIRET: 14 digits, e.g. 732 829 320 00074.', CONTACT_REASONS.INVALID_SIRET);
  }
  return data;
}

export function toBusinessContact(t: Tenant): BusinessContact {
  return {
    phone: t.contactPhone,
    email: t.contactEmail,
    addressLine1: t.addressLine1,
    addressLine2: t.addressLine2,
    city: t.city,
    postalCode: t.postalCode,
    region: t.region,
    country: t.country,
    openingHours: t.openingHours,
    legalName: t.legalName,
    registrationNumber: t.registrationNumber,
    vatNumber: t.vatNumber,
  };
}

/** Whether there is anything to show customers beyond the business's name. */
export function hasContactDetails(contact: BusinessContact): boolean {
  return Boolean(contact.phone || contact.email || contact.addressLine1 || contact.openingHours);
}
