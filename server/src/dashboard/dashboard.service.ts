// The customer's dashboard in a fixed number of statements, whatever the customer holds:
// one for every count and sum, one per short list. Relations of the listed items (site,
// technician, lines) come through the same per-request loaders as everywhere else.
import { Prisma } from '../generated/prisma/client.js';
import type { CustomerContext } from '../context/context.js';
import { todayIn } from '../common/dates.js';
import { currentTenant } from '../platform/current-tenant.js';
import { toInvoice } from '../invoices/invoices.service.js';
import { BALANCE_DUE_SQL } from '../invoices/balance.js';
import { toServiceRequest } from '../requests/requests.service.js';
import { whenFilter } from '../jobs/jobs.service.js';
import { JobWhen } from '../jobs/jobs.types.js';
import { jobSelect, toJob } from '../jobs/jobs.view.js';
import type { Dashboard, NavigationCounts } from './dashboard.types.js';

const REVIEW_WINDOW_DAYS = 90;
const OPEN_REQUEST = ['submitted', 'reviewed'] as const;

interface Totals {
  upcoming: number;
  open_requests: number;
  unpaid: number;
  overdue: number;
  due_minor: bigint;
  overdue_minor: bigint;
  awaiting_review: number;
  documents: number;
  assets: number;
}

export async function customerDashboard(ctx: CustomerContext): Promise<Dashboard> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const now = ctx.now();
  const today = new Date(`${todayIn(tenant.timeZone, now)}T00:00:00Z`);
  const reviewSince = new Date(now.getTime() - REVIEW_WINDOW_DAYS * 86_400_000);
  const customerId = principal.customerId;
  const tenantId = tenant.id;
  // An issued invoice always has a balance due (invoice-money.ts): a settled one is 'paid'.
  const unpaidWhere: Prisma.InvoiceWhereInput = { customerId, status: 'issued' };

  const [totals] = await tx.$queryRaw<Totals[]>(Prisma.sql`
    SELECT
      (SELECT count(*)::int FROM jobs WHERE tenant_id = ${tenantId}::uuid AND customer_id = ${customerId}::uuid
         AND status NOT IN ('completed', 'cancelled', 'declined') AND scheduled_end >= ${now}) AS upcoming,
      (SELECT count(*)::int FROM service_requests WHERE tenant_id = ${tenantId}::uuid AND customer_id = ${customerId}::uuid
         AND status IN ('submitted', 'reviewed')) AS open_requests,
      i.unpaid, i.overdue, i.due_minor, i.overdue_minor,
      (SELECT count(*)::int FROM jobs j WHERE j.tenant_id = ${tenantId}::uuid AND j.customer_id = ${customerId}::uuid
         AND j.status = 'completed' AND j.completed_at >= ${reviewSince}
         AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = j.tenant_id AND r.job_id = j.id)) AS awaiting_review,
      (SELECT count(*)::int FROM documents WHERE tenant_id = ${tenantId}::uuid AND customer_id = ${customerId}::uuid AND shared) AS documents,
      (SELECT count(*)::int FROM assets WHERE tenant_id = ${tenantId}::uuid AND customer_id = ${customerId}::uuid) AS assets
    FROM (
      SELECT count(*)::int AS unpaid,
             (count(*) FILTER (WHERE due_date < ${today}::date))::int AS overdue,
             COALESCE(sum(${BALANCE_DUE_SQL}), 0)::bigint AS due_minor,
             COALESCE(sum(${BALANCE_DUE_SQL}) FILTER (WHERE due_date < ${today}::date), 0)::bigint AS overdue_minor
      FROM invoices
      WHERE tenant_id = ${tenantId}::uuid AND customer_id = ${customerId}::uuid AND status = 'issued'
    ) i`);

  const [appointments, requests, invoices, awaiting] = await Promise.all([
    tx.job.findMany({
      where: { customerId, ...whenFilter(JobWhen.UPCOMING, now) },
      select: jobSelect,
      orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
      take: 3,
    }),
    tenant.featureRequests
      ? tx.serviceRequest.findMany({ where: { customerId, status: { in: [...OPEN_REQUEST] } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 3 })
      : [],
    tenant.featureInvoices ? tx.invoice.findMany({ where: unpaidWhere, orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }], take: 5 }) : [],
    tenant.featureReviews
      ? tx.job.findMany({
          where: { customerId, status: 'completed', completedAt: { gte: reviewSince }, review: null },
          select: jobSelect,
          orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
          take: 3,
        })
      : [],
  ]);

  // One row always: every column is an aggregate.
  const t = totals;
  if (!t) throw new Error('The dashboard totals query returned no row.');
  const counts: NavigationCounts = {
    upcomingAppointments: t.upcoming,
    openRequests: tenant.featureRequests ? t.open_requests : 0,
    unpaidInvoices: tenant.featureInvoices ? t.unpaid : 0,
    overdueInvoices: tenant.featureInvoices ? t.overdue : 0,
    awaitingReview: tenant.featureReviews ? t.awaiting_review : 0,
    documents: tenant.featureDocuments ? t.documents : 0,
    assets: t.assets,
  };
  const todayText = todayIn(tenant.timeZone, now);
  return {
    currency: tenant.currency,
    amountDueMinor: tenant.featureInvoices ? Number(t.due_minor) : 0,
    overdueAmountMinor: tenant.featureInvoices ? Number(t.overdue_minor) : 0,
    counts,
    nextAppointments: appointments.map((row) => toJob(row, tenant.timeZone)),
    openRequests: requests.map(toServiceRequest),
    unpaidInvoices: invoices.map((row) => toInvoice(row, todayText)),
    awaitingReview: awaiting.map((row) => toJob(row, tenant.timeZone)),
  };
}
