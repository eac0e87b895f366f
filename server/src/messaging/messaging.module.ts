import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { MessageAttachmentResolver, MessagePortalResolver, MessagingPortalResolver } from './messaging.portal.resolver.js';
import { MessageAdminResolver, MessagingAdminResolver } from './messaging.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow): customers their own threads,
// staff the team inbox (row-level security keeps technicians to their own jobs' threads). These
// are the types' rules.
const rules = {
  MessageThread: sameAsParent,
  MessageThreadConnection: sameAsParent,
  Message: sameAsParent,
  MessagePage: sameAsParent,
  MessageAuthor: sameAsParent,
  MessageAttachment: sameAsParent,
  ThreadAnchor: sameAsParent,
};

export const portal: EndpointModule = {
  resolvers: [MessagingPortalResolver, MessagePortalResolver, MessageAttachmentResolver],
  idempotent: ['sendMessage', 'replyInThread'],
  rules,
};

export const admin: EndpointModule = {
  resolvers: [MessagingAdminResolver, MessageAdminResolver, MessageAttachmentResolver],
  idempotent: ['startThreadWithCustomer', 'replyToThread'],
  rules: { ...rules, CannedReply: sameAsParent, LocalizedText: sameAsParent },
};
