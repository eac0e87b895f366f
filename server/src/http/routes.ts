// Every domain's REST routes, in one list app.ts mounts.
import type { RestRoutes } from './rest.js';
import { requestRoutes } from './requests.routes.js';
import { documentRoutes } from './documents.routes.js';
import { invoiceRoutes } from './invoices.routes.js';
import { publicReviewRoutes } from './public-reviews.routes.js';
import { calendarRoutes } from './calendar.routes.js';
import { tenantRoutes } from './tenants.routes.js';
import { paymentRoutes } from './payments.routes.js';
import { messageRoutes } from './messages.routes.js';
import { projectRoutes } from './projects.routes.js';
import { signatureRoutes } from './signatures.routes.js';
import { quoteRoutes } from './quotes.routes.js';
import { meterRoutes } from './meters.routes.js';
import { meterReadingsApiRoutes } from './meter-readings.routes.js';
import { privacyRoutes } from './privacy.routes.js';
import { auditRoutes } from './audit.routes.js';

export const restRoutes: RestRoutes[] = [
  requestRoutes,
  documentRoutes,
  invoiceRoutes,
  publicReviewRoutes,
  calendarRoutes,
  tenantRoutes,
  paymentRoutes,
  messageRoutes,
  projectRoutes,
  signatureRoutes,
  quoteRoutes,
  meterRoutes,
  meterReadingsApiRoutes,
  privacyRoutes,
  auditRoutes,
];
