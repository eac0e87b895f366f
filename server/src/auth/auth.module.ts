import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AuthAdminResolver } from './auth.admin.resolver.js';
import { AuthPortalResolver } from './auth.portal.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [AuthPortalResolver],
  rules: {
    CustomerSignIn: sameAsParent,
    Session: sameAsParent,
    OtherSessionsSignedOut: sameAsParent,
  },
};

export const admin: EndpointModule = {
  resolvers: [AuthAdminResolver],
  rules: {
    StaffSignIn: sameAsParent,
    Session: sameAsParent,
    OtherSessionsSignedOut: sameAsParent,
  },
};
