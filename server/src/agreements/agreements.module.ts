import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AgreementAdminResolver } from './agreements.admin.resolver.js';
import { AgreementCustomerAdminResolver } from './agreements.customer.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow): agreements are billing, owners
// and admins. These are the types' rules.
export const admin: EndpointModule = {
  resolvers: [AgreementAdminResolver, AgreementCustomerAdminResolver],
  idempotent: ['createServiceAgreement'],
  rules: { ServiceAgreement: sameAsParent, ServiceAgreementConnection: sameAsParent },
};
