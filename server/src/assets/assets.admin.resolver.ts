import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import { Site } from '../sites/sites.types.js';
import { siteById } from '../sites/sites.loaders.js';
import { assetTypeById, visitCount } from './assets.loaders.js';
import { adminAssetTypeName, createAsset, createAssetType, deleteAsset, listAssetTypes, toAdminAssetType, updateAsset, updateAssetType } from './assets.admin.service.js';
import { assetCategory } from './assets.service.js';
import { Attribution, attribution } from '../sites/added-by.js';
import { AdminAsset, AdminAssetType, AssetCategory, AssetInput, AssetTypeNameInput } from './assets.types.js';
import { readRootField } from '../platform/operation-read.js';
import { assetTypesPart } from './asset-types.page.js';

@Resolver(() => AdminAsset)
export class AssetAdminResolver {
  @Allow(office)
  @Mutation(() => AdminAsset, { description: 'Adds equipment or an animal to a customer.' })
  createAsset(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string, @Arg('input', () => AssetInput) input: AssetInput): Promise<AdminAsset> {
    return createAsset(ctx, customerId, input);
  }

  @Allow(office)
  @Mutation(() => AdminAsset)
  updateAsset(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => AssetInput) input: AssetInput): Promise<AdminAsset> {
    return updateAsset(ctx, id, input);
  }

  @Allow(office)
  @Mutation(() => Boolean, { description: 'CONFLICT while jobs or service requests refer to the asset.' })
  deleteAsset(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteAsset(ctx, id);
  }

  @FieldResolver(() => Attribution, { description: 'Who added it (the customer in the portal, or a member of staff) and when.' })
  addedBy(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<Attribution> {
    return attribution(ctx, asset);
  }

  @FieldResolver(() => AssetCategory)
  category(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<AssetCategory> {
    return assetCategory(ctx, asset);
  }

  @FieldResolver(() => AdminAssetType, { nullable: true })
  async assetType(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<AdminAssetType | null> {
    const type = await assetTypeById(ctx, asset.assetTypeId);
    return type && toAdminAssetType(type);
  }

  @FieldResolver(() => Site, { nullable: true })
  async site(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<Site | null> {
    return asset.siteId ? siteById(ctx, asset.siteId) : null;
  }

  @FieldResolver(() => Int, { description: 'Completed visits (jobs) for this asset.' })
  visitCount(@Ctx() ctx: StaffContext, @Root() asset: AdminAsset): Promise<number> {
    return visitCount(ctx, asset.id);
  }
}

@Resolver(() => AdminAssetType)
export class AssetTypeAdminResolver {
  @Allow(office)
  @Query(() => [AdminAssetType], { description: 'The catalogue of equipment and animal types, by code.' })
  assetTypes(@Ctx() ctx: StaffContext, @Info() info: GraphQLResolveInfo): Promise<AdminAssetType[]> {
    return readRootField(ctx, info, assetTypesPart, {}, () => listAssetTypes(ctx));
  }

  @Allow(managers)
  @Mutation(() => AdminAssetType, { description: 'CONFLICT when the code is taken.' })
  createAssetType(
    @Ctx() ctx: StaffContext,
    @Arg('code', () => String) code: string,
    @Arg('category', () => AssetCategory) category: AssetCategory,
    @Arg('names', () => [AssetTypeNameInput]) names: AssetTypeNameInput[],
  ): Promise<AdminAssetType> {
    return createAssetType(ctx, code, category, names);
  }

  @Allow(managers)
  @Mutation(() => AdminAssetType, { description: 'Only the arguments given change; names, when given, replaces every name.' })
  updateAssetType(
    @Ctx() ctx: StaffContext,
    @Arg('id', () => ID) id: string,
    @Arg('code', () => String, { nullable: true }) code?: string | null,
    @Arg('category', () => AssetCategory, { nullable: true }) category?: AssetCategory | null,
    @Arg('names', () => [AssetTypeNameInput], { nullable: true }) names?: AssetTypeNameInput[] | null,
  ): Promise<AdminAssetType> {
    return updateAssetType(ctx, id, { code, category, names });
  }

  @FieldResolver(() => String, { description: "The name in the business's language, else English, else the code." })
  name(@Ctx() ctx: StaffContext, @Root() type: AdminAssetType): Promise<string> {
    return adminAssetTypeName(ctx, type);
  }
}
