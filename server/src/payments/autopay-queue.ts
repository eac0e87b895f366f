// Queues autopay charges (task autopay-charge, payments/autopay.service.ts) from the transaction
// that issues an agreement's invoice, and the dunning retries; one job per invoice and attempt.
import type { ScopedContext } from '../context/context.js';

/** Called in the transaction that issued an agreement's invoice: queues its autopay charge if autopay is on. */
export async function queueAutopayCharge(ctx: ScopedContext, invoiceId: string, agreementId: string): Promise<void> {
  const autopay = await ctx.tx.agreementAutopay.findFirst({ where: { agreementId } });
  if (autopay) await queueAutopayAttempt(ctx, invoiceId, 0, ctx.now());
}

export async function queueAutopayAttempt(ctx: ScopedContext, invoiceId: string, attempt: number, runAt: Date): Promise<void> {
  const payload = JSON.stringify({ invoiceId, attempt });
  await ctx.tx.$executeRaw`SELECT queue_payment_job('autopay-charge', ${`${invoiceId}:${attempt}`}, ${payload}::jsonb, ${runAt}::timestamptz)`;
}
