// DataLoaders of Payments II fields: one query per request for a whole list of invoices, agreements or meter contracts.
import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';
import type { AgreementAutopay as AutopayRow, AutopayAttempt } from '../generated/prisma/client.js';
import type { Autopay, InvoiceAutopay } from './payments-ii.types.js';
import { isLastAttempt } from './dunning-schedule.js';

const processingByInvoice = (ctx: RequestContext) =>
  new DataLoader<string, boolean>(async (invoiceIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.payment.findMany({ where: { invoiceId: { in: [...invoiceIds] }, status: 'processing' }, select: { invoiceId: true } });
    const processing = new Set(rows.map((r) => r.invoiceId));
    return invoiceIds.map((id) => processing.has(id));
  });

/** Whether a payment of the invoice is processing (row-level security limits a customer to their own). */
export function invoicePaymentProcessing(ctx: RequestContext, invoiceId: string): Promise<boolean> {
  return loader(ctx, processingByInvoice).load(invoiceId);
}

export function toInvoiceAutopay(attempts: AutopayAttempt[]): InvoiceAutopay | null {
  const last = [...attempts].sort((a, b) => b.attempt - a.attempt)[0];
  if (!last) return null;
  const gaveUp = last.status === 'failed' && !last.nextRetryAt && isLastAttempt(last.attempt);
  return {
    attempts: attempts.length,
    state: gaveUp ? 'gaveUp' : last.status,
    lastFailureReason: [...attempts].sort((a, b) => b.attempt - a.attempt).find((a) => a.failureReason)?.failureReason ?? null,
    nextRetryAt: last.status === 'failed' ? last.nextRetryAt : null,
  };
}

const autopayByInvoice = (ctx: RequestContext) =>
  new DataLoader<string, InvoiceAutopay | null>(async (invoiceIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.autopayAttempt.findMany({ where: { invoiceId: { in: [...invoiceIds] } } });
    return invoiceIds.map((id) => toInvoiceAutopay(rows.filter((r) => r.invoiceId === id)));
  });

export function invoiceAutopay(ctx: RequestContext, invoiceId: string): Promise<InvoiceAutopay | null> {
  return loader(ctx, autopayByInvoice).load(invoiceId);
}

export function toAutopay(row: Omit<AutopayRow, 'agreementId'>): Autopay {
  return {
    paymentMethodId: row.paymentMethodId,
    kind: row.kind,
    brand: row.brand,
    last4: row.last4,
    expMonth: row.expMonth,
    expYear: row.expYear,
    enabledAt: row.enabledAt,
  };
}

const autopayByAgreement = (ctx: RequestContext) =>
  new DataLoader<string, Autopay | null>(async (agreementIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.agreementAutopay.findMany({ where: { agreementId: { in: [...agreementIds] } } });
    return agreementIds.map((id) => {
      const row = rows.find((r) => r.agreementId === id);
      return row ? toAutopay(row) : null;
    });
  });

export function agreementAutopay(ctx: RequestContext, agreementId: string): Promise<Autopay | null> {
  return loader(ctx, autopayByAgreement).load(agreementId);
}

const autopayByMeterContract = (ctx: RequestContext) =>
  new DataLoader<string, Autopay | null>(async (contractIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.meterContractAutopay.findMany({ where: { contractId: { in: [...contractIds] } } });
    return contractIds.map((id) => {
      const row = rows.find((r) => r.contractId === id);
      return row ? toAutopay(row) : null;
    });
  });

export function meterContractAutopay(ctx: RequestContext, contractId: string): Promise<Autopay | null> {
  return loader(ctx, autopayByMeterContract).load(contractId);
}
