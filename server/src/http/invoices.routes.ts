// The invoice PDF behind the signed link of Invoice.pdfUrl, and the credit note PDF behind CreditNote.pdfUrl.
import { fileRoute, type RestRoutes } from './rest.js';
import { invoicePdf } from '../invoices/invoices.service.js';
import { creditNotePdf } from '../invoices/credit-notes.service.js';

export const invoiceRoutes: RestRoutes = (app, deps) => {
  fileRoute(app, deps, 'invoice-pdf', invoicePdf, { customer: 'invoices' });
  fileRoute(app, deps, 'credit-note-pdf', creditNotePdf, { customer: 'invoices' });
};
