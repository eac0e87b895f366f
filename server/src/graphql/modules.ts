// Which domains make up each endpoint. A domain contributes resolvers and the shield rules
// for every field they add.
import type { Endpoint } from '../context/principal.js';
import type { EndpointModule } from '../platform/door.js';
import * as auth from '../auth/auth.module.js';
import * as tenants from '../tenants/tenants.module.js';
import * as customers from '../customers/customers.module.js';
import * as staff from '../staff/staff.module.js';
import * as invoices from '../invoices/invoices.module.js';
import * as jobs from '../jobs/jobs.module.js';
import * as documents from '../documents/documents.module.js';
import * as requests from '../requests/requests.module.js';
import * as reviews from '../reviews/reviews.module.js';
import * as booking from '../booking/booking.module.js';
import * as sites from '../sites/sites.module.js';
import * as assets from '../assets/assets.module.js';
import * as dashboard from '../dashboard/dashboard.module.js';
import * as agreements from '../agreements/agreements.module.js';
import * as communications from '../communications/communications.module.js';
import * as payments from '../payments/payments.module.js';
import * as activity from '../activity/activity.module.js';
import * as alerts from '../alerts/alerts.module.js';
import * as history from '../history/history.module.js';
import * as live from '../live/live.module.js';
import * as notifications from '../notifications/notifications.module.js';
import * as messaging from '../messaging/messaging.module.js';
import * as docgen from '../docgen/docgen.module.js';
import * as projects from '../projects/projects.module.js';
import * as quotes from '../quotes/quotes.module.js';
import * as signatures from '../signatures/signatures.module.js';
import * as meterBilling from '../meter-billing/meter-billing.module.js';
import * as supplies from '../supplies/supplies.module.js';
import * as meters from '../meters/meters.module.js';
import * as contacts from '../contacts/contacts.module.js';
import * as privacy from '../privacy/privacy.module.js';
import * as audit from '../audit/audit.module.js';
import { sameAsParent } from '../platform/door.js';

/** Types shared by many domains. */
const common: EndpointModule = { resolvers: [], rules: { PageInfo: sameAsParent } };

export const endpointModules: Record<Endpoint, EndpointModule[]> = {
  portal: [
    common,
    auth.portal,
    tenants.portal,
    customers.portal,
    invoices.portal,
    jobs.portal,
    documents.portal,
    requests.portal,
    reviews.portal,
    booking.portal,
    sites.portal,
    assets.portal,
    dashboard.portal,
    payments.portal,
    agreements.portal,
    history.portal,
    live.portal,
    notifications.portal,
    messaging.portal,
    projects.portal,
    quotes.portal,
    signatures.portal,
    meterBilling.portal,
    supplies.portal,
    meters.portal,
    contacts.portal,
    privacy.portal,
  ],
  admin: [
    common,
    auth.admin,
    staff.admin,
    customers.admin,
    invoices.admin,
    booking.admin,
    agreements.admin,
    reviews.admin,
    communications.admin,
    tenants.admin,
    sites.admin,
    assets.admin,
    jobs.admin,
    documents.admin,
    requests.admin,
    payments.admin,
    activity.admin,
    alerts.admin,
    live.admin,
    notifications.admin,
    messaging.admin,
    docgen.admin,
    projects.admin,
    quotes.admin,
    signatures.admin,
    meterBilling.admin,
    supplies.admin,
    meters.admin,
    contacts.admin,
    privacy.admin,
    audit.admin,
  ],
};
