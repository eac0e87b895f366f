// The built-in sandbox provider, used when a business has no Stripe keys: it behaves like
// Stripe's test mode (the same test card numbers succeed, decline or ask for 3-D Secure) and
// keeps its PaymentIntents in the database, so any API instance can continue one. Its changes
// reach our records as Stripe-shaped events signed with Stripe's scheme and a per-tenant
// secret, through the same verification and processing as Stripe's webhooks.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { ScopedContext } from '../context/context.js';
import type { Prisma, SandboxIntent, SandboxPaymentMethod } from '../generated/prisma/client.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import type { IntentStatus, NewIntent, PaymentProvider, ProviderIntent, SavedMethod } from './payment-provider.js';
import { BANK_SETTLEMENT_DELAY_MS, isReturnCode, RETURN_CODES, TEST_BANK_NAME, type BankOutcome, type CheckedBankAccount } from './bank-debits.js';
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

/** Test cards that can be saved (a SetupIntent succeeds) but decline when charged: Stripe's 4000 0000 0000 0341. */
export const SAVE_ONLY_TEST_CARDS: Record<string, { brand: string; declineCode: string }> = {
  '4000000000000341': { brand: 'visa', declineCode: 'generic_decline' },
};

/**
 * A bank debit's fate while it is processing, kept in sandbox_intents.return_code: null settles
 * it, an ACH return code returns it, this one leaves it processing (Stripe's 000444444440).
 */
export const STAYS_PROCESSING = 'stay_processing';

function fateOf(outcome: BankOutcome): string | null {
  if (outcome.result === 'return') return outcome.code;
  return outcome.result === 'stay_processing' ? STAYS_PROCESSING : null;
}

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
      // A saved method is confirmed at once, as Stripe does with confirm: true: a card succeeds
      // (or declines, for a save-only test card); a bank account starts processing.
      const bank = saved?.kind === 'us_bank_account';
      const status = !saved ? 'requires_payment_method' : bank ? 'processing' : saved.chargeDeclineCode ? 'requires_payment_method' : 'succeeded';
      const created = await tx.sandboxIntent.create({
        data: {
          tenantId,
          id,
          clientSecret: `${id}_secret_${token()}`,
          amountMinor: intent.amountMinor,
          currency: intent.currency,
          status,
          metadata: intent.metadata,
          customerRef: intent.customerRef,
          savePaymentMethod: intent.savePaymentMethod,
          cardBrand: saved?.brand ?? null,
          last4: saved?.last4 ?? null,
          methodKind: saved?.kind ?? 'card',
          declineCode: saved && !bank ? saved.chargeDeclineCode : null,
          returnCode: bank ? saved.returnCode : null,
        },
      });
      if (created.status === 'processing') await queueBankSettlement(ctx, created);
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
      return rows.map(toSavedMethod);
    },
    async detachPaymentMethod(customerRef, methodId) {
      const { count } = await tx.sandboxPaymentMethod.deleteMany({ where: { tenantId, customerRef, id: methodId } });
      return count === 1;
    },
  };
}

export function toSavedMethod(m: SandboxPaymentMethod): SavedMethod {
  return { id: m.id, kind: m.kind, brand: m.brand, last4: m.last4, expMonth: m.expMonth, expYear: m.expYear };
}

function lastErrorOf(row: SandboxIntent): ProviderIntent['lastError'] {
  if (row.methodKind === 'us_bank_account') {
    const code = row.returnCode;
    return row.status === 'requires_payment_method' && isReturnCode(code) ? { code: RETURN_CODES[code].failureCode, declineCode: null } : null;
  }
  return row.declineCode ? { code: row.declineCode === 'authentication_failure' ? 'payment_intent_authentication_failure' : 'card_declined', declineCode: row.declineCode } : null;
}

function toIntent(row: SandboxIntent): ProviderIntent {
  return {
    id: row.id,
    status: row.status as IntentStatus,
    amountMinor: row.amountMinor,
    currency: row.currency,
    clientSecret: row.clientSecret,
    metadata: (row.metadata ?? {}) as Record<string, string>,
    lastError: lastErrorOf(row),
    method: row.methodKind,
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
    payment_method_types: [intent.method ?? 'card'],
    payment_method: !intent.last4
      ? null
      : intent.method === 'us_bank_account'
        ? { id: `pm_${intent.id}`, object: 'payment_method', type: 'us_bank_account', us_bank_account: { bank_name: intent.cardBrand, last4: intent.last4 } }
        : { id: `pm_${intent.id}`, object: 'payment_method', type: 'card', card: { brand: intent.cardBrand, last4: intent.last4 } },
    last_payment_error: intent.lastError ? { code: intent.lastError.code, decline_code: intent.lastError.declineCode } : null,
  };
  const payload = JSON.stringify({ id: `evt_sandbox_${token(16)}`, object: 'event', type, created: Math.floor(now.getTime() / 1000), data: { object } });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(now.getTime() / 1000) });
  return { rawBody: Buffer.from(payload), signature };
}

