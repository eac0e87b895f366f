import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';
import { byIdLoader, primeAll } from '../common/loaders.js';
import { documentSelect } from '../documents/documents.view.js';
import type { Document } from '../documents/documents.types.js';
import type { JobServiceType } from './jobs.types.js';

export { siteById } from '../sites/sites.loaders.js';

/** Display names only: nothing else of a staff member reaches a customer. */
const staffNamesById = byIdLoader((tx, ids) => tx.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));

const serviceTypesById = byIdLoader<JobServiceType>((tx, ids) => tx.serviceType.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, durationMinutes: true } }));

/** Documents shared with the customer for each job, oldest first (report, then photos as taken). */
const sharedDocumentsByJob = (ctx: RequestContext) =>
  new DataLoader<string, Document[]>(async (jobIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.document.findMany({
      where: { jobId: { in: [...jobIds] }, shared: true },
      select: documentSelect,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return jobIds.map((id) => rows.filter((r) => r.jobId === id));
  });

/** Technician names a page read brought along. */
export const keepStaffNames = (ctx: RequestContext, rows: { id: string; name: string }[]) => {
  primeAll(loader(ctx, staffNamesById), rows);
};
/** Service types a page read brought along (platform/page-read.ts). */
export const keepServiceTypes = (ctx: RequestContext, rows: JobServiceType[]) => {
  primeAll(loader(ctx, serviceTypesById), rows);
};
/** The shared documents of each job a page read brought along, an empty list included. */
export const keepSharedDocuments = (ctx: RequestContext, jobId: string, rows: Document[]) => {
  loader(ctx, sharedDocumentsByJob).prime(jobId, rows);
};
export const staffNameById = async (ctx: RequestContext, id: string) => (await loader(ctx, staffNamesById).load(id))?.name ?? null;
export const serviceTypeById = (ctx: RequestContext, id: string) => loader(ctx, serviceTypesById).load(id);
export const sharedJobDocuments = (ctx: RequestContext, jobId: string) => loader(ctx, sharedDocumentsByJob).load(jobId);
