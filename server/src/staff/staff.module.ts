import { anyStaff, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { StaffAdminResolver } from './staff.admin.resolver.js';

const managers = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [StaffAdminResolver],
  rules: {
    Query: { me: anyStaff, staffMembers: managers },
    Mutation: { changeStaffRole: managers },
    StaffProfile: sameAsParent,
    StaffMember: sameAsParent,
  },
};
