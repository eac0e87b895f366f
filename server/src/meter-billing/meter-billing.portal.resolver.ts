// What customers call about their meter contracts: read them, and see what a reading means for
// the period running today before (and as) they submit it.
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay, customer } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { Asset } from '../assets/assets.types.js';
import { assetMeterContract, customerMeterContracts } from './meter-contracts.service.js';
import { meterUsage } from './meter-usage.service.js';
import { setMeterContractAutopay } from '../payments/meter-contract-autopay.service.js';
import { MeterContract, MeterContractConnection, MeterContractListArgs, MeterUsage, ProposedReadingInput } from './meter-billing.types.js';

@Resolver(() => MeterContract)
export class MeterContractPortalResolver {
  @Allow(customer, { feature: 'meters' })
  @Query(() => MeterContractConnection, { description: 'Your meter contracts (running first, then ended), newest first.' })
  meterContracts(@Ctx() ctx: CustomerContext, @Args(() => MeterContractListArgs) args: MeterContractListArgs): Promise<Connection<MeterContract>> {
    return customerMeterContracts(ctx, args);
  }

  @Allow(customer, { feature: 'meters' })
  @Query(() => MeterUsage, {
    nullable: true,
    description:
      "What your device's readings mean for the period running today: volume so far, allowance left, projected overage at the current pace and the estimated charge. `proposed`: readings you are about to submit, taken as the latest. Null when the device has no contract running today; NOT_FOUND for a device not yours. BAD_USER_INPUT (reason NOT_DEVICE_METER) for a proposed reading of another meter.",
  })
  meterUsage(
    @Ctx() ctx: CustomerContext,
    @Arg('assetId', () => ID) assetId: string,
    @Arg('proposed', () => [ProposedReadingInput], { nullable: true }) proposed: ProposedReadingInput[] | null,
  ): Promise<MeterUsage | null> {
    return meterUsage(ctx, assetId, proposed ?? []);
  }

  @Allow(contactMay('invoices'), { feature: 'meters' })
  @Mutation(() => MeterContract, {
    description:
      'Turns autopay on for your meter contract with one of savedPaymentMethods (its period-end invoice is then charged when issued, when every contract on that invoice uses the same method), or off with null. NOT_FOUND for another customer’s contract or method; CONFLICT (reason CONTRACT_ENDED) to turn it on for an ended contract.',
  })
  setMeterContractAutopay(
    @Ctx() ctx: CustomerContext,
    @Arg('contractId', () => ID) contractId: string,
    @Arg('paymentMethodId', () => ID, { nullable: true }) paymentMethodId: string | null,
  ): Promise<MeterContract> {
    return setMeterContractAutopay(ctx, contractId, paymentMethodId);
  }
}

@Resolver(() => Asset)
export class MeterContractPortalAssetResolver {
  @Allow(customer, { feature: 'meters' })
  @FieldResolver(() => MeterContract, { nullable: true, description: 'The meter contract running on this device today (or starting later, or ending); null without one.' })
  meterContract(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<MeterContract | null> {
    return assetMeterContract(ctx, asset.id);
  }
}
