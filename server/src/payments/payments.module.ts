import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { PaymentPortalResolver } from './payments.portal.resolver.js';
import { PaymentAdminResolver } from './payments.admin.resolver.js';
import { InvoicePaymentFieldsResolver, PaymentFieldsResolver } from './payments.fields.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
// As for invoices: dispatchers may look, only owners and admins move money.
// Invoice.payments, canPay and allowPartialPayment fall under Invoice's own rule (invoices.module.ts).
const paymentTypes = { Payment: sameAsParent, PaymentConnection: sameAsParent };

export const portal: EndpointModule = {
  resolvers: [PaymentPortalResolver, InvoicePaymentFieldsResolver, PaymentFieldsResolver],
  idempotent: ['startInvoicePayment'],
  rules: { PaymentSession: sameAsParent, SavedPaymentMethod: sameAsParent, ...paymentTypes },
};

export const admin: EndpointModule = {
  resolvers: [PaymentAdminResolver, InvoicePaymentFieldsResolver, PaymentFieldsResolver],
  idempotent: ['refundPayment'],
  rules: paymentTypes,
};
