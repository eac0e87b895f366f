// The quotes' emails: sent (to the customer), approved (to the office).
import type { StaffContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import type { QuoteWithVersions } from './quotes.service.js';

export function notifyQuoteSent(ctx: StaffContext, tenant: Tenant, quote: QuoteWithVersions): Promise<void> {
  ctx.log.debug({ tenant: tenant.id, quote: quote.id }, 'quote sent (email not yet implemented)');
  return Promise.resolve();
}
