// Autopay of meter contracts: as for service agreements, the customer picks one of their saved
// payment methods per contract (null turns it off). The invoice meter billing issues at a period
// end is then charged by the worker's autopay task, with the same dunning (autopay.service.ts).
import type { CustomerContext } from '../context/context.js';
import { Conflict } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asSystem } from '../platform/scope.js';
import { customerMeterContract } from '../meter-billing/meter-contracts.service.js';
import type { MeterContract } from '../meter-billing/meter-billing.types.js';
import { MeterContractStatus } from '../meter-billing/contract-status.js';
import { chosenAutopayMethod } from './autopay.service.js';

export async function setMeterContractAutopay(ctx: CustomerContext, contractId: string, paymentMethodId: string | null): Promise<MeterContract> {
  const contract = await customerMeterContract(ctx, contractId);
  const data = await chosenAutopayMethod(ctx, paymentMethodId);
  if (data && contract.status === MeterContractStatus.ENDED) throw new Conflict('This meter contract has ended: autopay cannot be turned on.', 'CONTRACT_ENDED');
  const tenant = await currentTenant(ctx);
  // Customers only read autopay rows (row-level security); the choice is written as the back office.
  await asSystem(ctx, async (system) => {
    if (!data) {
      await system.tx.meterContractAutopay.deleteMany({ where: { contractId: contract.id } });
      return;
    }
    await system.tx.meterContractAutopay.upsert({
      where: { tenantId_contractId: { tenantId: tenant.id, contractId: contract.id } },
      create: { tenantId: tenant.id, contractId: contract.id, customerId: contract.customerId, ...data },
      update: data,
    });
  });
  return contract;
}
