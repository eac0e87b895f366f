import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { CommunicationAdminResolver } from './communications.admin.resolver.js';
import { OutboxAdminResolver } from './outbox.admin.resolver.js';

// Talking to customers is the office's work: owners, admins and dispatchers. Who may call each
// operation is on its resolver method (@Allow); these are the types' rules.
export const admin: EndpointModule = {
  resolvers: [CommunicationAdminResolver, OutboxAdminResolver],
  idempotent: ['logCommunication'],
  rules: {
    TimelineEntry: sameAsParent,
    TimelineEntryConnection: sameAsParent,
    OutboxEmail: sameAsParent,
    OutboxEmailConnection: sameAsParent,
  },
};
