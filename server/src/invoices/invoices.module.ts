import { customer, sameAsParent, staff } from '../platform/door.js';
import type { EndpointModule } from '../platform/door.js';
import { InvoiceAdminResolver } from './invoices.admin.resolver.js';
import { InvoicePortalResolver } from './invoices.portal.resolver.js';
import { InvoiceFieldsResolver } from './invoices.fields.resolver.js';
import { InvoiceCustomerAdminResolver } from './invoices.customer.admin.resolver.js';
import { CreditNoteAdminResolver, CreditNoteFieldsResolver, InvoiceCreditNotesResolver } from './credit-notes.resolver.js';

const invoiceTypes = { Invoice: sameAsParent, InvoiceLine: sameAsParent, InvoiceConnection: sameAsParent, CreditNote: sameAsParent };

export const portal: EndpointModule = {
  resolvers: [InvoicePortalResolver, InvoiceFieldsResolver, InvoiceCreditNotesResolver, CreditNoteFieldsResolver],
  rules: { Query: { invoices: customer, invoice: customer }, ...invoiceTypes },
};

// Technicians work on jobs; money is for the office. Dispatchers may look, only owners and admins bill.
const reads = staff('owner', 'admin', 'dispatcher');
const bills = staff('owner', 'admin');

export const admin: EndpointModule = {
  resolvers: [InvoiceAdminResolver, InvoiceFieldsResolver, InvoiceCustomerAdminResolver, InvoiceCreditNotesResolver, CreditNoteFieldsResolver, CreditNoteAdminResolver],
  idempotent: ['createInvoice', 'recordOfflinePayment', 'issueCreditNote'],
  rules: {
    Query: { invoices: reads, invoice: reads },
    Mutation: { createInvoice: bills, updateDraftInvoice: bills, issueInvoice: bills, voidInvoice: bills, recordOfflinePayment: bills, resendInvoice: bills, reopenInvoice: bills, issueCreditNote: bills },
    IssueCreditNotePayload: sameAsParent,
    ...invoiceTypes,
  },
};
