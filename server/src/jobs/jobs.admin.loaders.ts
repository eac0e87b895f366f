// Loaders for what only staff see of a job: internal notes, every document, the request it came from.
import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Document as DocumentRow, JobInternalNote } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { adminJobSelect, toAdminJob } from './jobs.view.js';
import type { AdminJob } from './jobs.admin.types.js';

function txOf(ctx: RequestContext) {
  if (!ctx.tx) throw new Unauthenticated();
  return ctx.tx;
}

const notesByJob = (ctx: RequestContext) =>
  new DataLoader<string, JobInternalNote[]>(async (jobIds) => {
    const rows = await txOf(ctx).jobInternalNote.findMany({ where: { jobId: { in: [...jobIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return jobIds.map((id) => rows.filter((r) => r.jobId === id));
  });

/** Shared or not, oldest first. */
const documentsByJob = (ctx: RequestContext) =>
  new DataLoader<string, DocumentRow[]>(async (jobIds) => {
    const rows = await txOf(ctx).document.findMany({ where: { jobId: { in: [...jobIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return jobIds.map((id) => rows.filter((r) => r.jobId === id));
  });

const requestIdsByJob = (ctx: RequestContext) =>
  new DataLoader<string, string | null>(async (jobIds) => {
    const rows = await txOf(ctx).serviceRequest.findMany({ where: { jobId: { in: [...jobIds] } }, select: { id: true, jobId: true } });
    return jobIds.map((id) => rows.find((r) => r.jobId === id)?.id ?? null);
  });

export const internalNotesOf = (ctx: RequestContext, jobId: string) => loader(ctx, notesByJob).load(jobId);
export const allJobDocuments = (ctx: RequestContext, jobId: string) => loader(ctx, documentsByJob).load(jobId);
export const serviceRequestIdOf = (ctx: RequestContext, jobId: string) => loader(ctx, requestIdsByJob).load(jobId);

/** Jobs as staff see them, by id (row-level security keeps them to the tenant). */
const adminJobsById = (ctx: RequestContext) =>
  new DataLoader<string, AdminJob | null>(async (ids) => {
    const [tenant, rows] = await Promise.all([currentTenant(ctx), txOf(ctx).job.findMany({ where: { id: { in: [...ids] } }, select: adminJobSelect })]);
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? toAdminJob(row, tenant.timeZone) : null;
    });
  });

export const adminJobById = (ctx: RequestContext, id: string) => loader(ctx, adminJobsById).load(id);
