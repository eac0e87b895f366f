import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AssetPortalResolver } from './assets.portal.resolver.js';
import { AssetAdminResolver, AssetTypeAdminResolver } from './assets.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow): customers their own; the office
// the customers'; the catalogue, part of how the business is set up, its managers. These are the types' rules.
export const portal: EndpointModule = {
  resolvers: [AssetPortalResolver],
  idempotent: ['addMyAsset'],
  rules: {
    // A field map, so other domains can put their own door on a field (meter-billing: meterContract).
    Asset: { '*': sameAsParent },
    AssetTypeOption: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [AssetAdminResolver, AssetTypeAdminResolver],
  idempotent: ['createAsset'],
  rules: {
    AdminAsset: { '*': sameAsParent },
    AdminAssetType: sameAsParent,
    AssetTypeName: sameAsParent,
  },
};
