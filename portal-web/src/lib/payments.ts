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
