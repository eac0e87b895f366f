// Staff side of reviews: the moderation queue, publishing or rejecting, and the public answer.
import type { StaffContext } from '../context/context.js';
import type { Review as ReviewRow } from '../generated/prisma/client.js';
import type { ReviewStatus } from '../generated/prisma/enums.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { isId } from '../common/ids.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import { toReview } from './reviews.service.js';
import { MAX_RESPONSE_LENGTH, type AdminReviewListArgs, type Review } from './reviews.types.js';

/** Where a review may go from each status: publishing and rejecting can be undone by the other. */
const MOVES: Record<ReviewStatus, ReviewStatus[]> = {
  pending: ['published', 'rejected'],
  published: ['rejected'],
  rejected: ['published'],
};

/** The business's reviews, newest first, pending ones included; optionally of one status. */
export async function listReviews(ctx: StaffContext, args: AdminReviewListArgs): Promise<Connection<Review>> {
  const { tx, principal } = ctx;
  const rows = await tx.review.findMany({
    where: args.status ? { status: args.status } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toReview);
}

async function lockedReview(ctx: StaffContext, id: string): Promise<ReviewRow> {
  if (!isId(id)) throw new NotFound('This review');
  const { tx, principal } = ctx;
  await tx.$queryRaw`SELECT 1 FROM reviews WHERE tenant_id = ${principal.tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  const row = await tx.review.findFirst({ where: { id } });
  if (!row) throw new NotFound('This review');
  return row;
}

/**
 * Publishes or rejects a review. Both change what partner sites show, so both need reviews
 * switched on (at the door); a business that switched them off shows none anyway.
 */
export async function moderateReview(ctx: StaffContext, id: string, to: 'published' | 'rejected'): Promise<Review> {
  const { tx, principal } = ctx;
  const row = await lockedReview(ctx, id);
  if (!MOVES[row.status].includes(to)) throw new Conflict(`This review is already ${to}.`, to === 'published' ? 'REVIEW_ALREADY_PUBLISHED' : 'REVIEW_ALREADY_REJECTED');
  const updated = await tx.review.update({
    where: { tenantId_id: { tenantId: principal.tenantId, id: row.id } },
    data: { status: to, publishedAt: to === 'published' ? ctx.now() : null },
  });
  await recordStaffActivity(ctx, to === 'published' ? 'review.published' : 'review.rejected', { subjectId: row.id, customerId: row.customerId });
  return toReview(updated);
}

/** The business's public answer, shown under the review once published; answering again replaces it. */
export async function respondToReview(ctx: StaffContext, id: string, response: string): Promise<Review> {
  const { tx, principal } = ctx;
  const text = response.trim();
  if (!text) throw new BadInput('response', 'Write a response.', 'REQUIRED');
  if (text.length > MAX_RESPONSE_LENGTH) throw new BadInput('response', `Keep the response under ${MAX_RESPONSE_LENGTH} characters.`, 'TOO_LONG');
  const row = await lockedReview(ctx, id);
  if (row.status === 'rejected') throw new Conflict('This review was rejected: publish it before responding.', 'REVIEW_REJECTED');
  const updated = await tx.review.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: row.id } }, data: { response: text, respondedAt: ctx.now() } });
  await recordStaffActivity(ctx, 'review.responded', { subjectId: row.id, customerId: row.customerId });
  return toReview(updated);
}
