import { customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AssetPortalResolver } from './assets.portal.resolver.js';
import { AssetAdminResolver, AssetTypeAdminResolver } from './assets.admin.resolver.js';

export const portal: EndpointModule = {
  resolvers: [AssetPortalResolver],
  idempotent: ['addMyAsset'],
  rules: {
    Query: { assets: customer, asset: customer, assetTypes: customer },
    Mutation: { addMyAsset: customer, updateMyAsset: customer, deleteMyAsset: customer },
    Asset: sameAsParent,
    AssetTypeOption: sameAsParent,
  },
};

const office = staff('owner', 'admin', 'dispatcher');
// The catalogue is part of how the business is set up, like its settings.
const managers = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [AssetAdminResolver, AssetTypeAdminResolver],
  idempotent: ['createAsset'],
  rules: {
    Query: { assetTypes: office },
    Mutation: { createAsset: office, updateAsset: office, deleteAsset: office, createAssetType: managers, updateAssetType: managers },
    AdminAsset: sameAsParent,
    AdminAssetType: sameAsParent,
    AssetTypeName: sameAsParent,
  },
};
