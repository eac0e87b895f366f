// Every domain's REST routes, in one list app.ts mounts.
import type { RestRoutes } from './rest.js';
import { requestRoutes } from '../requests/requests.routes.js';
import { documentRoutes } from '../documents/documents.routes.js';
import { invoiceRoutes } from '../invoices/invoices.routes.js';
import { publicReviewRoutes } from '../public/public-reviews.routes.js';
import { calendarRoutes } from '../calendar/calendar.routes.js';
import { tenantRoutes } from '../tenants/tenants.routes.js';
import { paymentRoutes } from '../payments/payments.routes.js';

export const restRoutes: RestRoutes[] = [
  requestRoutes,
  documentRoutes,
  invoiceRoutes,
  publicReviewRoutes,
  calendarRoutes,
  tenantRoutes,
  paymentRoutes,
];
