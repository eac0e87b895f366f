import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { RequestAttachment as AttachmentRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import type { Job } from '../jobs/jobs.types.js';
import { jobSelect, toJob } from '../jobs/jobs.view.js';
import { currentTenant } from '../platform/current-tenant.js';

const attachmentsByRequestLoader = (ctx: RequestContext) =>
  new DataLoader<string, AttachmentRow[]>(async (requestIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.requestAttachment.findMany({
      where: { requestId: { in: [...requestIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return requestIds.map((id) => rows.filter((r) => r.requestId === id));
  });

const jobsByIdLoader = (ctx: RequestContext) =>
  new DataLoader<string, Job | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const [tenant, rows] = await Promise.all([currentTenant(ctx), ctx.tx.job.findMany({ where: { id: { in: [...ids] } }, select: jobSelect })]);
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? toJob(row, tenant.timeZone) : null;
    });
  });

export const requestAttachments = (ctx: RequestContext, requestId: string) => loader(ctx, attachmentsByRequestLoader).load(requestId);
/** A job the caller may see (row-level security decides), or null. */
export const jobById = (ctx: RequestContext, id: string) => loader(ctx, jobsByIdLoader).load(id);
