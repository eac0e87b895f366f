// Bank debits (ACH) in the sandbox: the customer confirms with a test account and accepts the
// mandate; the intent goes processing, and the worker settles it after the simulated delay.
import type { CustomerContext } from '../context/context.js';
import type { Payment } from './payments.types.js';
import type { ConfirmSandboxBankPaymentInput } from './payments-ii.types.js';

export function confirmSandboxBankPayment(ctx: CustomerContext, input: ConfirmSandboxBankPaymentInput): Promise<Payment> {
  return notYet(ctx, input);
}

/** Contract stage: the operation exists, its work comes next. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not built yet (${args.length})`));
}
