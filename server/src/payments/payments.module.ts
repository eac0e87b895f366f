import { customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { PaymentPortalResolver } from './payments.portal.resolver.js';
import { PaymentAdminResolver } from './payments.admin.resolver.js';
import { InvoicePaymentFieldsResolver, PaymentFieldsResolver } from './payments.fields.resolver.js';

const paymentTypes = { Payment: sameAsParent, PaymentConnection: sameAsParent };
// Invoice.payments, canPay and allowPartialPayment fall under Invoice's own rule (invoices.module.ts).

export const portal: EndpointModule = {
  resolvers: [PaymentPortalResolver, InvoicePaymentFieldsResolver, PaymentFieldsResolver],
  idempotent: ['startInvoicePayment'],
  rules: {
    Query: { payments: customer, payment: customer, savedPaymentMethods: customer },
    Mutation: {
      startInvoicePayment: customer,
      confirmSandboxPayment: customer,
      completeSandboxAuthentication: customer,
      refreshPayment: customer,
      removePaymentMethod: customer,
    },
    PaymentSession: sameAsParent,
    SavedPaymentMethod: sameAsParent,
    ...paymentTypes,
  },
};

// As for invoices: dispatchers may look, only owners and admins move money.
export const admin: EndpointModule = {
  resolvers: [PaymentAdminResolver, InvoicePaymentFieldsResolver, PaymentFieldsResolver],
  idempotent: ['refundPayment'],
  rules: {
    Query: { customerPayments: staff('owner', 'admin', 'dispatcher') },
    Mutation: { refundPayment: staff('owner', 'admin') },
    ...paymentTypes,
  },
};
