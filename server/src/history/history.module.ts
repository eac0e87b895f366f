import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { HistoryPortalResolver } from './history.portal.resolver.js';

// Who may call serviceTimeline is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [HistoryPortalResolver],
  rules: {
    HistoryEntry: sameAsParent,
    HistoryEntryConnection: sameAsParent,
  },
};
