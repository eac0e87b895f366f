// Tenant settings as owners and admins change them. Every value is checked before anything is
// written; the portal reads the tenant row on each request, so a change takes effect at once.
import type { StaffContext } from '../context/context.js';
import { BadInput, Conflict } from '../errors/errors.js';
import type { CustomDomain, Prisma, Tenant } from '../generated/prisma/client.js';
import { unlessTaken } from '../platform/unique-violation.js';
import { sessionIdleUpdate } from '../auth/session-idle-limit.js';
import { messageEmailDelayUpdate } from '../messaging/away-email-delay.js';
import { warrantyMonthsUpdate } from '../projects/warranty-months.js';
import { auditRetentionUpdate } from '../audit/audit-retention.js';
import { meterSettingsUpdate } from '../meters/meter-settings.js';
import { quoteSettingsUpdate } from '../quotes/quote-settings.js';
import { recordStaffActivity } from '../activity/activity.js';
import { checkedLanguage } from '../common/languages.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import { HOSTNAME, SLUG, toPortalTenant } from './tenants.service.js';
import { logoUrlForSlug } from './logo-files.js';
import type { TenantSettings, TenantSettingsInput } from './tenants.types.js';
import { paymentSettings, paymentSettingsUpdate } from '../payments/payment-settings.js';
import { contactUpdate } from './business-contact.js';
import { claimCustomDomain, customDomainClaim, toVerification } from './custom-domains.service.js';

const COLOR = /^#[0-9a-f]{6}$/i;
const MAX_NAME = 120;

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Tokens an invoice number format may use; {SEQ} or {SEQ:n} is required (see InvoiceSequence). */
const FORMAT_TOKEN = /\{([^{}]*)\}/g;
const KNOWN_TOKEN = /^(?:YYYY|YY|MM|SEQ|SEQ:[1-9]|SEQ:1[0-2])$/;
const MAX_FORMAT = 40;

export function invoiceFormatProblem(format: string): string | null {
  if (format.length === 0 || format.length > MAX_FORMAT) return `Use 1 to ${MAX_FORMAT} characters for the invoice number format.`;
  const tokens = [...format.matchAll(FORMAT_TOKEN)].map((m) => m[1] ?? '');
  const unknown = tokens.find((t) => !KNOWN_TOKEN.test(t));
  if (unknown !== undefined) return `{${unknown}} is not a known part. Use {YYYY}, {YY}, {MM} and {SEQ} or {SEQ:n}.`;
  const seqs = tokens.filter((t) => t.startsWith('SEQ')).length;
  if (seqs !== 1) return 'The invoice number format needs exactly one {SEQ} or {SEQ:n}, the running number.';
  if (/[{}]/.test(format.replace(FORMAT_TOKEN, ''))) return 'Braces may only surround {YYYY}, {YY}, {MM} or {SEQ}.';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(format)) return 'The invoice number format cannot contain control characters.';
  return null;
}

/** The settings of tenant `t`, with its custom domain claim (pending or verified) if it has one. */
export function toTenantSettings(t: Tenant, claim: CustomDomain | null): TenantSettings {
  const portal = toPortalTenant(t);
  return {
    name: t.name,
    slug: t.slug,
    customDomain: claim?.domain ?? null,
    customDomainVerification: claim && toVerification(claim),
    logoUrl: portal.logoUrl,
    primaryColor: t.primaryColor,
    accentColor: t.accentColor,
    timeZone: t.timeZone,
    currency: t.currency,
    locale: t.locale,
    invoiceNumberFormat: t.invoiceNumberFormat,
    features: portal.features,
    selfRegistration: t.selfRegistration,
    customerProfileEdit: t.customerProfileEdit,
    customersMayAddSites: t.customersMayAddSites,
    customersMayAddAssets: t.customersMayAddAssets,
    suppliesAnyAddress: t.suppliesAnyAddress,
    reviewModeration: t.reviewModeration,
    ...paymentSettings(t),
    contact: portal.contact,
    customerSessionIdleDays: t.customerSessionIdleDays,
    staffSessionIdleHours: t.staffSessionIdleHours,
    messageEmailDelayMinutes: t.messageEmailDelayMinutes,
    warrantyMonths: t.warrantyMonths,
    auditRetentionDays: t.auditRetentionDays,
    quoteNumberFormat: t.quoteNumberFormat,
    quoteConversion: t.quoteConversion,
    quoteValidityDays: t.quoteValidityDays,
    quoteDefaultTerms: t.quoteDefaultTerms,
    meterTolerancePercent: t.meterTolerancePercent,
    meterReadingWindowDays: t.meterReadingWindowDays,
  };
}

export async function tenantSettings(ctx: StaffContext): Promise<TenantSettings> {
  return toTenantSettings(await currentTenant(ctx), await customDomainClaim(ctx));
}

function text(field: string, value: string, max: number, what: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw new BadInput(field, `Use 1 to ${max} characters for ${what}.`, trimmed ? 'TOO_LONG' : 'REQUIRED');
  return trimmed;
}

/** A custom domain as stored: lower-case, no trailing dot; null to have none. Undefined: unchanged. */
function customDomainUpdate(input: TenantSettingsInput): string | null | undefined {
  if (input.customDomain === undefined) return undefined;
  const domain = input.customDomain?.trim().toLowerCase().replace(/\.$/, '') ?? '';
  if (domain && !HOSTNAME.test(domain)) throw new BadInput('customDomain', 'Enter a hostname such as portal.example.com, without http:// or a path.', 'INVALID_HOSTNAME');
  return domain || null;
}

