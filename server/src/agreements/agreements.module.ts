import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { AgreementAdminResolver } from './agreements.admin.resolver.js';
import { AgreementCustomerAdminResolver } from './agreements.customer.admin.resolver.js';
import { AgreementPortalResolver } from './agreements.portal.resolver.js';
import { AgreementAutopayFieldsResolver } from './agreement-autopay.fields.resolver.js';

// Who may call each operation is on its resolver method (@Allow): agreements are billing, owners
// and admins. These are the types' rules.
export const admin: EndpointModule = {
  resolvers: [AgreementAdminResolver, AgreementCustomerAdminResolver, AgreementAutopayFieldsResolver],
  idempotent: ['createServiceAgreement'],
  rules: { ServiceAgreement: sameAsParent, ServiceAgreementConnection: sameAsParent },
};

// Customers see their own running agreements and turn autopay on or off (payments/autopay.service.ts).
export const portal: EndpointModule = {
  resolvers: [AgreementPortalResolver, AgreementAutopayFieldsResolver],
  rules: { ServiceAgreement: sameAsParent },
};
