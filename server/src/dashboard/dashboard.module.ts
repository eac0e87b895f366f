import { customer, sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { DashboardPortalResolver } from './dashboard.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [DashboardPortalResolver],
  rules: {
    Query: { dashboard: customer },
    Dashboard: sameAsParent,
    NavigationCounts: sameAsParent,
  },
};
