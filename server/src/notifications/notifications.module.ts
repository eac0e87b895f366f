import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { NotificationsAdminResolver } from './notifications.admin.resolver.js';
import { NotificationsPortalResolver } from './notifications.portal.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
const rules = {
  Notification: sameAsParent,
  NotificationConnection: sameAsParent,
  NotificationParams: sameAsParent,
  NotificationsMarkedRead: sameAsParent,
  NotificationPreference: sameAsParent,
};

export const portal: EndpointModule = { resolvers: [NotificationsPortalResolver], rules };

export const admin: EndpointModule = { resolvers: [NotificationsAdminResolver], rules };
