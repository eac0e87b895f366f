import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { DashboardPortalResolver } from './dashboard.portal.resolver.js';

// Who may call the dashboard is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [DashboardPortalResolver],
  rules: {
    Dashboard: sameAsParent,
    NavigationCounts: sameAsParent,
  },
};
