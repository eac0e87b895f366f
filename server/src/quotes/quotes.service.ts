// Reading quotes: a customer's own (the latest sent version; row-level security never shows them a
// draft) and the business's (every version). Also the presenters both endpoints share.
import type { CustomerContext, ScopedContext, StaffContext } from '../context/context.js';
import type { Prisma, Quote as QuoteRow, QuoteItem as ItemRow, QuoteOption as OptionRow, QuoteVersion as VersionRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { NotFound } from '../errors/errors.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { currentTenant } from '../platform/current-tenant.js';
import { nextQuoteStates } from './quote-status.js';
import { effectiveQuoteStatus } from './quote-validity.js';
import { priceSelection, totalsOf, type PricedItem, type QuoteContent, type Selection } from './quote-math.js';
import type { AdminQuote, AdminQuoteListArgs, Quote, QuoteFields, QuoteItem, QuoteOption, QuoteSelectionInput, QuoteTotals, QuoteVersion } from './quotes.types.js';

export const versionInclude = {
  options: { orderBy: { position: 'asc' } },
  items: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
} as const satisfies Prisma.QuoteVersionInclude;

export const quoteInclude = {
  versions: { orderBy: { version: 'desc' }, include: versionInclude },
} as const satisfies Prisma.QuoteInclude;

export type VersionWithParts = VersionRow & { options: OptionRow[]; items: ItemRow[] };
export type QuoteWithVersions = QuoteRow & { versions: VersionWithParts[] };

/** What the clock and the business's zone need to say whether a quote expired. */
export interface Clock {
  timeZone: string;
  now: Date;
}

export async function clockOf(ctx: ScopedContext): Promise<Clock> {
  const tenant = await currentTenant(ctx);
  return { timeZone: tenant.timeZone, now: ctx.now() };
}

/** A version's lines and options as quote-math.ts prices them. */
export function contentOf(version: VersionWithParts): QuoteContent {
  return {
    items: version.items.map((i) => ({ id: i.id, kind: i.kind, optionId: i.optionId, quantity: i.quantity, unitPriceMinor: i.unitPriceMinor, taxRateBp: i.taxRateBp })),
    optionIds: version.options.map((o) => o.id),
    deposit: { kind: version.depositKind, value: version.depositValue },
  };
}

function toItem(row: ItemRow): QuoteItem {
  return {
    id: row.id,
    kind: row.kind,
    description: row.description,
    quantity: row.quantity,
    unitPriceMinor: row.unitPriceMinor,
    taxRateBp: row.taxRateBp,
    totalMinor: row.totalMinor,
    optionId: row.optionId,
  };
}

export function toVersion(row: VersionWithParts, currency: string): QuoteVersion {
  const content = contentOf(row);
  const common = row.items.filter((i) => i.kind === 'COMMON');
  const options: QuoteOption[] = row.options.map((o) => {
    const items = row.items.filter((i) => i.optionId === o.id);
    return { id: o.id, name: o.name, description: o.description, items: items.map(toItem), totals: { ...totalsOf([...common, ...items], content.deposit), currency } };
  });
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    intro: row.intro,
    terms: row.terms,
    validUntil: toLocalDate(row.validUntil) ?? '',
    depositRule: { kind: row.depositKind, value: row.depositValue },
    commonItems: common.map(toItem),
    options,
    optionalItems: row.items.filter((i) => i.kind === 'OPTIONAL').map(toItem),
    sentAt: row.sentAt,
  };
}

export function versionNumbered(row: QuoteWithVersions, version: number): VersionWithParts {
  const found = row.versions.find((v) => v.version === version);
  if (!found) throw new NotFound('This quote');
  return found;
}

/** The version whose validity decides expiry: the one the customer sees (the current one before sending). */
export function shownVersion(row: QuoteWithVersions): VersionWithParts {
  return versionNumbered(row, row.sentVersion ?? row.currentVersion);
}

function fields(row: QuoteWithVersions, clock: Clock): QuoteFields {
  const shown = shownVersion(row);
  const status = effectiveQuoteStatus(row.status, toLocalDate(shown.validUntil) ?? '', clock.timeZone, clock.now);
  const selected = row.signingRequestId !== null || row.approvedAt !== null;
  const approvedTotals: QuoteTotals | null =
    row.approvedAt && row.signedVersion !== null
      ? { ...priceSelection(contentOf(versionNumbered(row, row.signedVersion)), selectionOf(row)), depositMinor: row.depositMinor, currency: row.currency }
      : null;
  return {
    id: row.id,
    number: row.number,
    status,
    nextStates: nextQuoteStates(status),
    currency: row.currency,
    sentAt: row.sentAt,
    approvedAt: row.approvedAt,
    declinedAt: row.declinedAt,
    declineReason: row.declineReason,
    selection: selected ? { optionId: row.selectedOptionId, optionalItemIds: row.selectedItemIds } : null,
    approvedTotals,
    signingRequestId: row.signingRequestId,
    signedDocumentId: row.signedDocumentId,
    depositInvoiceId: row.depositInvoiceId,
    jobId: row.convertedJobId,
    convertedProjectId: row.convertedProjectId,
    threadId: null,
    createdAt: row.createdAt,
    customerId: row.customerId,
    siteId: row.siteId,
    assetId: row.assetId,
    requestId: row.requestId,
    projectId: row.projectId,
  };
}

export function selectionOf(row: QuoteRow): Selection {
  return { optionId: row.selectedOptionId, optionalItemIds: row.selectedItemIds };
}