/** Queues the worker's settlement of a processing bank debit, after the simulated delay (once per intent). */
async function queueBankSettlement(ctx: ScopedContext, row: SandboxIntent): Promise<void> {
  if (row.returnCode === STAYS_PROCESSING) return;
  const runAt = new Date(ctx.now().getTime() + BANK_SETTLEMENT_DELAY_MS);
  const payload = JSON.stringify({ intentId: row.id });
  await ctx.tx.$executeRaw`SELECT queue_payment_job('sandbox-bank-settle', ${row.id}, ${payload}::jsonb, ${runAt}::timestamptz)`;
}

/**
 * Debits a test bank account: the intent starts processing (the account's fate kept for the
 * worker), and the account is saved when the customer asked to keep it.
 */
export async function confirmSandboxBankIntent(ctx: ScopedContext, row: SandboxIntent, account: CheckedBankAccount): Promise<ProviderIntent> {
  if (!CONFIRMABLE.has(row.status)) {
    throw row.status === 'succeeded'
      ? new Conflict('This payment has already succeeded.', 'PAYMENT_ALREADY_SUCCEEDED')
      : new Conflict('This payment can no longer be confirmed. Start a new payment.', 'PAYMENT_NOT_CONFIRMABLE');
  }
  const updated = await ctx.tx.sandboxIntent.update({
    where: { tenantId_id: { tenantId: row.tenantId, id: row.id } },
    data: {
      status: 'processing',
      methodKind: 'us_bank_account',
      cardBrand: TEST_BANK_NAME,
      last4: account.accountNumber.slice(-4),
      declineCode: null,
      returnCode: fateOf(account.outcome),
    },
  });
  await queueBankSettlement(ctx, updated);
  const customerId = ((updated.metadata ?? {}) as Record<string, string>).customerId;
  if (updated.savePaymentMethod && updated.customerRef && customerId) await saveSandboxMethod(ctx, updated.tenantId, customerId, updated.customerRef, bankMethod(account));
  return toIntent(updated);
}

/**
 * The worker's side of a bank debit: after the delay, a processing intent succeeds or is returned
 * (Stripe: back to requires_payment_method with the failure). Null when there is nothing to settle.
 */
export async function settleSandboxBankIntent(ctx: ScopedContext, tenantId: string, intentId: string): Promise<ProviderIntent | null> {
  const { tx } = ctx;
  const seen = await tx.sandboxIntent.findFirst({ where: { tenantId, id: intentId } });
  const invoiceId = ((seen?.metadata ?? {}) as Record<string, string>).invoiceId;
  if (!seen || !invoiceId) return null;
  // Lock order (invoices/invoice-ledger.ts): the invoice, then the intent.
  await lockInvoice(ctx, tenantId, invoiceId);
  await tx.$queryRaw`SELECT 1 FROM sandbox_intents WHERE tenant_id = ${tenantId}::uuid AND id = ${intentId} FOR UPDATE`;
  const row = await tx.sandboxIntent.findFirst({ where: { tenantId, id: intentId } });
  if (!row || row.status !== 'processing' || row.returnCode === STAYS_PROCESSING) return null;
  const returned = isReturnCode(row.returnCode);
  const updated = await tx.sandboxIntent.update({
    where: { tenantId_id: { tenantId, id: intentId } },
    data: { status: returned ? 'requires_payment_method' : 'succeeded' },
  });
  return toIntent(updated);
}

export interface NewSandboxMethod {
  kind: 'card' | 'us_bank_account';
  brand: string;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  chargeDeclineCode: string | null;
  returnCode: string | null;
}

function bankMethod(account: CheckedBankAccount): NewSandboxMethod {
  return {
    kind: 'us_bank_account',
    brand: TEST_BANK_NAME,
    last4: account.accountNumber.slice(-4),
    expMonth: null,
    expYear: null,
    chargeDeclineCode: null,
    returnCode: fateOf(account.outcome),
  };
}

export async function saveSandboxMethod(ctx: ScopedContext, tenantId: string, customerId: string, customerRef: string, method: NewSandboxMethod): Promise<SavedMethod> {
  const row = await ctx.tx.sandboxPaymentMethod.create({
    data: { tenantId, id: `pm_sandbox_${token()}`, customerId, customerRef, ...method },
  });
  return toSavedMethod(row);
}

/** A bank account to save (SetupIntent-like): its fate is kept for when it is charged. */
export function sandboxBankMethod(account: CheckedBankAccount): NewSandboxMethod {
  return bankMethod(account);
}

/** A test card to save without paying: any test card that succeeds, or a save-only one (declines when charged). */
export function sandboxCardMethod(ctx: ScopedContext, card: SandboxCard): NewSandboxMethod {
  const checked = checkCard(card, ctx.now());
  const saveOnly = SAVE_ONLY_TEST_CARDS[checked.number];
  const test = SANDBOX_TEST_CARDS[checked.number];
  if (!saveOnly && test?.outcome.result !== 'succeed')
    throw new BadInput('cardNumber', 'This is a test portal: use a test card such as 4242 4242 4242 4242.', 'TEST_CARD_REQUIRED');
  return {
    kind: 'card',
    brand: saveOnly?.brand ?? test?.brand ?? 'visa',
    last4: checked.number.slice(-4),
    expMonth: checked.expMonth,
    expYear: checked.expYear,
    chargeDeclineCode: saveOnly?.declineCode ?? null,
    returnCode: null,
  };
}
