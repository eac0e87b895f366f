// Autopay of a meter contract: the customer's own (portal, row-level security underneath), and
// the office's view of it (admin); both behind the meters feature, like the contract itself.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CustomerContext, StaffContext } from '../context/context.js';
import { Allow, contactMay, office } from '../platform/door.js';
import { Autopay } from '../payments/payments-ii.types.js';
import { meterContractAutopay } from '../payments/payments-ii.loaders.js';
import { MeterContract } from './meter-billing.types.js';

const DESCRIPTION = 'The saved payment method charged when the period-end invoice is issued; null when autopay is off.';

@Resolver(() => MeterContract)
export class MeterContractAutopayPortalResolver {
  @Allow(contactMay('invoices'), { feature: 'meters' })
  @FieldResolver(() => Autopay, { nullable: true, description: DESCRIPTION })
  autopay(@Ctx() ctx: CustomerContext, @Root() contract: MeterContract): Promise<Autopay | null> {
    return meterContractAutopay(ctx, contract.id);
  }
}

@Resolver(() => MeterContract)
export class MeterContractAutopayAdminResolver {
  @Allow(office, { feature: 'meters' })
  @FieldResolver(() => Autopay, { nullable: true, description: DESCRIPTION })
  autopay(@Ctx() ctx: StaffContext, @Root() contract: MeterContract): Promise<Autopay | null> {
    return meterContractAutopay(ctx, contract.id);
  }
}
