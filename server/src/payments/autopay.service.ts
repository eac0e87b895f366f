// Autopay of service agreements: the customer picks a saved payment method per agreement.
import type { CustomerContext } from '../context/context.js';
import type { ServiceAgreement } from '../agreements/agreements.types.js';

export function customerServiceAgreements(ctx: CustomerContext): Promise<ServiceAgreement[]> {
  return notYet(ctx);
}

export function setAutopay(ctx: CustomerContext, agreementId: string, paymentMethodId: string | null): Promise<ServiceAgreement> {
  return notYet(ctx, agreementId, paymentMethodId);
}

/** Contract stage: the operation exists, its work comes next. */
function notYet(...args: unknown[]): Promise<never> {
  return Promise.reject(new Error(`not built yet (${args.length})`));
}
