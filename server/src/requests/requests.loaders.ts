import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Prisma, RequestAttachment as AttachmentRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import type { Job, PartUsed } from '../jobs/jobs.types.js';

const attachmentsByRequestLoader = (ctx: RequestContext) =>
  new DataLoader<string, AttachmentRow[]>(async (requestIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.requestAttachment.findMany({
      where: { requestId: { in: [...requestIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return requestIds.map((id) => rows.filter((r) => r.requestId === id));
  });

// The customer's view of a job, as jobs.service builds it (no internal notes are ever read).
// jobs/ is being reworked in parallel; once it exports its mapper, this should use it.
const jobSelect = {
  id: true,
  title: true,
  status: true,
  scheduledStart: true,
  scheduledEnd: true,
  customerNotes: true,
  partsUsed: true,
  siteId: true,
  technicianId: true,
} satisfies Prisma.JobSelect;

const jobsByIdLoader = (ctx: RequestContext) =>
  new DataLoader<string, Job | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.job.findMany({ where: { id: { in: [...ids] } }, select: jobSelect });
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? { ...row, partsUsed: partsOf(row.partsUsed), technicianName: null } : null;
    });
  });

function partsOf(value: Prisma.JsonValue): PartUsed[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const part = item && typeof item === 'object' && !Array.isArray(item) ? item : null;
    return part && typeof part.name === 'string' ? [{ name: part.name, quantity: typeof part.quantity === 'number' ? part.quantity : 1 }] : [];
  });
}

export const requestAttachments = (ctx: RequestContext, requestId: string) => loader(ctx, attachmentsByRequestLoader).load(requestId);
/** A job the caller may see (row-level security decides), or null. */
export const jobById = (ctx: RequestContext, id: string) => loader(ctx, jobsByIdLoader).load(id);