/** What the customer may do next, for the portal's buttons. */
function nextSteps(status: Quote['status'], version: QuoteVersion, depositUnpaid: boolean): string[] {
  if (status === 'sent') return [...(version.options.length > 0 ? ['CHOOSE_OPTION'] : []), 'APPROVE', 'DECLINE', 'ASK'];
  if (status === 'approved' && depositUnpaid) return ['PAY_DEPOSIT', 'ASK'];
  if (status === 'expired' || status === 'declined' || status === 'approved' || status === 'converted') return ['ASK'];
  return [];
}

export function toQuote(row: QuoteWithVersions, clock: Clock, depositUnpaid = false): Quote {
  const base = fields(row, clock);
  const version = toVersion(shownVersion(row), row.currency);
  return Object.assign(base, {
    version: version.version,
    title: version.title,
    intro: version.intro,
    terms: version.terms,
    validUntil: version.validUntil,
    depositRule: version.depositRule,
    commonItems: version.commonItems,
    options: version.options,
    optionalItems: version.optionalItems,
    nextSteps: nextSteps(base.status, version, depositUnpaid),
  });
}

export function toAdminQuote(row: QuoteWithVersions, clock: Clock): AdminQuote {
  const versions = row.versions.map((v) => toVersion(v, row.currency));
  const current = versions.find((v) => v.version === row.currentVersion);
  if (!current) throw new NotFound('This quote');
  return Object.assign(fields(row, clock), {
    currentVersion: row.currentVersion,
    sentVersion: row.sentVersion,
    current,
    versions,
    withdrawnAt: row.withdrawnAt,
    convertedAt: row.convertedAt,
  });
}

/** The quote as the caller's row-level security shows it; NOT_FOUND for any other id. */
export async function visibleQuote(ctx: ScopedContext, id: string): Promise<QuoteWithVersions> {
  const row = isId(id) ? await ctx.tx.quote.findFirst({ where: { id }, include: quoteInclude }) : null;
  if (!row) throw new NotFound('This quote');
  return row;
}

async function depositUnpaid(ctx: ScopedContext, row: QuoteRow): Promise<boolean> {
  if (!row.depositInvoiceId) return false;
  const invoice = await ctx.tx.invoice.findFirst({ where: { id: row.depositInvoiceId }, select: { status: true } });
  return invoice?.status === 'issued';
}

export async function presentForCustomer(ctx: CustomerContext, row: QuoteWithVersions): Promise<Quote> {
  const quote = toQuote(row, await clockOf(ctx), await depositUnpaid(ctx, row));
  quote.threadId = await quoteThreadId(ctx, row);
  return quote;
}

export async function presentForStaff(ctx: StaffContext, row: QuoteWithVersions): Promise<AdminQuote> {
  const quote = toAdminQuote(row, await clockOf(ctx));
  quote.threadId = await quoteThreadId(ctx, row);
  return quote;
}

export async function myQuotes(ctx: CustomerContext, args: PageArgs): Promise<Connection<Quote>> {
  const rows = await ctx.tx.quote.findMany({
    where: { customerId: ctx.principal.customerId },
    include: quoteInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  const clock = await clockOf(ctx);
  return toConnection(rows, args, (row) => toQuote(row, clock));
}

export async function myQuote(ctx: CustomerContext, id: string): Promise<Quote> {
  return presentForCustomer(ctx, await visibleQuote(ctx, id));
}

/** What a selection of the customer's quote (its sent version) costs. */
export async function priceMyQuote(ctx: CustomerContext, id: string, selection: QuoteSelectionInput): Promise<QuoteTotals> {
  const row = await visibleQuote(ctx, id);
  const version = shownVersion(row);
  return { ...priceSelection(contentOf(version), selection), currency: row.currency };
}

export async function listQuotes(ctx: StaffContext, args: AdminQuoteListArgs): Promise<Connection<AdminQuote>> {
  const clock = await clockOf(ctx);
  const where: Prisma.QuoteWhereInput = {};
  if (args.customerId != null) where.customerId = args.customerId;
  if (args.status === 'expired' || args.status === 'sent') {
    // Expired is read, not stored: a sent quote whose sent version's last day is before today.
    const today = todayIn(clock.timeZone, clock.now);
    const expired = await ctx.tx.$queryRaw<{ id: string }[]>`SELECT q.id::text AS id FROM quotes q
      JOIN quote_versions v ON v.tenant_id = q.tenant_id AND v.quote_id = q.id AND v.version = q.sent_version
      WHERE q.tenant_id = app_tenant() AND q.status = 'sent' AND v.valid_until < ${today}::date`;
    const ids = expired.map((r) => r.id);
    where.status = 'sent';
    where.id = args.status === 'expired' ? { in: ids } : { notIn: ids };
  } else if (args.status != null) {
    where.status = args.status;
  }
  const rows = await ctx.tx.quote.findMany({ where, include: quoteInclude, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...pageQuery(ctx.principal.tenantId, args) });
  return toConnection(rows, args, (row) => toAdminQuote(row, clock));
}

export async function staffQuote(ctx: StaffContext, id: string): Promise<AdminQuote> {
  return presentForStaff(ctx, await visibleQuote(ctx, id));
}

/** The quote's message thread with its customer; null before its first message. */
export async function quoteThreadId(ctx: ScopedContext, quote: { id: string; customerId: string }): Promise<string | null> {
  const row = await ctx.tx.messageThread.findFirst({ where: { customerId: quote.customerId, anchorType: 'quote', quoteId: quote.id }, select: { id: true } });
  return row?.id ?? null;
}

export type { PricedItem };
