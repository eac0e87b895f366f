import { customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { AssetPortalResolver } from './assets.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [AssetPortalResolver],
  rules: { Query: { assets: customer, asset: customer }, Asset: sameAsParent },
};
