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

/** What staff see next to a review: who wrote it and about which job. */
const customerNamesById = (ctx: RequestContext) =>
  new DataLoader<string, string | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.customer.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
    return ids.map((id) => rows.find((r) => r.id === id)?.name ?? null);
  });

const jobTitlesById = (ctx: RequestContext) =>
  new DataLoader<string, string | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.job.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } });
    return ids.map((id) => rows.find((r) => r.id === id)?.title ?? null);
  });

export const customerNameById = (ctx: RequestContext, id: string) => loader(ctx, customerNamesById).load(id);
export const jobTitleById = (ctx: RequestContext, id: string) => loader(ctx, jobTitlesById).load(id);
