// The customer's moves on a sent quote: decline it, or freeze a selection and start signing it.
// Customers write nothing to the quotes tables themselves (row-level security): the move is
// checked in their scope (their own quote, as they see it), then written in the business's
// back-office scope on a savepoint.
import type { CustomerContext } from '../context/context.js';
import { BadInput, Conflict } from '../errors/errors.js';
import { asSystem } from '../platform/scope.js';
import { currentTenant } from '../platform/current-tenant.js';
import { mayMoveQuote } from './quote-status.js';
import { selectedItems } from './quote-math.js';
import { quoteFileName, quotePdf } from './quote-document.js';
import { SIGNATURE_BOX } from './quote-pdf.js';
import { signaturesModule } from './quote-signing.js';
import { clockOf, contentOf, presentForCustomer, toQuote, visibleQuote, type QuoteWithVersions } from './quotes.service.js';
import type { Quote, QuoteSelectionInput } from './quotes.types.js';

const MAX_REASON = 2000;

/** The customer's quote, locked, with the version they see; CONFLICT unless it is sent and not expired. */
async function openQuote(ctx: CustomerContext, id: string, move: 'declined' | 'approved'): Promise<QuoteWithVersions> {
  const seen = await visibleQuote(ctx, id);
  await asSystem(ctx, (system) => system.tx.$queryRaw`SELECT 1 FROM quotes WHERE tenant_id = app_tenant() AND id = ${seen.id}::uuid FOR UPDATE`);
  const row = await visibleQuote(ctx, seen.id);
  const status = toQuote(row, await clockOf(ctx)).status;
  if (status === 'expired') throw new Conflict('This quote has expired: ask the business for a new one.', 'QUOTE_EXPIRED');
  if (!mayMoveQuote(status, move)) throw new Conflict(`This quote can no longer be ${move}.`, 'STATUS_NOT_ALLOWED');
  return row;
}

export async function declineQuote(ctx: CustomerContext, id: string, reason: string | null): Promise<Quote> {
  const why = reason?.trim() ?? '';
  if (why.length > MAX_REASON) throw new BadInput('reason', `Keep the reason under ${MAX_REASON} characters.`, 'TOO_LONG');
  const row = await openQuote(ctx, id, 'declined');
  await asSystem(ctx, (system) =>
    system.tx.quote.update({
      where: { tenantId_id: { tenantId: row.tenantId, id: row.id } },
      data: { status: 'declined', declinedAt: ctx.now(), declineReason: why || null, signingRequestId: null },
    }),
  );
  return presentForCustomer(ctx, await visibleQuote(ctx, row.id));
}

export async function startQuoteSigning(ctx: CustomerContext, id: string, selection: QuoteSelectionInput): Promise<Quote> {
  const row = await openQuote(ctx, id, 'approved');
  const version = row.versions.find((v) => v.version === row.sentVersion);
  if (!version) throw new Conflict('This quote can no longer be approved.', 'STATUS_NOT_ALLOWED');
  // Checks the selection against the version shown (BAD_USER_INPUT otherwise).
  selectedItems(contentOf(version), selection);
  const frozen = { optionId: selection.optionId ?? null, optionalItemIds: [...new Set(selection.optionalItemIds)] };
  const tenant = await currentTenant(ctx);
  const pdf = await quotePdf(ctx, tenant, row, version, frozen);
  const request = await signaturesModule().createSigningRequest(ctx, {
    kind: 'QUOTE',
    subjectId: row.id,
    customerId: row.customerId,
    title: `${row.number} — ${version.title}`,
    pdf,
    fileName: quoteFileName(row, version),
    placement: SIGNATURE_BOX,
  });
  await asSystem(ctx, (system) =>
    system.tx.quote.update({
      where: { tenantId_id: { tenantId: row.tenantId, id: row.id } },
      data: { signingRequestId: request.id, selectedOptionId: frozen.optionId, selectedItemIds: frozen.optionalItemIds },
    }),
  );
  return presentForCustomer(ctx, await visibleQuote(ctx, row.id));
}
