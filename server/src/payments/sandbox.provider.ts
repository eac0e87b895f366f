// The built-in sandbox provider, used when a business has no Stripe keys: it behaves like
// Stripe's test mode (the same test card numbers succeed, decline or ask for 3-D Secure) and
// keeps its PaymentIntents in the database, so any API instance can continue one. Its changes
// reach our records as Stripe-shaped events signed with Stripe's scheme and a per-tenant
// secret, through the same verification and processing as Stripe's webhooks.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { ScopedContext } from '../context/context.js';
import type { Prisma, SandboxIntent } from '../generated/prisma/client.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import type { IntentStatus, NewIntent, PaymentProvider, ProviderIntent } from './payment-provider.js';
import { lockInvoice } from '../invoices/invoice-ledger.js';
import { refundableMinor } from './refundable.js';

type Outcome = { result: 'succeed' } | { result: 'decline'; code: string; declineCode: string } | { result: 'authenticate' };

/** Stripe's test cards (https://docs.stripe.com/testing), with what each does. */
export const SANDBOX_TEST_CARDS: Record<string, { brand: string; outcome: Outcome }> = {
  '4242424242424242': { brand: 'visa', outcome: { result: 'succeed' } },
  '5555555555554444': { brand: 'mastercard', outcome: { result: 'succeed' } },
  '4000000000000002': { brand: 'visa', outcome: { result: 'decline', code: 'card_declined', declineCode: 'generic_decline' } },
  '4000000000009995': { brand: 'visa', outcome: { result: 'decline', code: 'card_declined', declineCode: 'insufficient_funds' } },
  '4000002500003155': { brand: 'visa', outcome: { result: 'authenticate' } },
};

/** The signing secret of a tenant's sandbox events: only this server can produce it. */
export function sandboxSigningSecret(serverSecret: Uint8Array, tenantId: string): string {
  return `whsec_sandbox_${createHmac('sha256', serverSecret).update(`sandbox-webhook:${tenantId}`).digest('base64url')}`;
}

function token(bytes = 12): string {
  return randomBytes(bytes).toString('base64url').replace(/[-_]/g, 'x');
}

/** The sandbox working in `ctx`'s transaction (its intents are rows of the business's database). */
export function sandboxProvider(ctx: ScopedContext, tenantId: string): PaymentProvider {
  const { tx } = ctx;
  return {
    kind: 'sandbox',
    publishableKey: null,
    stripeAccount: null,
    createCustomer(customer) {
      return Promise.resolve(`cus_sandbox_${createHash('sha256').update(`${tenantId}:${customer.id}`).digest('hex').slice(0, 20)}`);
    },
    async createIntent(intent: NewIntent) {
      // Like Stripe's idempotency keys: the same key answers the same PaymentIntent.
      const id = `pi_sandbox_${createHash('sha256').update(`${tenantId}:${intent.idempotencyKey}`).digest('hex').slice(0, 24)}`;
      const existing = await tx.sandboxIntent.findFirst({ where: { tenantId, id } });
      if (existing) return toIntent(existing);
      const saved = intent.savedPaymentMethodId
        ? await tx.sandboxPaymentMethod.findFirst({ where: { tenantId, id: intent.savedPaymentMethodId, customerRef: intent.customerRef } })
        : null;
      if (intent.savedPaymentMethodId && !saved) throw new NotFound('This payment method');
      const created = await tx.sandboxIntent.create({
        data: {
          tenantId,
          id,
          clientSecret: `${id}_secret_${token()}`,
          amountMinor: intent.amountMinor,
          currency: intent.currency,
          // A saved card is confirmed at once, as Stripe does with confirm: true.
          status: saved ? 'succeeded' : 'requires_payment_method',
          metadata: intent.metadata,
          customerRef: intent.customerRef,
          savePaymentMethod: intent.savePaymentMethod,
          cardBrand: saved?.brand ?? null,
          last4: saved?.last4 ?? null,
        },
      });
      return toIntent(created);
    },
    async retrieveIntent(id) {
      const row = await tx.sandboxIntent.findFirst({ where: { tenantId, id } });
      if (!row) throw new NotFound('This payment');
      return toIntent(row);
    },
    async cancelIntent(id) {
      // Like Stripe: only an intent that has not succeeded or started processing can be canceled.
      // The caller holds its invoice's lock (lock order: invoices/invoice-ledger.ts).
      await tx.$queryRaw`SELECT 1 FROM sandbox_intents WHERE tenant_id = ${tenantId}::uuid AND id = ${id} FOR UPDATE`;
      const row = await tx.sandboxIntent.findFirst({ where: { tenantId, id } });
      if (!row) return null;
      if (!CANCELABLE.has(row.status)) return toIntent(row);
      return toIntent(await tx.sandboxIntent.update({ where: { tenantId_id: { tenantId, id } }, data: { status: 'canceled' } }));
    },
    async refund(intentId, amountMinor) {
      // The sandbox has no dashboard to show a reason in. The caller holds the invoice's lock.
      const row = await tx.sandboxIntent.findFirst({ where: { tenantId, id: intentId } });
      if (!row || row.status !== 'succeeded' || amountMinor > refundableMinor(row)) return { refundedMinor: 0 };
      await tx.sandboxIntent.update({ where: { tenantId_id: { tenantId, id: intentId } }, data: { refundedMinor: { increment: amountMinor } } });
      return { refundedMinor: amountMinor };
    },
    async listPaymentMethods(customerRef) {
      const rows = await tx.sandboxPaymentMethod.findMany({ where: { tenantId, customerRef }, orderBy: { createdAt: 'desc' } });
      return rows.map((m) => ({ id: m.id, kind: 'card', brand: m.brand, last4: m.last4, expMonth: m.expMonth, expYear: m.expYear }));
    },
    async detachPaymentMethod(customerRef, methodId) {
      const { count } = await tx.sandboxPaymentMethod.deleteMany({ where: { tenantId, customerRef, id: methodId } });
      return count === 1;
    },
  };
}

