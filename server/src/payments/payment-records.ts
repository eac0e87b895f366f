// How a verified provider fact (an event, or an intent retrieved from the provider's API)
// changes our records. Everything here runs in the 'system' row-level-security role, after the
// invoice row is locked, so two deliveries of the same fact (or two API instances) apply it
// once: each event id is claimed once, and payment states only move forward (one table).
//
// The invoice is always locked first: the lock order of every money path is written in
// invoices/invoice-ledger.ts. Each write hands back the payment row it wrote (with its invoice's
// number, as the API shows it), so callers never read it again.
import type { ScopedContext } from '../context/context.js';
import type { Invoice as InvoiceRow, Payment as PaymentRow, Prisma, Tenant } from '../generated/prisma/client.js';
import type { PaymentStatus } from '../generated/prisma/enums.js';
import { isId } from '../common/ids.js';
import { lockInvoice, recordReceived, recordRefunded } from '../invoices/invoice-ledger.js';
import { balanceDue } from '../invoices/balance.js';
import { recordActivity } from '../activity/activity.js';
import { declineMessage, failureMessage, type ProviderEvent, type ProviderIntent, type ProviderKind } from './payment-provider.js';
import { paymentFailedLetter, receiptLetter } from './payment-emails.js';
import { portalLinks } from '../communications/portal-links.js';
import { notifyCustomer, notifyStaff } from '../notifications/notify.js';
import { recordTip, recordTipRefunded, tipOfIntent } from './tips.js';

/** A payment row as the API shows it: with its invoice's number. */
export type PaymentWithInvoice = PaymentRow & { invoice: { number: string | null } };
export const WITH_INVOICE = { invoice: { select: { number: true } } } satisfies Prisma.PaymentInclude;

/** The one table of how a payment's state may move; anything else is a late or repeated fact and is ignored. */
const MOVES: Record<PaymentStatus, PaymentStatus[]> = {
  pending: ['requires_action', 'processing', 'succeeded', 'failed', 'canceled'],
  requires_action: ['processing', 'succeeded', 'failed', 'canceled'],
  processing: ['succeeded', 'failed', 'canceled'],
  // The customer may try the same intent again: it can still succeed, never go back to pending.
  // Canceled later (a new attempt supersedes it), it stays "declined" with its reason in the history.
  failed: ['requires_action', 'processing', 'succeeded'],
  canceled: [],
  succeeded: ['partially_refunded', 'refunded'],
  partially_refunded: ['partially_refunded', 'refunded'],
  refunded: [],
};

/** States in which the customer can still complete the payment. */
export const OPEN_STATUSES: PaymentStatus[] = ['pending', 'requires_action'];

export function statusOfIntent(intent: ProviderIntent): PaymentStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'succeeded';
    case 'processing':
    case 'requires_capture':
      return 'processing';
    case 'requires_action':
      return 'requires_action';
    case 'canceled':
      return 'canceled';
    default:
      return intent.lastError ? 'failed' : 'pending';
  }
}

/** What applying an event did: nothing when it was delivered before; else the payment it wrote, if any. */
export type EventOutcome = { duplicate: true } | { duplicate: false; payment: PaymentWithInvoice | null };

/**
 * Applies a verified event once: the invoice it is about is locked first, then its id is
 * claimed in this transaction (a concurrent delivery of the same event waits, then finds it taken).
 */
