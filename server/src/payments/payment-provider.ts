// What the payment service needs from a payment provider. Two implementations: Stripe
// (stripe.provider.ts) and the built-in sandbox that behaves like Stripe's test mode
// (sandbox.provider.ts). Both speak Stripe's vocabulary: PaymentIntents and signed events.
import { returnMessageOfFailure } from './bank-debits.js';

export type ProviderKind = 'stripe' | 'sandbox';

export type IntentStatus = 'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'requires_capture' | 'canceled' | 'succeeded';

/** A PaymentIntent as the provider reports it (never as a browser says it). */
export interface ProviderIntent {
  id: string;
  status: IntentStatus;
  amountMinor: number;
  currency: string;
  clientSecret: string | null;
  /** Set by us at creation: tenantId, invoiceId, customerId. */
  metadata: Record<string, string>;
  /** The last attempt's decline, e.g. card_declined / insufficient_funds. */
  lastError: { code: string | null; declineCode: string | null } | null;
  method: string | null;
  cardBrand: string | null;
  last4: string | null;
}

/** A verified provider event, reduced to what changes our records. */
export type ProviderEvent =
  | { id: string; type: string; kind: 'intent'; intent: ProviderIntent }
  | { id: string; type: string; kind: 'refund'; intentId: string; refundedMinor: number }
  | { id: string; type: string; kind: 'ignored' };

export interface SavedMethod {
  id: string;
  kind: string;
  brand: string | null;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
}

export interface NewIntent {
  amountMinor: number;
  currency: string;
  customerRef: string;
  metadata: Record<string, string>;
  /** card, us_bank_account */
  methods: string[];
  savedPaymentMethodId: string | null;
  savePaymentMethod: boolean;
  idempotencyKey: string;
  /** Autopay: the customer is not there (Stripe's off_session), the saved method is charged at once. */
  offSession?: boolean;
}

export interface PaymentProvider {
  kind: ProviderKind;
  /** For the browser (Stripe.js); null for the sandbox. */
  publishableKey: string | null;
  stripeAccount: string | null;
  createCustomer(customer: { id: string; name: string; email: string }, idempotencyKey: string): Promise<string>;
  createIntent(intent: NewIntent): Promise<ProviderIntent>;
  retrieveIntent(id: string): Promise<ProviderIntent>;
  /**
   * Cancels an intent the customer could still pay; answers it as it now stands (succeeded or
   * processing when too late), or null when the provider does not know it (another account's).
   */
  cancelIntent(id: string): Promise<ProviderIntent | null>;
  /** Refunds `amountMinor` of the intent; answers how much this refund gives back (0 when refused). */
  refund(intentId: string, amountMinor: number, idempotencyKey: string, reason: string | null): Promise<{ refundedMinor: number }>;
  listPaymentMethods(customerRef: string): Promise<SavedMethod[]>;
  /** Detaches a method of this customer; false when it is not theirs. */
  detachPaymentMethod(customerRef: string, methodId: string): Promise<boolean>;
}

/** Customer-readable reason of a failed payment: a bank debit's return, else a card's decline. */
export function failureMessage(method: string | null | undefined, error: { code: string | null; declineCode: string | null } | null | undefined): string {
  if (method === 'us_bank_account') return returnMessageOfFailure(error?.code);
  return declineMessage(error?.declineCode ?? error?.code);
}

/** Customer-readable reasons for Stripe's decline codes (https://docs.stripe.com/declines/codes). */
export function declineMessage(code: string | null | undefined): string {
  switch (code) {
    case 'insufficient_funds':
      return 'Your card has insufficient funds.';
    case 'expired_card':
      return 'Your card has expired.';
    case 'incorrect_cvc':
      return "Your card's security code is incorrect.";
    case 'authentication_required':
    case 'authentication_failure':
    case 'payment_intent_authentication_failure':
      return 'We could not authenticate your payment. Please try again or use another payment method.';
    case 'processing_error':
      return 'An error occurred while processing your card. Please try again.';
    default:
      return 'Your card was declined.';
  }
}
