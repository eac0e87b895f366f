import type { CustomerContext, RequestContext, ScopedContext } from '../context/context.js';
import type { Review as ReviewRow } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { isId } from '../common/ids.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { isUniqueViolation } from '../auth/auth.shared.js';
import { currentTenant } from '../platform/current-tenant.js';
import { currentCustomer } from '../customers/customers.loaders.js';
import { notifyStaff } from '../notifications/notify.js';
import { inTenantScope } from '../platform/scope.js';
import { reviewOfJob } from './reviews.loaders.js';
import { findTenantBySlug } from '../tenants/tenants.service.js';
import type { PublicReview, PublicReviewPage, Review, SubmitReviewInput } from './reviews.types.js';

const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

/**
 * A review of one of the customer's own completed jobs, one per job. Published at once unless
 * the business moderates reviews, in which case it waits as pending.
 */
export async function submitReview(ctx: CustomerContext, input: SubmitReviewInput): Promise<Review> {
  const tenant = await currentTenant(ctx);
  const { tx, principal } = ctx;
  const job = isId(input.jobId) ? await tx.job.findFirst({ where: { id: input.jobId, customerId: principal.customerId }, select: { id: true, status: true, title: true } }) : null;
  if (!job) throw new NotFound('This appointment');
  if (job.status !== 'completed') throw new BadInput('jobId', 'You can review an appointment once it is completed.', 'JOB_NOT_COMPLETED');
  if (await tx.review.findFirst({ where: { jobId: job.id }, select: { id: true } })) throw alreadyReviewed();
  const comment = input.comment?.trim() || null;
  const now = ctx.now();
  let row: ReviewRow;
  try {
    row = await tx.review.create({
      data: {
        tenantId: tenant.id,
        customerId: principal.customerId,
        jobId: job.id,
        rating: input.rating,
        comment,
        // authorName ("Alex M.") is filled by the database from the customer's name.
        status: tenant.reviewModeration ? 'pending' : 'published',
        publishedAt: tenant.reviewModeration ? null : now,
        createdAt: now,
      },
    });
  } catch (error) {
    // Two submissions at once: the unique (tenant, job) index lets only one through.
    if (isUniqueViolation(error)) throw alreadyReviewed();
    throw error;
  }
  await recordCustomerActivity(ctx, 'review.submitted', row.id);
  const me = await currentCustomer(ctx);
  await notifyStaff(ctx, { kind: 'reviewSubmitted', subject: { type: 'review', id: row.id }, params: { customer: me.name, rating: row.rating, title: job.title } });
  return toReview(row);
}

function alreadyReviewed(): Conflict {
  return new Conflict('You have already reviewed this appointment.', 'ALREADY_REVIEWED');
}

export async function listMyReviews(ctx: CustomerContext, args: PageArgs): Promise<Connection<Review>> {
  const { tx, principal } = ctx;
  const rows = await tx.review.findMany({ where: { customerId: principal.customerId }, orderBy: NEWEST_FIRST, ...pageQuery(principal.tenantId, args) });
  return toConnection(rows, args, toReview);
}

export function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    jobId: row.jobId,
    customerId: row.customerId,
    rating: row.rating,
    comment: row.comment,
    status: row.status,
    response: row.response,
    respondedAt: row.respondedAt,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
  };
}

export interface PublicReviewsResult extends PublicReviewPage {
  tenant: { name: string };
}

/**
 * A business's published reviews for anyone (partner sites, the portal's login page), read with
 * the database role 'public', which sees published reviews and nothing of customers. An unknown
 * slug is NOT_FOUND. A business that switched reviews off has withdrawn them from view: it
 * answers like one with no published review, so a partner widget shows nothing rather than an error.
 *
 * The public scope is a transaction of its own, also for a signed-in caller: this is a query
 * field, and the other fields of the query run beside it on the caller's transaction, whose
 * rights must not change under them (platform/scope.ts withScope is for work that runs alone).
 */
export async function publicReviews(ctx: RequestContext, slug: string, args: PageArgs): Promise<PublicReviewsResult> {
  const tenant = await findTenantBySlug(ctx, slug);
  if (!tenant) throw new NotFound('This business');
  if (!tenant.featureReviews) return { tenant: { name: tenant.name }, averageRating: null, count: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const caller = { endpoint: ctx.endpoint, requestId: ctx.requestId, client: ctx.client, now: ctx.now() };
  return inTenantScope(
    ctx.deps,
    { tenantId: tenant.id, role: 'public' },
    async (scoped) => {
      const [stats, rows] = await Promise.all([
        scoped.tx.review.aggregate({ where: PUBLISHED, _avg: { rating: true }, _count: { _all: true } }),
        publishedPage(scoped, tenant.id, args),
      ]);
      const average = stats._avg.rating;
      return {
        tenant: { name: tenant.name },
        averageRating: average === null ? null : Math.round(average * 100) / 100,
        count: stats._count._all,
        ...toConnection(rows, args, toPublicReview),
      };
    },
    caller,
  );
}

// Row-level security already limits role 'public' to published reviews; the filter says so too.
const PUBLISHED = { status: 'published' as const, publishedAt: { not: null } };

function publishedPage(ctx: ScopedContext, tenantId: string, args: PageArgs) {
  return ctx.tx.review.findMany({
    where: PUBLISHED,
    // Only what may be shown publicly is ever read.
    select: { id: true, rating: true, comment: true, authorName: true, publishedAt: true, response: true, respondedAt: true },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(tenantId, args),
  });
}

function toPublicReview(row: Awaited<ReturnType<typeof publishedPage>>[number]): PublicReview {
  return {
    rating: row.rating,
    comment: row.comment,
    authorName: row.authorName,
    // Never null here: only published rows with a publication date are selected.
    publishedAt: row.publishedAt ?? new Date(0),
    response: row.response,
    respondedAt: row.respondedAt,
  };
}

/** The customer's review of a job; null when there is none or the business switched reviews off. */
export async function jobReview(ctx: CustomerContext, jobId: string): Promise<Review | null> {
  const tenant = await currentTenant(ctx);
  if (!tenant.featureReviews) return null;
  const row = await reviewOfJob(ctx, jobId);
  return row && toReview(row);
}
