import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { SitePortalResolver } from './sites.portal.resolver.js';
import { SiteAdminResolver } from './sites.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [SitePortalResolver],
  idempotent: ['addMySite'],
  rules: { Site: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [SiteAdminResolver],
  idempotent: ['createSite'],
  rules: { Site: sameAsParent, Attribution: sameAsParent },
};
