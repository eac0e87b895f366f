import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Review as ReviewRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';

const reviewsByJobId = (ctx: RequestContext) =>
  new DataLoader<string, ReviewRow | null>(async (jobIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.review.findMany({ where: { jobId: { in: [...jobIds] } } });
    return jobIds.map((id) => rows.find((r) => r.jobId === id) ?? null);
  });

export function reviewOfJob(ctx: RequestContext, jobId: string): Promise<ReviewRow | null> {
  return loader(ctx, reviewsByJobId).load(jobId);
}
