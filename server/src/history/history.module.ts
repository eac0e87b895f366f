import { customer, sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { HistoryPortalResolver } from './history.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [HistoryPortalResolver],
  rules: {
    Query: { serviceTimeline: customer },
    HistoryEntry: sameAsParent,
    HistoryEntryConnection: sameAsParent,
  },
};
