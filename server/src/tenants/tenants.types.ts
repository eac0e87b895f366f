import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CustomDomainProblem, CustomDomainStatus } from '../generated/prisma/enums.js';
import { QuoteConversion } from '../quotes/quotes.types.js';

registerEnumType(CustomDomainStatus, {
  name: 'CustomDomainStatus',
  description:
    'pending: not proven yet, nothing is served there (checked hourly for 7 days); verified: the portal is served there (checked daily); failed: not proven within 7 days, checked again only on request.',
});
registerEnumType(CustomDomainProblem, {
  name: 'CustomDomainProblem',
  description:
    'Why the last check found no proof. record_missing: no TXT record at recordName; wrong_value: TXT records there, none with recordValue; dns_unavailable: the DNS servers did not answer; domain_taken: another business has proven this domain.',
});

@ObjectType({ description: 'Which parts of the portal the business has switched on.' })
export class PortalFeatures {
  @Field()
  invoices!: boolean;

  @Field()
  booking!: boolean;

  @Field()
  requests!: boolean;

  @Field()
  reviews!: boolean;

  @Field()
  documents!: boolean;

  @Field({ description: 'Construction projects (off unless switched on).' })
  projects!: boolean;

  @Field({ description: "Meter readings on customers' devices, and contracts billed by them (off unless switched on)." })
  meters!: boolean;

  @Field({ description: 'Ordering supplies (toner, drums, paper) for devices (off unless switched on).' })
  supplies!: boolean;
}

@ObjectType({
  description:
    'How customers reach the business, and the legal identity its invoices carry: public business information (portal footer, emails, PDFs). Every field is null until the business fills it in.',
})
export class BusinessContact {
  @Field(() => String, { nullable: true, description: 'As the business writes it, e.g. +1 312-555-0100; dial it through tel: with only + and digits.' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  addressLine1!: string | null;

  @Field(() => String, { nullable: true })
  addressLine2!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or region, as the postal service abbreviates it (IL, ON).' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. US or FR.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "Free text in the business's own words; may hold line breaks." })
  openingHours!: string | null;

  @Field(() => String, { nullable: true, description: 'The registered company name, when it differs from the trading name.' })
  legalName!: string | null;

  @Field(() => String, { nullable: true, description: 'Company registration number (SIRET in France: 14 digits).' })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'VAT or sales-tax number (TVA intracommunautaire in France).' })
  vatNumber!: string | null;
}

@InputType({
  description: 'Only the fields given change; an empty string removes one. An address needs its street line, city and country together (postal code where the country has one).',
})
export class BusinessContactInput {
  @Field(() => String, { nullable: true, description: 'Digits with an optional leading + and spaces, dots, hyphens or brackets; 6 to 20 digits.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  addressLine1?: string | null;

  @Field(() => String, { nullable: true })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-letter code, e.g. US or FR.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  openingHours?: string | null;

  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'With country FR: a SIRET, 14 digits (spaces allowed).' })
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true })
  vatNumber?: string | null;
}

@ObjectType({ description: 'What a portal shows before sign-in: the business and its branding.' })
export class PortalTenant {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'hvac, plumbing, grooming, contractor, equipment or field_service' })
  trade!: string;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field()
  primaryColor!: string;

  @Field()
  accentColor!: string;

  @Field({ description: 'The default language of the portal (BCP 47).' })
  locale!: string;

  @Field({ description: 'IANA time zone in which the business works.' })
  timeZone!: string;

  @Field()
  currency!: string;

  @Field()
  selfRegistration!: boolean;

  @Field({ description: 'Customers may have supplies delivered to an address they type, not only to one of their sites.' })
  suppliesAnyAddress!: boolean;

  @Field(() => PortalFeatures)
  features!: PortalFeatures;

  @Field(() => BusinessContact, { description: 'Phone, email, address, opening hours and legal identity: public business information.' })
  contact!: BusinessContact;
}

@ObjectType({ description: 'A custom domain and the DNS record that proves the business controls it.' })
export class CustomDomainVerification {
  @Field({ description: 'The hostname asked for, e.g. portal.example.com.' })
  domain!: string;

  @Field(() => CustomDomainStatus)
  status!: CustomDomainStatus;

  @Field({ description: 'Always TXT.' })
  recordType!: string;

  @Field({ description: 'The record to create: _portico-verification.<domain>.' })
  recordName!: string;

  @Field({ description: 'Its exact value: portico-verification=<token of this business>.' })
  recordValue!: string;

  @Field(() => Date, { nullable: true, description: 'When the record was last looked for.' })
  checkedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the worker looks next; null once it gave up (failed).' })
  nextCheckAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Since when the domain is proven.' })
  verifiedAt!: Date | null;

