// Saving a payment method without paying, in the sandbox (Stripe: a SetupIntent): a test card
// or a test bank account (its mandate accepted), for autopay.
import type { CustomerContext } from '../context/context.js';
import { asSystem } from '../platform/scope.js';
import type { SavedPaymentMethod } from './payments.types.js';
import type { SaveSandboxBankAccountInput, SaveSandboxCardInput } from './payments-ii.types.js';
import { checkBankAccount } from './bank-debits.js';
import { sandboxBankMethod, sandboxCardMethod, saveSandboxMethod, type NewSandboxMethod } from './sandbox.provider.js';
import { providerCustomer, providerFor, sandboxTenant } from './payments.service.js';
import { recordMandate } from './bank-payments.service.js';

export async function saveSandboxCard(ctx: CustomerContext, input: SaveSandboxCardInput): Promise<SavedPaymentMethod> {
  return save(ctx, (system) => sandboxCardMethod(system, input));
}

export async function saveSandboxBankAccount(ctx: CustomerContext, input: SaveSandboxBankAccountInput): Promise<SavedPaymentMethod> {
  return save(ctx, () => sandboxBankMethod(checkBankAccount(input)));
}

async function save(ctx: CustomerContext, method: (system: CustomerContext) => NewSandboxMethod): Promise<SavedPaymentMethod> {
  const tenant = await sandboxTenant(ctx);
  const checked = method(ctx);
  const customerId = ctx.principal.customerId;
  return asSystem(ctx, async (system) => {
    const provider = providerFor(system, tenant);
    const ref = await providerCustomer(system, provider, tenant.id, customerId);
    const saved = await saveSandboxMethod(system, tenant.id, customerId, ref, checked);
    if (checked.kind === 'us_bank_account') await recordMandate(system, tenant, customerId, saved.id);
    return saved;
  });
}
