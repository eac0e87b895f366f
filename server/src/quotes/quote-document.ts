// The quote PDF of a version: as sent (every option, every add-on) or for signing (the option
// chosen and the add-ons ticked, with the selection's totals and deposit).
import type { ScopedContext, SignedInContext } from '../context/context.js';
import type { FileReply } from '../platform/files.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { Tenant } from '../generated/prisma/client.js';
import { toLocalDate } from '../common/dates.js';
import { billingAddress } from '../invoices/billing-address.js';
import { pdfBusinessWithLogo } from '../pdf/business-logo.js';
import { priceSelection, selectedItems, totalsOf, type Selection } from './quote-math.js';
import { renderQuotePdf, type QuotePdfLine } from './quote-pdf.js';
import { contentOf, shownVersion, versionNumbered, visibleQuote, type QuoteWithVersions, type VersionWithParts } from './quotes.service.js';

const line = (i: { description: string; quantity: number; unitPriceMinor: number; totalMinor: number }): QuotePdfLine => ({
  description: i.description,
  quantity: i.quantity,
  unitPriceMinor: i.unitPriceMinor,
  totalMinor: i.totalMinor,
});

/** The PDF of `version`; with a selection, only what it chose. Read in the caller's scope. */
export async function quotePdf(
  ctx: ScopedContext,
  tenant: Tenant,
  quote: QuoteWithVersions,
  version: VersionWithParts,
  selection: Selection | null,
): Promise<{ pdf: Buffer; pages: number }> {
  const customer = await ctx.tx.customer.findFirst({ where: { id: quote.customerId }, select: { name: true, email: true, locale: true } });
  if (!customer) throw new Error('quote PDF: customer not visible');
  const content = contentOf(version);
  const chosen = selection ? new Set(selectedItems(content, selection).map((i) => i.id)) : null;
  const common = version.items.filter((i) => i.kind === 'COMMON');
  const options = version.options
    .filter((o) => !selection || o.id === selection.optionId)
    .map((o) => ({ name: o.name, lines: version.items.filter((i) => i.optionId === o.id).map(line) }));
  const addOns = version.items.filter((i) => i.kind === 'OPTIONAL' && (!chosen || chosen.has(i.id)));
  const totals = selection ? priceSelection(content, selection) : version.options.length === 0 ? totalsOf([...common], content.deposit) : null;
  return renderQuotePdf({
    business: await pdfBusinessWithLogo(ctx, tenant),
    customer: { ...customer, address: await billingAddress(ctx, quote.customerId) },
    quote: {
      number: quote.number,
      version: version.version,
      title: version.title,
      intro: version.intro,
      terms: version.terms,
      validUntil: toLocalDate(version.validUntil) ?? '',
      currency: quote.currency,
    },
    common: common.map(line),
    options,
    chosen: selection !== null,
    addOns: addOns.map(line),
    totals,
    renderedAt: version.sentAt ?? ctx.now(),
  });
}

export function quoteFileName(quote: { number: string }, version: { version: number }): string {
  return `${quote.number.replace(/[^A-Za-z0-9._-]+/g, '-')}-v${version.version}.pdf`;
}

/**
 * The quote as sent, every option and add-on (Quote.pdfUrl / AdminQuote.pdfUrl): a customer gets the
 * version they see, staff the current one (a draft too). Row-level security decides who finds it.
 */
export async function quoteAsSentPdf(ctx: SignedInContext, id: string): Promise<FileReply> {
  const row = await visibleQuote(ctx, id);
  const version = ctx.principal.kind === 'customer' ? shownVersion(row) : versionNumbered(row, row.currentVersion);
  const { pdf } = await quotePdf(ctx, await currentTenant(ctx), row, version, null);
  return { body: pdf, contentType: 'application/pdf', fileName: quoteFileName(row, version), disposition: 'attachment' };
}
