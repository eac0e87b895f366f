// Tips in the payment records: the tip part of a provider's intent (its metadata, set by us), the
// tip row written once its payment succeeded (credited to the job's technician), and its refunds.
import type { ScopedContext } from '../context/context.js';
import type { Invoice as InvoiceRow, Payment as PaymentRow } from '../generated/prisma/client.js';
import type { ProviderIntent } from './payment-provider.js';

/** The tip an intent carries (metadata.tipMinor), never more than the intent itself. */
export function tipOfIntent(intent: ProviderIntent): number {
  const tip = Number(intent.metadata.tipMinor ?? 0);
  return Number.isInteger(tip) && tip > 0 ? Math.min(tip, intent.amountMinor) : 0;
}

/** Writes the tip of a succeeded payment once; the caller holds the invoice's lock. */
export async function recordTip(ctx: ScopedContext, invoice: InvoiceRow, payment: PaymentRow): Promise<void> {
  if (payment.tipMinor <= 0) return;
  const job = invoice.jobId ? await ctx.tx.job.findFirst({ where: { tenantId: invoice.tenantId, id: invoice.jobId }, select: { id: true, technicianId: true } }) : null;
  await ctx.tx.$executeRaw`
    INSERT INTO tips (tenant_id, payment_id, invoice_id, customer_id, job_id, technician_id, amount_minor, currency, received_at)
    VALUES (${payment.tenantId}::uuid, ${payment.id}::uuid, ${invoice.id}::uuid, ${payment.customerId}::uuid, ${job?.id ?? null}::uuid,
      ${job?.technicianId ?? null}::uuid, ${payment.tipMinor}, ${payment.currency}, ${ctx.now()})
    ON CONFLICT (tenant_id, payment_id) DO NOTHING`;
}

/** Records that `tipRefunded` of a payment's tip has been given back in all (totals: a repeat changes nothing). */
export async function recordTipRefunded(ctx: ScopedContext, payment: PaymentRow, tipRefunded: number): Promise<void> {
  if (payment.tipMinor <= 0 || tipRefunded <= 0) return;
  const total = Math.min(tipRefunded, payment.tipMinor);
  await ctx.tx.$executeRaw`
    UPDATE tips SET refunded_minor = GREATEST(refunded_minor, LEAST(${total}, amount_minor))
    WHERE tenant_id = ${payment.tenantId}::uuid AND payment_id = ${payment.id}::uuid`;
}