  @Field(() => CustomDomainProblem, { nullable: true, description: 'Why the last check found no proof; null when it did (or before any check).' })
  problem!: CustomDomainProblem | null;

  @Field(() => String, { nullable: true, description: 'The problem in English, naming the record.' })
  problemMessage!: string | null;
}

@ObjectType({ description: "The business's settings as owners and admins manage them." })
export class TenantSettings {
  @Field()
  name!: string;

  @Field({ description: 'The portal URL slug: lowercase letters, digits and hyphens.' })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The custom domain asked for, e.g. portal.example.com; the portal is served there only once it is verified (customDomainVerification).',
  })
  customDomain!: string | null;

  @Field(() => CustomDomainVerification, { nullable: true, description: 'Its proof and status; null without a custom domain.' })
  customDomainVerification!: CustomDomainVerification | null;

  @Field(() => String, { nullable: true })
  logoUrl!: string | null;

  @Field({ description: '#rrggbb' })
  primaryColor!: string;

  @Field({ description: '#rrggbb' })
  accentColor!: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  timeZone!: string;

  @Field({ description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  @Field({ description: 'Default language of the portal and emails.' })
  locale!: string;

  @Field({ description: 'Tokens: {YYYY} {YY} {MM} and {SEQ} or {SEQ:n} (zero-padded to n digits).' })
  invoiceNumberFormat!: string;

  @Field(() => PortalFeatures)
  features!: PortalFeatures;

  @Field({ description: 'Customers may create their own portal account.' })
  selfRegistration!: boolean;

  @Field({ description: 'Customers may edit their own name, phone and language.' })
  customerProfileEdit!: boolean;

  @Field({ description: 'Customers may add service addresses in the portal, and change or remove the ones they added.' })
  customersMayAddSites!: boolean;

  @Field({ description: 'Customers may add equipment or animals in the portal, and change or remove the ones they added.' })
  customersMayAddAssets!: boolean;

  @Field({ description: 'Customers may have supplies delivered to an address they type, not only to one of their sites.' })
  suppliesAnyAddress!: boolean;

  @Field({ description: 'New reviews wait for approval before they are published.' })
  reviewModeration!: boolean;

  @Field({ description: 'Online payments go through Stripe (own keys or a Connect account); false: the built-in sandbox.' })
  stripeConfigured!: boolean;

  @Field(() => String, { nullable: true, description: 'pk_live_… or pk_test_…; public by nature.' })
  stripePublishableKey!: string | null;

  @Field(() => String, { nullable: true, description: 'The last 4 characters of the secret key; the key itself is never returned.' })
  stripeSecretKeyLast4!: string | null;

  @Field({ description: 'A webhook signing secret is stored (never returned).' })
  stripeWebhookConfigured!: boolean;

  @Field(() => String, { nullable: true, description: 'Stripe Connect account id (acct_…), used when the platform has Connect keys.' })
  stripeAccountId!: string | null;

  @Field({ description: 'Customers may pay part of an invoice online.' })
  allowPartialPayments!: boolean;

  @Field({ description: 'Paying an invoice for a completed job offers a tip (presets and a custom amount).' })
  tipsEnabled!: boolean;

  @Field(() => [Int], { description: 'The tip presets, in percent of the invoice total, e.g. [10, 15, 20].' })
  tipPresetsPercent!: number[];

  @Field(() => BusinessContact, { description: 'What the portal footer, emails and PDFs show customers.' })
  contact!: BusinessContact;

  @Field(() => Int, { description: "A customer's session unused for this many days ends (1–30)." })
  customerSessionIdleDays!: number;

  @Field(() => Int, { description: "A staff member's session unused for this many hours ends (1–168)." })
  staffSessionIdleHours!: number;

  @Field(() => Int, { description: 'Email when away: a new message still unread after this many minutes (0–1440) is emailed to its reader, once for a burst.' })
  messageEmailDelayMinutes!: number;

  @Field(() => Int, { description: "How many months a completed project's warranty runs (0–600)." })
  warrantyMonths!: number;

  @Field(() => Int, { description: 'How many days the audit log keeps its entries (30–3650); older ones are removed daily.' })
  auditRetentionDays!: number;

  @Field({ description: 'Quote numbers, like invoiceNumberFormat, on their own sequence; e.g. Q-{YYYY}-{SEQ:4}.' })
  quoteNumberFormat!: string;

  @Field(() => QuoteConversion, { description: 'What an approved quote becomes: a job or a project.' })
  quoteConversion!: QuoteConversion;

  @Field(() => Int, { description: 'A new quote is valid this many days (1–365) unless staff say otherwise.' })
  quoteValidityDays!: number;

  @Field(() => String, { nullable: true, description: 'The terms a new quote starts with.' })
  quoteDefaultTerms!: string | null;

  @Field(() => Int, { description: 'A meter reading whose volume is further than this percentage from the expected volume is flagged for review (1–1000, default 60).' })
  meterTolerancePercent!: number;

  @Field(() => Int, { description: 'A meter reading is due in this many days before the billing day, and on it (0–27, default 5).' })
  meterReadingWindowDays!: number;
}

@InputType({ description: 'Only the features given change.' })
export class PortalFeaturesInput {
  @Field(() => Boolean, { nullable: true })
  invoices?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  booking?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requests?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  reviews?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  documents?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  projects?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  meters?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  supplies?: boolean | null;
}

@InputType({
  description:
    'Only the fields given change. Takes effect at once, except a new customDomain: it is served only after its DNS proof is verified (verifyCustomDomain); null (or empty) removes it.',
})
export class TenantSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Links with the old slug stop working.' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  customDomain?: string | null;

  @Field(() => String, { nullable: true })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true })
  accentColor?: string | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;

  @Field(() => String, { nullable: true })
  invoiceNumberFormat?: string | null;

  @Field(() => PortalFeaturesInput, { nullable: true })
  features?: PortalFeaturesInput | null;

  @Field(() => Boolean, { nullable: true })
  selfRegistration?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  customerProfileEdit?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  customersMayAddSites?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  customersMayAddAssets?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  suppliesAnyAddress?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  reviewModeration?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Empty string removes the Stripe keys (back to the sandbox).' })
  stripePublishableKey?: string | null;

  @Field(() => String, { nullable: true, description: 'sk_… or rk_…; write-only, stored encrypted.' })
  stripeSecretKey?: string | null;

  @Field(() => String, { nullable: true, description: 'whsec_…; write-only, stored encrypted.' })
  stripeWebhookSecret?: string | null;

  @Field(() => String, { nullable: true, description: 'acct_…; empty string removes it.' })
  stripeAccountId?: string | null;

  @Field(() => Boolean, { nullable: true })
  allowPartialPayments?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  tipsEnabled?: boolean | null;

  @Field(() => [Int], { nullable: true, description: '1 to 4 whole percentages between 1 and 100, e.g. [10, 15, 20]; TIP_PRESETS_INVALID otherwise.' })
  tipPresetsPercent?: number[] | null;

  @Field(() => BusinessContactInput, { nullable: true })
  contact?: BusinessContactInput | null;

  @Field(() => Int, { nullable: true, description: '1 to 30 days; a session already idle longer ends at its next use.' })
  customerSessionIdleDays?: number | null;

  @Field(() => Int, { nullable: true, description: '1 to 168 hours; a session already idle longer ends at its next use.' })
  staffSessionIdleHours?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 1440 minutes (BAD_USER_INPUT, reason OUT_OF_RANGE).' })
  messageEmailDelayMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 600 months (BAD_USER_INPUT, reason OUT_OF_RANGE).' })
  warrantyMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '30 to 3650 days (BAD_USER_INPUT, reason OUT_OF_RANGE).' })
  auditRetentionDays?: number | null;

  @Field(() => String, { nullable: true, description: 'BAD_USER_INPUT (reason INVALID_QUOTE_NUMBER_FORMAT) like the invoice number format.' })
  quoteNumberFormat?: string | null;

  @Field(() => QuoteConversion, { nullable: true })
  quoteConversion?: QuoteConversion | null;

  @Field(() => Int, { nullable: true, description: '1 to 365 days (BAD_USER_INPUT, reason OUT_OF_RANGE).' })
  quoteValidityDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Empty: none. At most 10000 characters (reason TOO_LONG).' })
  quoteDefaultTerms?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 1000 (BAD_USER_INPUT, reason OUT_OF_RANGE).' })
  meterTolerancePercent?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 27 (BAD_USER_INPUT, reason OUT_OF_RANGE).' })
  meterReadingWindowDays?: number | null;
}

@ObjectType({ description: 'Where to PUT a new logo: the raw bytes of a PNG, JPEG or WebP image.' })
export class LogoUpload {
  @Field({ description: 'Short-lived: PUT the image to it within 5 minutes. The answer is JSON { logoUrl }.' })
  uploadUrl!: string;

  @Field(() => Int)
  maxBytes!: number;

  @Field(() => [String])
  allowedTypes!: string[];
}
