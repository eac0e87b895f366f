import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { TenantPortalResolver } from './tenants.portal.resolver.js';
import { TenantAdminResolver } from './tenants.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [TenantPortalResolver],
  rules: {
    PortalTenant: sameAsParent,
    PortalFeatures: sameAsParent,
    BusinessContact: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [TenantAdminResolver],
  rules: {
    LogoUpload: sameAsParent,
    CustomDomainVerification: sameAsParent,
    TenantSettings: sameAsParent,
    PortalFeatures: sameAsParent,
    BusinessContact: sameAsParent,
  },
};
