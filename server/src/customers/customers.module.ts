import { office, sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { ActivityEntryAdminResolver, CustomerAdminResolver } from './customers.admin.resolver.js';
import { CustomerPortalResolver } from './customers.portal.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [CustomerPortalResolver],
  rules: {
    // Sign-ins answer a CustomerProfile too, before their session exists: the fields that read
    // the customer's own rows have a door of their own (@Allow(customer)).
    CustomerProfile: { '*': sameAsParent },
  },
};

export const admin: EndpointModule = {
  resolvers: [CustomerAdminResolver, ActivityEntryAdminResolver],
  idempotent: ['createCustomer'],
  rules: {
    // A technician reaches a customer only through a thread about one of their jobs
    // (MessageThread.customer): the record's contact details, not its addresses, assets or log.
    Customer: { '*': sameAsParent, sites: office, assets: office, activity: office, pendingPortalEmail: office },
    CustomerConnection: sameAsParent,
    ActivityEntry: sameAsParent,
    ActivityEntryConnection: sameAsParent,
  },
};
