import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { PaymentPortalResolver } from './payments.portal.resolver.js';
import { PaymentAdminResolver } from './payments.admin.resolver.js';
import { InvoicePaymentFieldsResolver, PaymentFieldsResolver } from './payments.fields.resolver.js';
import { PaymentsIIPortalResolver } from './payments-ii.portal.resolver.js';
import { InvoicePaymentsIIFieldsResolver } from './payments-ii.fields.resolver.js';
import { TipsAdminResolver } from './tips.admin.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
// As for invoices: dispatchers may look, only owners and admins move money.
// Invoice.payments, canPay and allowPartialPayment fall under Invoice's own rule (invoices.module.ts).
const paymentTypes = { Payment: sameAsParent, PaymentConnection: sameAsParent };
// Invoice.paymentProcessing, autopay and tipOptions fall under Invoice's rule; these are their types'.
const paymentsIITypes = { InvoiceAutopay: sameAsParent, Autopay: sameAsParent, TipOptions: sameAsParent, TipPreset: sameAsParent };

export const portal: EndpointModule = {
  resolvers: [PaymentPortalResolver, InvoicePaymentFieldsResolver, PaymentFieldsResolver, PaymentsIIPortalResolver, InvoicePaymentsIIFieldsResolver],
  idempotent: ['startInvoicePayment', 'saveSandboxCard', 'saveSandboxBankAccount'],
  rules: { PaymentSession: sameAsParent, SavedPaymentMethod: sameAsParent, ...paymentTypes, ...paymentsIITypes },
};

export const admin: EndpointModule = {
  resolvers: [PaymentAdminResolver, InvoicePaymentFieldsResolver, PaymentFieldsResolver, InvoicePaymentsIIFieldsResolver, TipsAdminResolver],
  idempotent: ['refundPayment'],
  rules: { ...paymentTypes, ...paymentsIITypes, TipsReport: sameAsParent, TechnicianTips: sameAsParent },
};
