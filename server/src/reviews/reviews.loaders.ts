import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Review as ReviewRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { byIdLoader } from '../common/loaders.js';

const reviewsByJobId = (ctx: RequestContext) =>
  new DataLoader<string, ReviewRow | null>(async (jobIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.review.findMany({ where: { jobId: { in: [...jobIds] } } });
    return jobIds.map((id) => rows.find((r) => r.jobId === id) ?? null);
  });

export function reviewOfJob(ctx: RequestContext, jobId: string): Promise<ReviewRow | null> {
  return loader(ctx, reviewsByJobId).load(jobId);
}

/** A job's review (or that it has none) a page read brought along (platform/page-read.ts). */
export function keepReviewOfJob(ctx: RequestContext, jobId: string, row: ReviewRow | null): void {
  loader(ctx, reviewsByJobId).prime(jobId, row);
}

/** What staff see next to a review: which job it is about (the author's name: customers.loaders). */
const jobTitlesById = byIdLoader((tx, ids) => tx.job.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }));

export const jobTitleById = async (ctx: RequestContext, id: string) => (await loader(ctx, jobTitlesById).load(id))?.title ?? null;
