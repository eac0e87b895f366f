import { sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AgreementAdminResolver } from './agreements.admin.resolver.js';
import { AgreementCustomerAdminResolver } from './agreements.customer.admin.resolver.js';

// Agreements are billing: owners and admins.
const bills = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [AgreementAdminResolver, AgreementCustomerAdminResolver],
  idempotent: ['createServiceAgreement'],
  rules: {
    Query: { serviceAgreements: bills },
    Mutation: { createServiceAgreement: bills, updateServiceAgreement: bills, endServiceAgreement: bills },
    ServiceAgreement: sameAsParent,
    ServiceAgreementConnection: sameAsParent,
  },
};
