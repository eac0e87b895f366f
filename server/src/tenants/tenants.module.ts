import { anyone, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { TenantPortalResolver } from './tenants.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [TenantPortalResolver],
  rules: {
    Query: { portalTenant: anyone },
    PortalTenant: sameAsParent,
    PortalFeatures: sameAsParent,
  },
};
