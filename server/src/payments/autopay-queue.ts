// Queues autopay charges (task autopay-charge, payments/autopay.service.ts) from the transaction
// that issues an agreement's invoice or a period-end meter invoice, and the dunning retries; one
// job per invoice and attempt.
import type { ScopedContext } from '../context/context.js';
import type { MeterContractAutopay } from '../generated/prisma/client.js';
import { meterInvoiceAutopay } from '../meter-billing/meter-invoice-autopay.js';

/** Called in the transaction that issued an agreement's invoice: queues its autopay charge if autopay is on. */
export async function queueAutopayCharge(ctx: ScopedContext, invoiceId: string, agreementId: string): Promise<void> {
  const autopay = await ctx.tx.agreementAutopay.findFirst({ where: { agreementId } });
  if (autopay) await queueAutopayAttempt(ctx, invoiceId, 0, ctx.now());
}

/**
 * The saved method that charges a meter invoice by autopay: its contracts are the billing periods
 * carrying it; null unless every one is on autopay with the same method (meter-invoice-autopay.ts).
 */
export async function meterInvoiceAutopayMethod(ctx: ScopedContext, invoiceId: string): Promise<MeterContractAutopay | null> {
  const periods = await ctx.tx.meterBillingPeriod.findMany({ where: { invoiceId }, select: { contractId: true }, orderBy: { contractId: 'asc' } });
  const contractIds = [...new Set(periods.map((p) => p.contractId))];
  const rows = contractIds.length ? await ctx.tx.meterContractAutopay.findMany({ where: { contractId: { in: contractIds } } }) : [];
  return meterInvoiceAutopay(contractIds.map((contractId) => ({ contractId, autopay: rows.find((r) => r.contractId === contractId) ?? null })));
}

/** Called in the transaction that issued a period-end meter invoice (its billing periods already carry it). */
export async function queueMeterAutopayCharge(ctx: ScopedContext, invoiceId: string): Promise<void> {
  if (await meterInvoiceAutopayMethod(ctx, invoiceId)) await queueAutopayAttempt(ctx, invoiceId, 0, ctx.now());
}

export async function queueAutopayAttempt(ctx: ScopedContext, invoiceId: string, attempt: number, runAt: Date): Promise<void> {
  const payload = JSON.stringify({ invoiceId, attempt });
  await ctx.tx.$executeRaw`SELECT queue_payment_job('autopay-charge', ${`${invoiceId}:${attempt}`}, ${payload}::jsonb, ${runAt}::timestamptz)`;
}
