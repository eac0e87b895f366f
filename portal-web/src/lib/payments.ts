// What the portal shows of a payment after each step (started, confirmed, authenticated, refreshed).
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { PaymentResultFragment } from '$lib/gql/graphql';

export const PaymentResult = graphql(`
  fragment PaymentResult on Payment {
    id
    status
    amountMinor
    currency
    failureReason
    receiptUrl
    cardBrand
    last4
  }
`);

export type PaymentOutcome = PaymentResultFragment;

/** The settings page's load depends on it: saving a payment method reads the saved list (and autopay's choices) again. */
export const PAYMENT_METHODS = 'portal:payment-methods';

/** The invoice page's load depends on it: a payment that went through reads the invoice again. */
export const INVOICE = 'portal:invoice';

export function paymentOutcome(payment: FragmentType<typeof PaymentResult>): PaymentOutcome {
  return useFragment(PaymentResult, payment);
}

const brandNames: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

/** "visa" → "Visa"; providers name brands in lower case. */
export function cardBrand(brand: string | null | undefined): string {
  return brand ? (brandNames[brand] ?? brand) : '';
}

/** What the pay form offers as a tip (Invoice.tipOptions). */
export interface TipOffer {
  currency: string;
  baseMinor: number;
  presets: { percent: number; amountMinor: number }[];
  maxTipMinor: number;
}

type Translate = (key: 'payments.card' | 'payments.bank', params: Record<string, string>) => string;

/** A saved card ("Visa •••• 4242") or bank account ("STRIPE TEST BANK •••• 6789") as the customer knows it. */
export function savedMethodLabel(t: Translate, method: { kind: string; brand?: string | null; last4: string }): string {
  if (method.kind === 'us_bank_account') return t('payments.bank', { bank: method.brand ?? '', last4: method.last4 });
  return t('payments.card', { brand: cardBrand(method.brand), last4: method.last4 });
}
