import { sameAsParent } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { InvoiceAdminResolver } from './invoices.admin.resolver.js';
import { InvoicePortalResolver } from './invoices.portal.resolver.js';
import { InvoiceFieldsResolver } from './invoices.fields.resolver.js';
import { InvoiceCustomerAdminResolver } from './invoices.customer.admin.resolver.js';
import { CreditNoteAdminResolver, CreditNoteFieldsResolver, InvoiceCreditNotesResolver } from './credit-notes.resolver.js';

// Who may call each operation is on its resolver method (@Allow); these are the types' rules.
// Technicians work on jobs; money is for the office: dispatchers may look, only owners and admins bill.
const invoiceTypes = { Invoice: sameAsParent, InvoiceLine: sameAsParent, InvoiceConnection: sameAsParent, CreditNote: sameAsParent };

export const portal: EndpointModule = {
  resolvers: [InvoicePortalResolver, InvoiceFieldsResolver, InvoiceCreditNotesResolver, CreditNoteFieldsResolver],
  rules: invoiceTypes,
};

export const admin: EndpointModule = {
  resolvers: [InvoiceAdminResolver, InvoiceFieldsResolver, InvoiceCustomerAdminResolver, InvoiceCreditNotesResolver, CreditNoteFieldsResolver, CreditNoteAdminResolver],
  idempotent: ['createInvoice', 'recordOfflinePayment', 'issueCreditNote'],
  rules: { IssueCreditNotePayload: sameAsParent, ...invoiceTypes },
};