/** Checks every given field and turns the input into the update, or refuses with the field named. */
function settingsUpdate(input: TenantSettingsInput): Prisma.TenantUpdateInput {
  const data: Prisma.TenantUpdateInput = {};
  if (input.name != null) data.name = text('name', input.name, MAX_NAME, 'the business name');
  if (input.slug != null) {
    const slug = input.slug.trim().toLowerCase();
    if (!SLUG.test(slug)) throw new BadInput('slug', 'Use lowercase letters, digits and hyphens (not at the start or end), at most 64 characters.', 'INVALID_SLUG');
    data.slug = slug;
  }
  for (const field of ['primaryColor', 'accentColor'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (!COLOR.test(value.trim())) throw new BadInput(field, 'Enter a colour as #rrggbb, e.g. #1d4ed8.', 'INVALID_COLOR');
    data[field] = value.trim().toLowerCase();
  }
  if (input.timeZone != null) {
    if (!TIME_ZONES.has(input.timeZone.trim())) throw new BadInput('timeZone', 'Choose a time zone from the list, e.g. America/Chicago.', 'INVALID_TIME_ZONE');
    data.timeZone = input.timeZone.trim();
  }
  if (input.currency != null) {
    const currency = input.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency) || !CURRENCIES.has(currency)) throw new BadInput('currency', 'Enter a three-letter currency code, e.g. USD or EUR.', 'INVALID_CURRENCY');
    data.currency = currency;
  }
  if (input.locale != null) {
    data.locale = checkedLanguage('locale', input.locale);
  }
  if (input.invoiceNumberFormat != null) {
    const format = input.invoiceNumberFormat.trim();
    const problem = invoiceFormatProblem(format);
    if (problem) throw new BadInput('invoiceNumberFormat', problem, 'INVALID_INVOICE_NUMBER_FORMAT');
    data.invoiceNumberFormat = format;
  }
  const features = input.features;
  if (features) {
    if (features.invoices != null) data.featureInvoices = features.invoices;
    if (features.booking != null) data.featureBooking = features.booking;
    if (features.requests != null) data.featureRequests = features.requests;
    if (features.reviews != null) data.featureReviews = features.reviews;
    if (features.documents != null) data.featureDocuments = features.documents;
    if (features.projects != null) data.featureProjects = features.projects;
    if (features.meters != null) data.featureMeters = features.meters;
    if (features.supplies != null) data.featureSupplies = features.supplies;
  }
  if (input.selfRegistration != null) data.selfRegistration = input.selfRegistration;
  if (input.customerProfileEdit != null) data.customerProfileEdit = input.customerProfileEdit;
  if (input.customersMayAddSites != null) data.customersMayAddSites = input.customersMayAddSites;
  if (input.customersMayAddAssets != null) data.customersMayAddAssets = input.customersMayAddAssets;
  if (input.suppliesAnyAddress != null) data.suppliesAnyAddress = input.suppliesAnyAddress;
  if (input.reviewModeration != null) data.reviewModeration = input.reviewModeration;
  Object.assign(
    data,
    sessionIdleUpdate(input),
    messageEmailDelayUpdate(input),
    warrantyMonthsUpdate(input),
    auditRetentionUpdate(input),
    quoteSettingsUpdate(input, invoiceFormatProblem),
    meterSettingsUpdate(input),
  );
  return data;
}

/** The tenant holding a slug, through the SECURITY DEFINER lookup (RLS hides other tenants). */
async function slugHolder(ctx: StaffContext, slug: string): Promise<string | null> {
  const rows = await ctx.tx.$queryRaw<{ id: string | null }[]>`SELECT tenant_id_by_slug(${slug}) AS id`;
  return rows[0]?.id ?? null;
}

export async function updateTenantSettings(ctx: StaffContext, input: TenantSettingsInput): Promise<TenantSettings> {
  const { tx, principal } = ctx;
  const data = {
    ...settingsUpdate(input),
    ...paymentSettingsUpdate(ctx.deps.config.jwtSecret, input),
    ...contactUpdate(await currentTenant(ctx), input.contact),
  };
  const customDomain = customDomainUpdate(input);
  if (typeof data.slug === 'string') {
    const holder = await slugHolder(ctx, data.slug);
    if (holder && holder !== principal.tenantId) throw new Conflict('This portal address is taken. Choose another.', 'SLUG_TAKEN');
  }
  // A new domain is only asked for here: it serves nothing until its DNS proof is verified.
  const claim = customDomain !== undefined ? await claimCustomDomain(ctx, customDomain) : undefined;
  if (typeof data.slug === 'string') {
    // The logo's public URL names the slug: it moves along.
    data.logoUrl = logoUrlForSlug((await currentTenant(ctx)).logoUrl, data.slug);
  }
  // Two tenants claiming the same slug at the same moment: the unique index decides.
  const updated = await unlessTaken(
    () => tx.tenant.update({ where: { id: principal.tenantId }, data }),
    () => new Conflict('This portal address was just taken. Choose another.', 'SLUG_TAKEN'),
  );
  forgetCurrentTenant(ctx);
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: principal.tenantId });
  return toTenantSettings(updated, claim === undefined ? await customDomainClaim(ctx) : claim);
}
