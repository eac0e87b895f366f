import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { Site } from '../sites/sites.types.js';
import { siteById } from '../sites/sites.loaders.js';
import { Job } from '../jobs/jobs.types.js';
import { appointmentCount, visitCount } from './assets.loaders.js';
import { assetAgeInMonths, assetCategory, assetTypeName, getOwnAsset, listOwnAssets, maintenanceHistory, MAX_HISTORY } from './assets.service.js';
import { addMyAsset, assetTypeOptions, canEditAsset, deleteMyAsset, updateMyAsset } from './assets.mine.service.js';
import { Asset, AssetCategory, AssetInput, AssetTypeOption } from './assets.types.js';

@Resolver(() => Asset)
export class AssetPortalResolver {
  @Allow(customer)
  @Query(() => [Asset], { description: "The signed-in customer's equipment or animals, optionally at one of their sites." })
  assets(@Ctx() ctx: CustomerContext, @Arg('siteId', () => ID, { nullable: true }) siteId?: string | null): Promise<Asset[]> {
    return listOwnAssets(ctx, siteId);
  }

  @Allow(customer)
  @Query(() => Asset, { description: "One of the signed-in customer's assets; NOT_FOUND for any other id." })
  asset(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Asset> {
    return getOwnAsset(ctx, id);
  }

  @Allow(customer)
  @Query(() => [AssetTypeOption], { description: 'The kinds of equipment or animals to choose from when adding your own, by name.' })
  assetTypes(@Ctx() ctx: CustomerContext): Promise<AssetTypeOption[]> {
    return assetTypeOptions(ctx);
  }

  @Allow(customer)
  @Mutation(() => Asset, {
    description: 'Adds equipment or an animal of your own. FORBIDDEN (reason ASSETS_MANAGED_BY_BUSINESS) unless the business allows it (CustomerProfile.canAddAssets).',
  })
  addMyAsset(@Ctx() ctx: CustomerContext, @Arg('input', () => AssetInput) input: AssetInput): Promise<Asset> {
    return addMyAsset(ctx, input);
  }

  @Allow(customer)
  @Mutation(() => Asset, { description: 'Changes equipment or an animal you added. FORBIDDEN (reason ADDED_BY_BUSINESS) for one the business entered.' })
  updateMyAsset(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('input', () => AssetInput) input: AssetInput): Promise<Asset> {
    return updateMyAsset(ctx, id, input);
  }

  @Allow(customer)
  @Mutation(() => Boolean, { description: 'Removes equipment or an animal you added. CONFLICT (reason ASSET_IN_USE) while appointments or requests refer to it.' })
  deleteMyAsset(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteMyAsset(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'True for one you added yourself while the business lets customers manage these: you may change or remove it.' })
  canEdit(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<boolean> {
    return canEditAsset(ctx, asset);
  }

  @FieldResolver(() => AssetCategory)
  category(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<AssetCategory> {
    return assetCategory(ctx, asset);
  }

  @FieldResolver(() => String, { description: "The kind of equipment or animal, in the customer's language when the business named it so." })
  typeName(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<string> {
    return assetTypeName(ctx, asset);
  }

  @FieldResolver(() => Site, { nullable: true })
  async site(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<Site | null> {
    return asset.siteId ? siteById(ctx, asset.siteId) : null;
  }

  @FieldResolver(() => Int, { description: 'Appointments booked for this asset, past and upcoming, except cancelled or declined ones.' })
  appointmentCount(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<number> {
    return appointmentCount(ctx, asset.id);
  }

  @FieldResolver(() => Int, { description: 'Completed visits (jobs) for this asset.' })
  visitCount(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<number> {
    return visitCount(ctx, asset.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "An animal's age in whole months (from installedOn, its birth date) today in the business's time zone; null for equipment or an unknown birth date.",
  })
  ageMonths(@Ctx() ctx: CustomerContext, @Root() asset: Asset): Promise<number | null> {
    return assetAgeInMonths(ctx, asset);
  }

  @FieldResolver(() => [Job], { description: 'Completed jobs on this asset, latest first.' })
  maintenanceHistory(
    @Ctx() ctx: CustomerContext,
    @Root() asset: Asset,
    @Arg('limit', () => Int, { defaultValue: 10, description: `1 to ${MAX_HISTORY}.` }) limit: number,
  ): Promise<Job[]> {
    return maintenanceHistory(ctx, asset, limit);
  }
}
