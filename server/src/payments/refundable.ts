// What is left to refund of a payment: what it took less what was already given back. Staff
// refund at most this (payments.service.ts), and the sandbox provider refuses more, as Stripe does.
// Unit-tested in refundable.test.ts.

export function refundableMinor(payment: { amountMinor: number; refundedMinor: number }): number {
  return Math.max(0, payment.amountMinor - payment.refundedMinor);
}