export async function processProviderEvent(ctx: ScopedContext, tenant: Tenant, provider: ProviderKind, event: ProviderEvent): Promise<EventOutcome> {
  const invoiceId = await invoiceOfEvent(ctx, tenant, provider, event);
  if (invoiceId) await lockInvoice(ctx, tenant.id, invoiceId);
  const claimed = await ctx.tx.$executeRaw`
    INSERT INTO payment_events (tenant_id, provider, event_id, type) VALUES (${tenant.id}::uuid, ${provider}, ${event.id}, ${event.type})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return { duplicate: true };
  if (event.kind === 'intent') return { duplicate: false, payment: await applyIntent(ctx, tenant, provider, event.intent) };
  if (event.kind === 'refund') return { duplicate: false, payment: await applyRefundTotal(ctx, tenant, provider, event.intentId, event.refundedMinor) };
  return { duplicate: false, payment: null };
}

/** Read without locking, only to know which invoice to lock first. */
async function invoiceOfEvent(ctx: ScopedContext, tenant: Tenant, provider: ProviderKind, event: ProviderEvent): Promise<string | null> {
  if (event.kind === 'intent') return event.intent.metadata.tenantId === tenant.id ? (event.intent.metadata.invoiceId ?? null) : null;
  if (event.kind === 'refund') {
    const payment = await ctx.tx.payment.findFirst({ where: { tenantId: tenant.id, provider, providerRef: event.intentId }, select: { invoiceId: true } });
    return payment?.invoiceId ?? null;
  }
  return null;
}

/** Brings our record of a provider's intent up to date; null when the intent is not one of ours. */
export async function applyIntent(ctx: ScopedContext, tenant: Tenant, provider: ProviderKind, intent: ProviderIntent): Promise<PaymentWithInvoice | null> {
  const { tx } = ctx;
  const { invoiceId, customerId, tenantId } = intent.metadata;
  if (tenantId !== tenant.id || !invoiceId || !customerId || !isId(customerId)) return null;
  const invoice = await lockInvoice(ctx, tenant.id, invoiceId);
  if (!invoice || invoice.customerId !== customerId) return null;
  const next = statusOfIntent(intent);
  let payment = await tx.payment.findFirst({ where: { tenantId: tenant.id, provider, providerRef: intent.id }, include: WITH_INVOICE });
  if (!payment) {
    // Started, but its own transaction never committed: the provider's word is enough to record
    // it once it moved; an untouched intent is recorded when the customer starts again.
    if (next === 'pending' || next === 'canceled') return null;
    const tipMinor = tipOfIntent(intent);
    payment = await tx.payment.create({
      data: {
        tenantId: tenant.id,
        customerId,
        invoiceId,
        amountMinor: intent.amountMinor - tipMinor,
        tipMinor,
        currency: intent.currency,
        method: intent.method ?? 'card',
        status: 'pending',
        provider,
        providerRef: intent.id,
        receivedAt: ctx.now(),
      },
      include: WITH_INVOICE,
    });
  }
  return movePayment(ctx, tenant, invoice, payment, next, intent);
}

async function movePayment(
  ctx: ScopedContext,
  tenant: Tenant,
  invoice: InvoiceRow,
  payment: PaymentWithInvoice,
  next: PaymentStatus,
  intent: ProviderIntent,
): Promise<PaymentWithInvoice> {
  const { tx } = ctx;
  const card = { cardBrand: intent.cardBrand ?? payment.cardBrand, last4: intent.last4 ?? payment.last4 };
  if (next === payment.status || !MOVES[payment.status].includes(next)) {
    if (card.last4 === payment.last4 && card.cardBrand === payment.cardBrand) return payment;
    return tx.payment.update({ where: { tenantId_id: { tenantId: tenant.id, id: payment.id } }, data: card, include: WITH_INVOICE });
  }
  const open = OPEN_STATUSES.includes(next) || next === 'failed';
  const updated = await tx.payment.update({
    where: { tenantId_id: { tenantId: tenant.id, id: payment.id } },
    data: {
      ...card,
      status: next,
      method: intent.method ?? payment.method,
      failureReason: next === 'failed' ? failureMessage(intent.method ?? payment.method, intent.lastError) : null,
      // The browser needs the secret only while the payment can still be completed.
      clientSecret: open ? payment.clientSecret : null,
      // The tip rides in the same intent but is not the invoice's: recorded apart (tips.ts).
      ...(next === 'succeeded' ? { amountMinor: intent.amountMinor - payment.tipMinor, receivedAt: ctx.now() } : {}),
    },
    include: WITH_INVOICE,
  });
  if (next === 'succeeded') {
    await settleInvoice(ctx, tenant, invoice, updated);
    await recordTip(ctx, invoice, updated);
  }
  if (next === 'failed') await sendPaymentFailed(ctx, tenant, invoice, updated);
  return updated;
}

async function settleInvoice(ctx: ScopedContext, tenant: Tenant, invoice: InvoiceRow, payment: PaymentRow): Promise<void> {
  const { tx } = ctx;
  const settled = await recordReceived(ctx, invoice, payment.amountMinor);
  await recordActivity(ctx, {
    tenantId: tenant.id,
    actorType: 'customer',
    actorId: payment.customerId,
    customerId: payment.customerId,
    subjectId: invoice.id,
    action: 'invoice.paid',
  });
  const link = portalLinks.invoice(ctx.deps.config.portalUrl, tenant, invoice.id);
  const amount = { number: invoice.number, amountMinor: payment.amountMinor, currency: payment.currency };
  await notifyCustomer(ctx, {
    customerId: payment.customerId,
    kind: 'paymentReceived',
    subject: { type: 'invoice', id: invoice.id },
    params: amount,
    letter: (to) =>
      receiptLetter(to.locale, tenant.locale, {
        business: tenant.name,
        name: to.name,
        number: invoice.number ?? '',
        amountMinor: payment.amountMinor,
        amountDueMinor: balanceDue(settled),
        currency: payment.currency,
        card: payment.last4 ? `${payment.cardBrand ?? ''} •••• ${payment.last4}`.trim() : null,
        link,
      }),
  });
  const customer = await tx.customer.findFirst({ where: { tenantId: tenant.id, id: payment.customerId }, select: { name: true } });
  await notifyStaff(ctx, { kind: 'paymentReceived', subject: { type: 'invoice', id: invoice.id }, params: { ...amount, customer: customer?.name ?? '' } });
}

async function sendPaymentFailed(ctx: ScopedContext, tenant: Tenant, invoice: InvoiceRow, payment: PaymentRow): Promise<void> {
  const link = portalLinks.invoice(ctx.deps.config.portalUrl, tenant, invoice.id);
  await notifyCustomer(ctx, {
    customerId: payment.customerId,
    kind: 'paymentFailed',
    subject: { type: 'invoice', id: invoice.id },
    params: { number: invoice.number, amountMinor: payment.amountMinor, currency: payment.currency },
    letter: (to) =>
      paymentFailedLetter(to.locale, tenant.locale, {
        business: tenant.name,
        name: to.name,
        number: invoice.number ?? '',
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        reason: payment.failureReason ?? declineMessage(null),
        link,
      }),
  });
}

/**
 * Records that `refundedTotal` of a payment has been given back in all (Stripe reports totals,
 * so a repeated or late event changes nothing); the invoice's ledger records the difference.
 */
export async function applyRefundTotal(ctx: ScopedContext, tenant: Tenant, provider: ProviderKind, intentId: string, refundedTotal: number): Promise<PaymentWithInvoice | null> {
  const { tx } = ctx;
  const found = await tx.payment.findFirst({ where: { tenantId: tenant.id, provider, providerRef: intentId }, select: { id: true, invoiceId: true } });
  if (!found) return null;
  const invoice = await lockInvoice(ctx, tenant.id, found.invoiceId);
  const payment = await tx.payment.findFirst({ where: { tenantId: tenant.id, id: found.id }, include: WITH_INVOICE });
  if (!invoice || !payment || !MOVES[payment.status].includes('refunded')) return payment;
  // Stripe reports what was refunded of the whole intent: the invoice's part first, then the tip.
  await recordTipRefunded(ctx, payment, refundedTotal - payment.amountMinor);
  const total = Math.min(refundedTotal, payment.amountMinor);
  const delta = total - payment.refundedMinor;
  if (delta <= 0) return payment;
  const updated = await tx.payment.update({
    where: { tenantId_id: { tenantId: tenant.id, id: payment.id } },
    data: { refundedMinor: total, status: total >= payment.amountMinor ? 'refunded' : 'partially_refunded' },
    include: WITH_INVOICE,
  });
  await recordRefunded(ctx, invoice, delta);
  return updated;
}
