// What the office calls about meter contracts: owners and admins manage them (they are billing),
// dispatchers read them (what a device's contract covers); technicians nothing (RLS hides them too).
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { AdminAsset } from '../assets/assets.types.js';
import {
  assetMeterContract,
  createMeterContract,
  endMeterContract,
  listMeterContracts,
  meterBillingPeriods,
  staffMeterContract,
  updateMeterContract,
} from './meter-contracts.service.js';
import { meterUsage } from './meter-usage.service.js';
import { billMeterContractsNow } from './meter-billing.service.js';
import {
  AdminMeterContractListArgs,
  MeterBillingPeriod,
  MeterContract,
  MeterContractConnection,
  MeterContractInput,
  MeterUsage,
  ProposedReadingInput,
} from './meter-billing.types.js';

@Resolver(() => MeterContract)
export class MeterContractAdminResolver {
  @Allow(office, { feature: 'meters' })
  @Query(() => MeterContractConnection, { description: "The business's meter contracts (or one customer's), newest first." })
  meterContracts(@Ctx() ctx: StaffContext, @Args(() => AdminMeterContractListArgs) args: AdminMeterContractListArgs): Promise<Connection<MeterContract>> {
    return listMeterContracts(ctx, args);
  }

  @Allow(office, { feature: 'meters' })
  @Query(() => MeterContract, { description: "One meter contract; NOT_FOUND for another business's." })
  meterContract(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<MeterContract> {
    return staffMeterContract(ctx, id);
  }

  @Allow(office, { feature: 'meters' })
  @Query(() => [MeterBillingPeriod], { description: "A contract's billed periods, newest first." })
  meterBillingPeriods(@Ctx() ctx: StaffContext, @Arg('contractId', () => ID) contractId: string): Promise<MeterBillingPeriod[]> {
    return meterBillingPeriods(ctx, contractId);
  }

  @Allow(office, { feature: 'meters' })
  @Query(() => MeterUsage, {
    nullable: true,
    description:
      "What a device's readings mean for the period running today (with `proposed` readings taken as the latest): null when the device has no contract running today. BAD_USER_INPUT (reason NOT_DEVICE_METER) for a proposed reading of another meter.",
  })
  meterUsage(
    @Ctx() ctx: StaffContext,
    @Arg('assetId', () => ID) assetId: string,
    @Arg('proposed', () => [ProposedReadingInput], { nullable: true }) proposed: ProposedReadingInput[] | null,
  ): Promise<MeterUsage | null> {
    return meterUsage(ctx, assetId, proposed ?? []);
  }

  @Allow(managers, { feature: 'meters' })
  @Mutation(() => MeterContract, {
    description:
      "Creates a contract on a customer's device, numbered MC-{YYYY}-{SEQ:4}. BAD_USER_INPUT (reason NOT_CUSTOMER_ASSET on assetId, NOT_DEVICE_METER / DUPLICATE_METER on rates, INVALID_TIERS on tiers, DUPLICATE_CATEGORY on allowances, ENDS_BEFORE_START on endsOn); CONFLICT (reason ASSET_HAS_CONTRACT) when the device has another contract over those dates.",
  })
  createMeterContract(@Ctx() ctx: StaffContext, @Arg('input', () => MeterContractInput) input: MeterContractInput): Promise<MeterContract> {
    return createMeterContract(ctx, input);
  }

  @Allow(managers, { feature: 'meters' })
  @Mutation(() => MeterContract, {
    description:
      'Replaces the terms (rates and allowances whole); they apply to every period not billed yet. Once a period was billed, assetId, startsOn, periodMonths and billingDay stay (BAD_USER_INPUT reason LOCKED_BY_BILLING). Same reasons as createMeterContract; CONFLICT (reason CONTRACT_ENDED) for an ended contract.',
  })
  updateMeterContract(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => MeterContractInput) input: MeterContractInput): Promise<MeterContract> {
    return updateMeterContract(ctx, id, input);
  }

  @Allow(managers, { feature: 'meters' })
  @Mutation(() => MeterContract, {
    description:
      'Sets the last day covered: the period running then is the last, billed on that day by the worker (ENDING), or at once ENDED when that day was already billed. BAD_USER_INPUT (reason ENDS_BEFORE_BILLED, ENDS_BEFORE_START on endsOn); CONFLICT (reason CONTRACT_ENDED).',
  })
  endMeterContract(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('endsOn') endsOn: string): Promise<MeterContract> {
    return endMeterContract(ctx, id, endsOn);
  }

  @Allow(managers, { feature: 'meters' })
  @Mutation(() => [MeterBillingPeriod], {
    description:
      "Bills now what the worker would bill at its next run: every period of the business's contracts that ended before today (one invoice per customer and period end). Returns the periods it billed; empty when nothing was due (or it waits for flagged readings to be reviewed).",
  })
  billMeterContractsNow(@Ctx() ctx: StaffContext): Promise<MeterBillingPeriod[]> {
    return billMeterContractsNow(ctx);
  }
}

@Resolver(() => AdminAsset)
export class MeterContractAdminAssetResolver {
  @Allow(office, { feature: 'meters' })
  @FieldResolver(() => MeterContract, { nullable: true, description: 'The meter contract running on this device today (or starting later, or ending); null without one.' })
  meterContract(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<MeterContract | null> {
    return assetMeterContract(ctx, asset.id);
  }
}