function toIntent(row: SandboxIntent): ProviderIntent {
  return {
    id: row.id,
    status: row.status as IntentStatus,
    amountMinor: row.amountMinor,
    currency: row.currency,
    clientSecret: row.clientSecret,
    metadata: (row.metadata ?? {}) as Record<string, string>,
    lastError: row.declineCode
      ? { code: row.declineCode === 'authentication_failure' ? 'payment_intent_authentication_failure' : 'card_declined', declineCode: row.declineCode }
      : null,
    method: 'card',
    cardBrand: row.cardBrand,
    last4: row.last4,
  };
}

export interface SandboxCard {
  cardNumber: string;
  expiry: string;
  cvc: string;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Checks the card as Stripe.js would before sending it; each problem names its field. */
function checkCard(card: SandboxCard, now: Date): { number: string; expMonth: number; expYear: number } {
  const number = card.cardNumber.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(number) || !luhn(number)) throw new BadInput('cardNumber', 'Your card number is incorrect.', 'CARD_NUMBER_INCORRECT');
  const expiry = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(card.expiry);
  const month = Number(expiry?.[1]);
  const year = expiry?.[2]?.length === 2 ? 2000 + Number(expiry[2]) : Number(expiry?.[2]);
  if (!expiry || month < 1 || month > 12) throw new BadInput('expiry', "Your card's expiration date is incomplete. Use MM/YY.", 'CARD_EXPIRY_INCOMPLETE');
  if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) throw new BadInput('expiry', "Your card's expiration date is in the past.", 'CARD_EXPIRED');
  if (!/^\d{3,4}$/.test(card.cvc.trim())) throw new BadInput('cvc', "Your card's security code is incomplete.", 'CARD_CVC_INCOMPLETE');
  return { number, expMonth: month, expYear: year };
}

const CONFIRMABLE = new Set(['requires_payment_method', 'requires_confirmation']);
const CANCELABLE = new Set([...CONFIRMABLE, 'requires_action']);

/**
 * The sandbox intent behind a client secret, locked; NOT_FOUND unless it is this customer's.
 * Lock order (invoices/invoice-ledger.ts): its invoice is locked first, then the intent, which is
 * re-read under both locks: whatever a concurrent payment, void or offline payment of the
 * same invoice did to it (cancelled it, paid the invoice) is what the caller sees.
 */
export async function lockedSandboxIntent(ctx: ScopedContext, tenantId: string, clientSecret: string, customerId: string): Promise<SandboxIntent> {
  const { tx } = ctx;
  const seen = await tx.sandboxIntent.findFirst({ where: { tenantId, clientSecret } });
  const invoiceId = ownedBy(seen, customerId)?.invoiceId;
  if (!seen || !invoiceId || !(await lockInvoice(ctx, tenantId, invoiceId))) throw new NotFound('This payment');
  await tx.$queryRaw`SELECT 1 FROM sandbox_intents WHERE tenant_id = ${tenantId}::uuid AND id = ${seen.id} FOR UPDATE`;
  const row = await tx.sandboxIntent.findFirst({ where: { tenantId, id: seen.id } });
  if (!row || ownedBy(row, customerId)?.invoiceId !== invoiceId) throw new NotFound('This payment');
  return row;
}

