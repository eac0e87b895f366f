// The quote PDF (as sent: every option) behind the signed link of Quote.pdfUrl and AdminQuote.pdfUrl.
import { fileRoute, type RestRoutes } from './rest.js';
import { quoteAsSentPdf } from '../quotes/quote-document.js';

export const quoteRoutes: RestRoutes = (app, deps) => {
  fileRoute(app, deps, 'quote-pdf', quoteAsSentPdf);
};
