import { customer, sameAsParent, staff } from '../graphql/guards.js';
import type { EndpointModule } from '../graphql/modules.js';
import { InvoiceAdminResolver } from './invoices.admin.resolver.js';
import { InvoicePortalResolver } from './invoices.portal.resolver.js';
import { InvoiceFieldsResolver } from './invoices.fields.resolver.js';

const invoiceTypes = { Invoice: sameAsParent, InvoiceLine: sameAsParent, InvoiceConnection: sameAsParent };

export const portal: EndpointModule = {
  resolvers: [InvoicePortalResolver, InvoiceFieldsResolver],
  rules: { Query: { invoices: customer, invoice: customer }, ...invoiceTypes },
};

export const admin: EndpointModule = {
  resolvers: [InvoiceAdminResolver, InvoiceFieldsResolver],
  // Technicians work on jobs; money is for the office.
  rules: { Query: { invoices: staff('owner', 'admin', 'dispatcher'), invoice: staff('owner', 'admin', 'dispatcher') }, ...invoiceTypes },
};
