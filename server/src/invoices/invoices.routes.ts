// The invoice PDF behind the signed link of Invoice.pdfUrl.
import { fileRoute, type RestRoutes } from '../http/rest.js';
import { invoicePdf } from './invoices.service.js';

export const invoiceRoutes: RestRoutes = (app, deps) => fileRoute(app, deps, 'invoice-pdf', invoicePdf);
