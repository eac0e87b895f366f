import { anyone, customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { ActivityEntryAdminResolver, CustomerAdminResolver } from './customers.admin.resolver.js';
import { CustomerPortalResolver } from './customers.portal.resolver.js';

export const portal: EndpointModule = {
  resolvers: [CustomerPortalResolver],
  rules: {
    Query: { me: customer },
    Mutation: {
      updateProfile: customer,
      updateNotificationPreferences: customer,
      requestEmailChange: customer,
      // The link may be opened in any browser, signed in or not: the token is the credential.
      confirmEmailChange: anyone,
    },
    CustomerProfile: sameAsParent,
    NotificationPreferences: sameAsParent,
  },
};

const office = staff('owner', 'admin', 'dispatcher');

export const admin: EndpointModule = {
  resolvers: [CustomerAdminResolver, ActivityEntryAdminResolver],
  idempotent: ['createCustomer'],
  rules: {
    Query: { customers: office, customer: office },
    Mutation: { createCustomer: office, updateCustomer: office, sendPasswordResetLink: office },
    Customer: sameAsParent,
    CustomerConnection: sameAsParent,
    ActivityEntry: sameAsParent,
    ActivityEntryConnection: sameAsParent,
  },
};
