// Saving a payment method without paying, in the sandbox (Stripe: a SetupIntent).
import type { CustomerContext } from '../context/context.js';
import type { SavedPaymentMethod } from './payments.types.js';
import type { SaveSandboxBankAccountInput, SaveSandboxCardInput } from './payments-ii.types.js';

export function saveSandboxCard(ctx: CustomerContext, input: SaveSandboxCardInput): Promise<SavedPaymentMethod> {
  return notYet(ctx, input);
}

export function saveSandboxBankAccount(ctx: CustomerContext, input: SaveSandboxBankAccountInput): Promise<SavedPaymentMethod> {
  return notYet(ctx, input);
}

/** Contract stage: the operation exists, its work comes next. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not built yet (${args.length})`));
}
