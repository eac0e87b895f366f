import { customer, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { SitePortalResolver } from './sites.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [SitePortalResolver],
  rules: { Query: { sites: customer, site: customer }, Site: sameAsParent },
};
