// The Stripe provider: PaymentIntents (card and US bank account) on the business's own Stripe
// account (its secret key) or on its Connect account (the platform's key + Stripe-Account).
// Every call that creates something carries an idempotency key, so a retried request never
// creates a second PaymentIntent, customer or refund.
import Stripe from 'stripe';
import { NotFound } from '../errors/errors.js';
import type { IntentStatus, NewIntent, PaymentProvider, ProviderEvent, ProviderIntent, SavedMethod } from './payment-provider.js';

/** Where the SDK sends requests; tests point it at a local stand-in (test/stripe-stand-in.ts). */
export interface StripeApiAddress {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

export interface StripeAccess {
  secretKey: string;
  publishableKey: string | null;
  /** A Connect account id (acct_...) when the platform acts on the business's behalf. */
  stripeAccount: string | null;
  api?: StripeApiAddress;
}

export function stripeClient(access: Pick<StripeAccess, 'secretKey' | 'api'>): Stripe {
  return new Stripe(access.secretKey, { ...access.api, maxNetworkRetries: 2, timeout: 20_000 });
}

export function stripeProvider(access: StripeAccess): PaymentProvider {
  const stripe = stripeClient(access);
  const on = access.stripeAccount ? { stripeAccount: access.stripeAccount } : {};
  async function ownsMethod(customerRef: string, methodId: string): Promise<boolean> {
    if (!/^pm_\w{1,100}$/.test(methodId)) return false;
    try {
      const method = await stripe.paymentMethods.retrieve(methodId, {}, on);
      const owner = typeof method.customer === 'string' ? method.customer : method.customer?.id;
      return owner === customerRef;
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return false;
      throw error;
    }
  }
  return {
    kind: 'stripe',
    publishableKey: access.publishableKey,
    stripeAccount: access.stripeAccount,
    async createCustomer(customer, idempotencyKey) {
      const created = await stripe.customers.create({ name: customer.name, email: customer.email, metadata: { porticoCustomerId: customer.id } }, { ...on, idempotencyKey });
      return created.id;
    },
    async createIntent(intent: NewIntent) {
      const params: Stripe.PaymentIntentCreateParams = {
        amount: intent.amountMinor,
        currency: intent.currency.toLowerCase(),
        customer: intent.customerRef,
        metadata: intent.metadata,
        allowed_payment_method_types: intent.methods,
      };
      if (intent.savePaymentMethod) params.setup_future_usage = 'off_session';
      if (intent.savedPaymentMethodId) {
        // Only a method saved by this customer: another customer's id is answered like a missing one.
        if (!(await ownsMethod(intent.customerRef, intent.savedPaymentMethodId))) throw new NotFound('This payment method');
        params.payment_method = intent.savedPaymentMethodId;
        params.confirm = true;
        if (intent.offSession) params.off_session = true;
      }
      try {
        return fromStripe(await stripe.paymentIntents.create(params, { ...on, idempotencyKey: intent.idempotencyKey }));
      } catch (error) {
        // A saved card declined at once: Stripe answers 402 with the intent, whose decline we record.
        if (error instanceof Stripe.errors.StripeCardError && error.payment_intent) return fromStripe(error.payment_intent);
        throw error;
      }
    },
    async retrieveIntent(id) {
      return fromStripe(await stripe.paymentIntents.retrieve(id, { expand: ['payment_method'] }, on));
    },
    async cancelIntent(id) {
      try {
        return fromStripe(await stripe.paymentIntents.cancel(id, {}, on));
      } catch (error) {
        // Already succeeded, processing or canceled: Stripe refuses; its current state is the answer.
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'payment_intent_unexpected_state') return this.retrieveIntent(id);
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null;
        throw error;
      }
    },
    async refund(intentId, amountMinor, idempotencyKey, reason) {
      // Staff's reason travels with the refund, so it shows in the Stripe dashboard too.
      const metadata = reason ? { reason: reason.slice(0, 500) } : undefined;
      const refund = await stripe.refunds.create({ payment_intent: intentId, amount: amountMinor, metadata }, { ...on, idempotencyKey });
      return { refundedMinor: refund.status === 'failed' || refund.status === 'canceled' ? 0 : refund.amount };
    },
    async listPaymentMethods(customerRef) {
      const methods = await stripe.customers.listPaymentMethods(customerRef, { limit: 20 }, on);
      return methods.data.map(toSavedMethod);
    },
    async detachPaymentMethod(customerRef, methodId) {
      if (!(await ownsMethod(customerRef, methodId))) return false;
      await stripe.paymentMethods.detach(methodId, {}, on);
      return true;
    },
  };
}

function toSavedMethod(method: Stripe.PaymentMethod): SavedMethod {
  if (method.type === 'us_bank_account' && method.us_bank_account) {
    return { id: method.id, kind: 'us_bank_account', brand: method.us_bank_account.bank_name, last4: method.us_bank_account.last4 ?? '', expMonth: null, expYear: null };
  }
  return {
    id: method.id,
    kind: method.type,
    brand: method.card?.brand ?? null,
    last4: method.card?.last4 ?? '',
    expMonth: method.card?.exp_month ?? null,
    expYear: method.card?.exp_year ?? null,
  };
}

const KNOWN_STATUSES = new Set<string>(['requires_payment_method', 'requires_confirmation', 'requires_action', 'processing', 'requires_capture', 'canceled', 'succeeded']);

export function fromStripe(pi: Stripe.PaymentIntent): ProviderIntent {
  const method = typeof pi.payment_method === 'object' && pi.payment_method ? pi.payment_method : null;
  const error = pi.last_payment_error;
  return {
    id: pi.id,
    status: KNOWN_STATUSES.has(pi.status) ? (pi.status as IntentStatus) : 'requires_payment_method',
    amountMinor: pi.amount,
    currency: pi.currency.toUpperCase(),
    clientSecret: pi.client_secret,
    metadata: { ...pi.metadata },
    lastError: error ? { code: error.code ?? null, declineCode: error.decline_code ?? null } : null,
    // Without the expanded payment method, the kind is known only when a single one was allowed.
    method: method?.type ?? (pi.payment_method_types.length === 1 ? (pi.payment_method_types[0] ?? null) : null),
    cardBrand: method?.card?.brand ?? method?.us_bank_account?.bank_name ?? null,
    last4: method?.card?.last4 ?? method?.us_bank_account?.last4 ?? null,
  };
}

/**
 * Verifies a webhook delivery with the endpoint's signing secret (over the raw body, within
 * Stripe's 5-minute tolerance) and reduces it to what changes our records; null when the
 * signature is wrong.
 */
export function verifyStripeEvent(rawBody: Buffer, signature: string, secret: string, now: Date): (ProviderEvent & { account: string | null }) | null {
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret, 300, undefined, now.getTime());
  } catch {
    return null;
  }
  return { ...reduceEvent(event), account: event.account ?? null };
}

export function reduceEvent(event: Stripe.Event): ProviderEvent {
  const { id, type } = event;
  if (type.startsWith('payment_intent.')) return { id, type, kind: 'intent', intent: fromStripe(event.data.object as Stripe.PaymentIntent) };
  if (type === 'charge.refunded' || type === 'charge.refund.updated') {
    const charge = event.data.object as Stripe.Charge;
    const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
    if (type === 'charge.refunded' && intentId) return { id, type, kind: 'refund', intentId, refundedMinor: charge.amount_refunded };
  }
  return { id, type, kind: 'ignored' };
}
