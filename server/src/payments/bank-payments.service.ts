// Bank debits (ACH) in the sandbox: the customer confirms with a test account and accepts the
// mandate (recorded: when, IP, user agent, the text); the intent goes processing, and the worker
// settles it after the simulated delay, through the same signed-event path as every sandbox event.
import type { AppDeps, CustomerContext, ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { BadInput } from '../errors/errors.js';
import { asSystem, inTenantScope } from '../platform/scope.js';
import { scopeTenant } from '../platform/current-tenant.js';
import type { Payment } from './payments.types.js';
import type { ConfirmSandboxBankPaymentInput } from './payments-ii.types.js';
import { bankMandateText, checkBankAccount } from './bank-debits.js';
import { confirmSandboxBankIntent, lockedSandboxIntent, settleSandboxBankIntent } from './sandbox.provider.js';
import { deliverSandboxEvent, sandboxTenant } from './payments.service.js';

export const BANK_SETTLE_TASK = 'sandbox-bank-settle';

export async function confirmSandboxBankPayment(ctx: CustomerContext, input: ConfirmSandboxBankPaymentInput): Promise<Payment> {
  const tenant = await sandboxTenant(ctx);
  return asSystem(ctx, async (system) => {
    const row = await lockedSandboxIntent(system, tenant.id, input.clientSecret, ctx.principal.customerId);
    const payment = await system.tx.payment.findFirst({ where: { tenantId: tenant.id, provider: 'sandbox', providerRef: row.id }, select: { method: true } });
    if (!payment?.method.split(',').includes('us_bank_account')) throw new BadInput('method', 'Paying by bank is not offered for this payment.', 'BANK_DEBIT_NOT_OFFERED');
    const account = checkBankAccount(input);
    const intent = await confirmSandboxBankIntent(system, row, account);
    await recordMandate(system, tenant, ctx.principal.customerId, row.id);
    return deliverSandboxEvent(system, tenant, intent);
  });
}

/** Stripe's mandate_data.customer_acceptance (online): kept once per intent. */
export async function recordMandate(ctx: ScopedContext, tenant: Tenant, customerId: string, intentRef: string): Promise<void> {
  await ctx.tx.$executeRaw`
    INSERT INTO payment_mandates (tenant_id, customer_id, provider, intent_ref, text, accepted_at, ip, user_agent)
    VALUES (${tenant.id}::uuid, ${customerId}::uuid, 'sandbox', ${intentRef}, ${bankMandateText(tenant.name)}, ${ctx.now()},
      ${ctx.client.ip}, ${ctx.client.userAgent?.slice(0, 500) ?? null})
    ON CONFLICT (tenant_id, provider, intent_ref) DO NOTHING`;
}

export interface BankSettleJob {
  tenantId: string;
  intentId: string;
}

export function isBankSettleJob(value: unknown): value is BankSettleJob {
  const p = value as Partial<BankSettleJob> | null;
  return typeof p?.tenantId === 'string' && typeof p.intentId === 'string';
}

/**
 * The worker's task: the debit succeeds or is returned, as its test account says, and the signed
 * event records it (receipt, or the failure emailed). A second run finds it settled and does nothing.
 */
export async function settleSandboxBankDebit(deps: AppDeps, job: BankSettleJob): Promise<Payment | null> {
  return inTenantScope(deps, { tenantId: job.tenantId, role: 'system' }, async (ctx) => {
    const intent = await settleSandboxBankIntent(ctx, job.tenantId, job.intentId);
    if (!intent) return null;
    return deliverSandboxEvent(ctx, await scopeTenant(ctx), intent);
  });
}
