// The quotes' emails: sent (to the customer, in their language, with the PDF and a portal link),
// approved (to the office).
import type { ScopedContext, StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { QuoteWithVersions } from './quotes.service.js';

export function notifyQuoteSent(ctx: StaffContext, tenant: Tenant, quote: QuoteWithVersions): Promise<void> {
  ctx.log.debug({ tenant: tenant.id, quote: quote.id }, 'quote sent (email not yet implemented)');
  return Promise.resolve();
}

export function notifyQuoteApproved(ctx: ScopedContext, tenant: Tenant, quote: QuoteWithVersions, totalMinor: number): Promise<void> {
  ctx.log.debug({ tenant: tenant.id, quote: quote.id, totalMinor }, 'quote approved (email not yet implemented)');
  return Promise.resolve();
}
