import { anyStaff, sameAsParent } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { StaffAdminResolver } from './staff.admin.resolver.js';

export const admin: EndpointModule = {
  resolvers: [StaffAdminResolver],
  rules: { Query: { me: anyStaff }, StaffProfile: sameAsParent },
};