function ownedBy(row: SandboxIntent | null, customerId: string): Record<string, string> | null {
  const metadata = (row?.metadata ?? {}) as Record<string, string>;
  return row && metadata.customerId === customerId ? metadata : null;
}

/** Pays a sandbox intent with a test card: succeeded, declined (the decline code kept), or waiting for 3-D Secure. */
export async function confirmSandboxIntent(ctx: ScopedContext, row: SandboxIntent, card: SandboxCard): Promise<ProviderIntent> {
  if (!CONFIRMABLE.has(row.status)) {
    throw row.status === 'succeeded'
      ? new Conflict('This payment has already succeeded.', 'PAYMENT_ALREADY_SUCCEEDED')
      : new Conflict('This payment can no longer be confirmed. Start a new payment.', 'PAYMENT_NOT_CONFIRMABLE');
  }
  const checked = checkCard(card, ctx.now());
  const test = SANDBOX_TEST_CARDS[checked.number];
  if (!test) throw new BadInput('cardNumber', 'This is a test portal: use a test card such as 4242 4242 4242 4242.', 'TEST_CARD_REQUIRED');
  const data: Prisma.SandboxIntentUpdateInput = { cardBrand: test.brand, last4: checked.number.slice(-4), declineCode: null };
  if (test.outcome.result === 'succeed') data.status = 'succeeded';
  else if (test.outcome.result === 'authenticate') data.status = 'requires_action';
  else {
    data.status = 'requires_payment_method';
    data.declineCode = test.outcome.declineCode;
  }
  const updated = await ctx.tx.sandboxIntent.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data });
  if (updated.status === 'succeeded') await saveCard(ctx, updated, checked);
  return toIntent(updated);
}

/** The customer's answer to the 3-D Secure challenge. */
export async function authenticateSandboxIntent(ctx: ScopedContext, row: SandboxIntent, approve: boolean): Promise<ProviderIntent> {
  if (row.status !== 'requires_action') throw new Conflict('This payment is not waiting for authentication.', 'PAYMENT_NOT_AWAITING_AUTHENTICATION');
  const updated = await ctx.tx.sandboxIntent.update({
    where: { tenantId_id: { tenantId: row.tenantId, id: row.id } },
    data: approve ? { status: 'succeeded' } : { status: 'requires_payment_method', declineCode: 'authentication_failure' },
  });
  if (approve) await saveCard(ctx, updated, { expMonth: 12, expYear: ctx.now().getUTCFullYear() + 3 });
  return toIntent(updated);
}

async function saveCard(ctx: ScopedContext, row: SandboxIntent, expiry: { expMonth: number; expYear: number }): Promise<void> {
  const customerId = ((row.metadata ?? {}) as Record<string, string>).customerId;
  if (!row.savePaymentMethod || !row.customerRef || !customerId || !row.cardBrand || !row.last4) return;
  await ctx.tx.sandboxPaymentMethod.create({
    data: {
      tenantId: row.tenantId,
      id: `pm_sandbox_${token()}`,
      customerId,
      customerRef: row.customerRef,
      brand: row.cardBrand,
      last4: row.last4,
      expMonth: expiry.expMonth,
      expYear: expiry.expYear,
    },
  });
}

/** A Stripe-shaped event about a sandbox intent, signed like Stripe signs webhooks. */
export function signedSandboxEvent(secret: string, type: string, intent: ProviderIntent, now: Date): { rawBody: Buffer; signature: string } {
  const object = {
    id: intent.id,
    object: 'payment_intent',
    amount: intent.amountMinor,
    currency: intent.currency.toLowerCase(),
    status: intent.status,
    client_secret: intent.clientSecret,
    metadata: intent.metadata,
    payment_method_types: ['card'],
    payment_method: intent.last4 ? { id: `pm_${intent.id}`, object: 'payment_method', type: 'card', card: { brand: intent.cardBrand, last4: intent.last4 } } : null,
    last_payment_error: intent.lastError ? { code: intent.lastError.code, decline_code: intent.lastError.declineCode } : null,
  };
  const payload = JSON.stringify({ id: `evt_sandbox_${token(16)}`, object: 'event', type, created: Math.floor(now.getTime() / 1000), data: { object } });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(now.getTime() / 1000) });
  return { rawBody: Buffer.from(payload), signature };
}
