import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { ContactAdminResolver, CustomerContactsAdminResolver } from './contacts.admin.resolver.js';
import { ContactPortalResolver, ContactProfileResolver } from './contacts.portal.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
export const portal: EndpointModule = {
  resolvers: [ContactPortalResolver, ContactProfileResolver],
  // An invitation retried after a lost answer returns the contact, not EMAIL_TAKEN, and sends no second email.
  idempotent: ['inviteContact'],
  rules: { Contact: sameAsParent },
};

export const admin: EndpointModule = {
  resolvers: [ContactAdminResolver, CustomerContactsAdminResolver],
  idempotent: ['inviteCustomerContact'],
  // Contact.notificationChoices has a door of its own (@Allow(office)).
  rules: { Contact: { '*': sameAsParent }, ContactNotificationChoice: sameAsParent },
};
