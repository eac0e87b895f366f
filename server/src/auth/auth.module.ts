import { anyone, anyStaff, customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AuthAdminResolver } from './auth.admin.resolver.js';
import { AuthPortalResolver } from './auth.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [AuthPortalResolver],
  rules: {
    Query: { sessions: customer },
    Mutation: {
      register: anyone,
      login: anyone,
      requestMagicLink: anyone,
      loginWithMagicLink: anyone,
      requestPasswordReset: anyone,
      resetPassword: anyone,
      acceptInvitation: anyone,
      logout: customer,
      revokeSession: customer,
      signOutOtherSessions: customer,
      changePassword: customer,
    },
    CustomerSignIn: sameAsParent,
    Session: sameAsParent,
    OtherSessionsSignedOut: sameAsParent,
  },
};

const office = staff('owner', 'admin', 'dispatcher');
const managers = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [AuthAdminResolver],
  rules: {
    Query: { sessions: anyStaff },
    Mutation: {
      login: anyone,
      requestPasswordReset: anyone,
      resetPassword: anyone,
      acceptInvitation: anyone,
      logout: anyStaff,
      revokeSession: anyStaff,
      signOutOtherSessions: anyStaff,
      changePassword: anyStaff,
      inviteStaff: managers,
      deactivateStaffMember: managers,
      reactivateStaffMember: managers,
      inviteCustomer: office,
      deactivateCustomerAccount: office,
      reactivateCustomerAccount: office,
    },
    StaffSignIn: sameAsParent,
    Session: sameAsParent,
    OtherSessionsSignedOut: sameAsParent,
  },
};
