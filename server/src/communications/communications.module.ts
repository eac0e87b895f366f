import { sameAsParent, staff } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { CommunicationAdminResolver } from './communications.admin.resolver.js';

// Talking to customers is the office's work: owners, admins and dispatchers.
const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [CommunicationAdminResolver],
  rules: {
    Query: { communicationsTimeline: office },
    Mutation: { logCommunication: office },
    TimelineEntry: sameAsParent,
    TimelineEntryConnection: sameAsParent,
  },
};
