import { sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { CommunicationAdminResolver } from './communications.admin.resolver.js';
import { OutboxAdminResolver } from './outbox.admin.resolver.js';

// Talking to customers is the office's work: owners, admins and dispatchers.
const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [CommunicationAdminResolver, OutboxAdminResolver],
  idempotent: ['logCommunication'],
  rules: {
    // The outbox holds invitation and reset links: owners and admins only.
    Query: { communicationsTimeline: office, devOutbox: staff('owner', 'admin') },
    Mutation: { logCommunication: office },
    TimelineEntry: sameAsParent,
    TimelineEntryConnection: sameAsParent,
    OutboxEmail: sameAsParent,
    OutboxEmailConnection: sameAsParent,
  },
};
