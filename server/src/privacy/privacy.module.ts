import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { PrivacyPortalResolver } from './privacy.portal.resolver.js';
import { PrivacyAdminResolver } from './privacy.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
// No Idempotency-Key: a repeated export or erasure request is refused as still pending
// (EXPORT_PENDING, ERASURE_PENDING), so a retry never makes a second one.
export const portal: EndpointModule = {
  resolvers: [PrivacyPortalResolver],
  rules: { PrivacyRequest: sameAsParent, PrivacyNotice: sameAsParent, PrivacyOverview: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [PrivacyAdminResolver],
  rules: { AdminPrivacyRequest: sameAsParent, PrivacySettings: sameAsParent },
};
