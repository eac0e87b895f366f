import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { PrivacyPortalResolver } from './privacy.portal.resolver.js';
import { PrivacyAdminResolver } from './privacy.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [PrivacyPortalResolver],
  idempotent: ['requestDataExport', 'requestErasure'],
  rules: { PrivacyRequest: sameAsParent, PrivacyNotice: sameAsParent, PrivacyOverview: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [PrivacyAdminResolver],
  idempotent: ['runCustomerDataExport'],
  rules: { AdminPrivacyRequest: sameAsParent, PrivacySettings: sameAsParent },
};
