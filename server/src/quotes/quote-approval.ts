// A signed quote is approved: what the signatures module calls when the customer has signed
// (onDocumentSigned('QUOTE', quoteSigned)). The quote keeps its signed document, the option and
// add-ons frozen when signing started, and the money of that selection. A deposit > 0 is invoiced
// ("Deposit for quote Q-…", due today, paid with the usual invoice payment flow); the quote
// converts when that invoice is paid (quote-deposits.ts), or now when no deposit is due. The
// office is told. Everything is written in the business's back-office scope (the signer is a
// customer), once: a second call for the same signing finds the quote approved and does nothing.
import type { ScopedContext } from '../context/context.js';
import { Conflict } from '../errors/errors.js';
import { withScope } from '../platform/scope.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { todayIn } from '../common/dates.js';
import { calendarDate } from '../invoices/invoice-dates.js';
import { insertDraft, issueDraft, notifyInvoiceIssued } from '../invoices/invoices.admin.service.js';
import { priceSelection } from './quote-math.js';
import { contentOf, visibleQuote } from './quotes.service.js';
import { convertSafely } from './quote-deposits.js';
import { notifyQuoteApproved } from './quote-emails.js';
import type { SignedDocument } from './quote-signing.js';

export const DEPOSIT_LINE_PREFIX = 'Deposit for quote ';

export async function quoteSigned(ctx: ScopedContext, signed: SignedDocument): Promise<void> {
  const tenant = await scopeTenant(ctx);
  await withScope(ctx, { tenantId: tenant.id, role: 'system' }, async (system) => {
    const { tx } = system;
    await tx.$queryRaw`SELECT 1 FROM quotes WHERE tenant_id = app_tenant() AND id = ${signed.subjectId}::uuid FOR UPDATE`;
    const quote = await visibleQuote(system, signed.subjectId);
    // A signing replaced by a newer one, or a quote revised or withdrawn meanwhile, approves nothing.
    if (quote.signingRequestId !== signed.signingRequestId) throw new Conflict('This signature is for a selection the quote no longer has.', 'SIGNING_REPLACED');
    if (quote.status === 'approved' || quote.status === 'converted') return;
    if (quote.status !== 'sent' || quote.sentVersion === null) throw new Conflict('This quote can no longer be approved.', 'STATUS_NOT_ALLOWED');
    const version = quote.versions.find((v) => v.version === quote.sentVersion);
    if (!version) throw new Conflict('This quote can no longer be approved.', 'STATUS_NOT_ALLOWED');
    const totals = priceSelection(contentOf(version), { optionId: quote.selectedOptionId, optionalItemIds: quote.selectedItemIds });
    let depositInvoiceId: string | null = null;
    if (totals.depositMinor > 0) {
      const today = calendarDate('today', todayIn(tenant.timeZone, system.now()));
      const draft = await insertDraft(system, tenant, {
        customerId: quote.customerId,
        dueDate: today,
        lines: [{ description: `${DEPOSIT_LINE_PREFIX}${quote.number}`, quantity: 1, unitPriceMinor: totals.depositMinor, taxRateBp: 0 }],
      });
      const issued = await issueDraft(system, tenant, draft, today);
      await notifyInvoiceIssued(system, tenant, issued);
      depositInvoiceId = issued.id;
    }
    await tx.quote.update({
      where: { tenantId_id: { tenantId: tenant.id, id: quote.id } },
      data: {
        status: 'approved',
        approvedAt: system.now(),
        signedVersion: version.version,
        signedDocumentId: signed.documentId,
        totalMinor: totals.totalMinor,
        depositMinor: totals.depositMinor,
        depositInvoiceId,
      },
    });
    await notifyQuoteApproved(system, tenant, await visibleQuote(system, quote.id), totals.totalMinor);
    if (!depositInvoiceId) await convertSafely(system, quote.id);
  });
}
