import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { StaffAdminResolver } from './staff.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const admin: EndpointModule = {
  resolvers: [StaffAdminResolver],
  rules: {
    StaffProfile: sameAsParent,
    StaffMember: sameAsParent,
  },
};
