import { anyone, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { TenantPortalResolver } from './tenants.portal.resolver.js';
import { TenantAdminResolver } from './tenants.admin.resolver.js';

export const portal: EndpointModule = {
  resolvers: [TenantPortalResolver],
  rules: {
    Query: { portalTenant: anyone, portalTenantByDomain: anyone },
    PortalTenant: sameAsParent,
    PortalFeatures: sameAsParent,
    BusinessContact: sameAsParent,
  },
};

const managers = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [TenantAdminResolver],
  rules: {
    Query: { tenantSettings: managers },
    Mutation: { updateTenantSettings: managers, verifyCustomDomain: managers, createLogoUpload: managers, removeLogo: managers },
    LogoUpload: sameAsParent,
    CustomDomainVerification: sameAsParent,
    TenantSettings: sameAsParent,
    PortalFeatures: sameAsParent,
    BusinessContact: sameAsParent,
  },
};
