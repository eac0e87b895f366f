// The customer's dashboard in one SQL statement, whatever the customer holds: every count and
// sum, each short list, and what the lists show of their relations (a job's site and technician)
// come back together (platform/page-read.ts). The relations go into the request's loaders, so the
// field resolvers that show them read nothing more.
import { Prisma } from '../generated/prisma/client.js';
import type { CustomerContext } from '../context/context.js';
import { todayIn } from '../common/dates.js';
import { currentTenant } from '../platform/current-tenant.js';
import { readPage, rowsOf, type PageSql } from '../platform/page-read.js';
import { invoiceSelect, toInvoice } from '../invoices/invoices.service.js';
import { BALANCE_DUE_SQL } from '../invoices/balance.js';
import { toServiceRequest } from '../requests/requests.service.js';
import { jobSelect, toJob } from '../jobs/jobs.view.js';
import { keepJobRelations, jobRelations } from '../jobs/jobs.page.js';
import { invoiceRelations, keepInvoiceRelations, type InvoicePreload } from '../invoices/invoices.page.js';
import type { Dashboard, NavigationCounts } from './dashboard.types.js';

const REVIEW_WINDOW_DAYS = 90;

interface DashboardRow {
  upcoming: number;
  open_requests: number;
  unpaid: number;
  overdue: number;
  due_minor: bigint;
  overdue_minor: bigint;
  awaiting_review: number;
  documents: number;
  assets: number;
  next_appointments: unknown;
  requests: unknown;
  invoices: unknown;
  awaiting: unknown;
}

const EMPTY = Prisma.sql`'[]'::json`;

export async function customerDashboard(ctx: CustomerContext, preload: InvoicePreload): Promise<Dashboard> {
  const tenant = await currentTenant(ctx);
  const now = ctx.now();
  const todayText = todayIn(tenant.timeZone, now);
  const today = new Date(`${todayText}T00:00:00Z`);
  const reviewSince = new Date(now.getTime() - REVIEW_WINDOW_DAYS * 86_400_000);
  const job = (q: PageSql) => q.row('Job', 'j', jobSelect, jobRelations(q, 'j'));

  const t = await readPage<DashboardRow>(
    ctx,
    (q) => Prisma.sql`
    SELECT
      (SELECT count(*)::int FROM jobs j WHERE ${q.own('j')} AND j.status NOT IN ('completed', 'cancelled', 'declined') AND j.scheduled_end >= ${now}) AS upcoming,
      (SELECT count(*)::int FROM service_requests r WHERE ${q.own('r')} AND r.status IN ('submitted', 'reviewed')) AS open_requests,
      i.unpaid, i.overdue, i.due_minor, i.overdue_minor,
      (SELECT count(*)::int FROM jobs j WHERE ${q.own('j')} AND j.status = 'completed' AND j.completed_at >= ${reviewSince}
         AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.tenant_id = j.tenant_id AND v.job_id = j.id)) AS awaiting_review,
      (SELECT count(*)::int FROM documents d WHERE ${q.own('d')} AND d.shared) AS documents,
      (SELECT count(*)::int FROM assets a WHERE ${q.own('a')}) AS assets,
      ${q.list(job(q), Prisma.sql`FROM jobs j WHERE ${q.own('j')} AND j.status NOT IN ('completed', 'cancelled', 'declined') AND j.scheduled_end >= ${now}`, Prisma.sql`j.scheduled_start, j.id`, 3)} AS next_appointments,
      ${tenant.featureRequests ? q.list(q.row('ServiceRequest', 'r', 'all'), Prisma.sql`FROM service_requests r WHERE ${q.own('r')} AND r.status IN ('submitted', 'reviewed')`, Prisma.sql`r.created_at DESC, r.id DESC`, 3) : EMPTY} AS requests,
      ${tenant.featureInvoices ? q.list(q.row('Invoice', 'v', invoiceSelect, invoiceRelations(q, 'v', preload)), Prisma.sql`FROM invoices v WHERE ${q.own('v')} AND v.status = 'issued'`, Prisma.sql`v.due_date ASC NULLS LAST, v.id`, 5) : EMPTY} AS invoices,
      ${
        tenant.featureReviews
          ? q.list(
              job(q),
              Prisma.sql`FROM jobs j WHERE ${q.own('j')} AND j.status = 'completed' AND j.completed_at >= ${reviewSince}
                AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.tenant_id = j.tenant_id AND v.job_id = j.id)`,
              Prisma.sql`j.completed_at DESC, j.id DESC`,
              3,
            )
          : EMPTY
      } AS awaiting
    FROM (
      -- An issued invoice always has a balance due (invoice-money.ts): a settled one is 'paid'.
      SELECT count(*)::int AS unpaid,
             (count(*) FILTER (WHERE due_date < ${today}::date))::int AS overdue,
             COALESCE(sum(${BALANCE_DUE_SQL}), 0)::bigint AS due_minor,
             COALESCE(sum(${BALANCE_DUE_SQL}) FILTER (WHERE due_date < ${today}::date), 0)::bigint AS overdue_minor
      FROM invoices WHERE ${q.own('invoices')} AND status = 'issued'
    ) i`,
  );

  const jobs = (value: unknown) => keepJobRelations(ctx, rowsOf(ctx, 'Job', jobSelect, value)).map((row) => toJob(row, tenant.timeZone));
  const counts: NavigationCounts = {
    upcomingAppointments: t.upcoming,
    openRequests: tenant.featureRequests ? t.open_requests : 0,
    unpaidInvoices: tenant.featureInvoices ? t.unpaid : 0,
    overdueInvoices: tenant.featureInvoices ? t.overdue : 0,
    awaitingReview: tenant.featureReviews ? t.awaiting_review : 0,
    documents: tenant.featureDocuments ? t.documents : 0,
    assets: t.assets,
  };
  return {
    currency: tenant.currency,
    amountDueMinor: tenant.featureInvoices ? Number(t.due_minor) : 0,
    overdueAmountMinor: tenant.featureInvoices ? Number(t.overdue_minor) : 0,
    counts,
    nextAppointments: jobs(t.next_appointments),
    openRequests: rowsOf(ctx, 'ServiceRequest', 'all', t.requests).map(toServiceRequest),
    unpaidInvoices: keepInvoiceRelations(ctx, rowsOf(ctx, 'Invoice', invoiceSelect, t.invoices), preload).map((row) => toInvoice(row, todayText)),
    awaitingReview: jobs(t.awaiting),
  };
}
