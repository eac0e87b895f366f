// The customer's jobs and appointments, their service history, and the filters both share.
import type { CustomerContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { ownSite } from '../sites/sites.loaders.js';
import { ownAsset } from '../assets/assets.loaders.js';
import { JobWhen, type Job, type JobListArgs, type ServiceHistoryArgs } from './jobs.types.js';
import { jobSelect, toJob } from './jobs.view.js';
import { sharedJobDocuments } from './jobs.loaders.js';
import type { Document } from '../documents/documents.types.js';
import { isId } from '../common/ids.js';
import { CLOSED_STATUSES } from './job-lifecycle.js';

// A job is over for the customer once it is finished or called off (the lifecycle's closed
// statuses), or its time has passed.
const CLOSED = [...CLOSED_STATUSES];

const LATEST_FIRST: Prisma.JobOrderByWithRelationInput[] = [{ scheduledStart: 'desc' }, { id: 'desc' }];
const SOONEST_FIRST: Prisma.JobOrderByWithRelationInput[] = [{ scheduledStart: 'asc' }, { id: 'asc' }];

export function whenFilter(when: JobWhen, now: Date): Prisma.JobWhereInput {
  return when === JobWhen.UPCOMING ? { status: { notIn: CLOSED }, scheduledEnd: { gte: now } } : { OR: [{ status: { in: CLOSED } }, { scheduledEnd: { lt: now } }] };
}

/** Site and asset filters name the customer's own records; any other id is NOT_FOUND, not an empty list. */
async function placeFilter(ctx: CustomerContext, args: { siteId?: string | null; assetId?: string | null }): Promise<Prisma.JobWhereInput> {
  const where: Prisma.JobWhereInput = {};
  if (args.siteId != null) where.siteId = (await ownSite(ctx, args.siteId)).id;
  if (args.assetId != null) where.assetId = (await ownAsset(ctx, args.assetId)).id;
  return where;
}

export async function listCustomerJobs(ctx: CustomerContext, args: JobListArgs): Promise<Connection<Job>> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const where: Prisma.JobWhereInput = {
    customerId: principal.customerId,
    ...(await placeFilter(ctx, args)),
    AND: [args.when ? whenFilter(args.when, ctx.now()) : {}, args.status ? { status: args.status } : {}],
  };
  const rows = await tx.job.findMany({
    where,
    select: jobSelect,
    // Prisma's cursor pagination follows the order given, so both directions page correctly.
    orderBy: args.when === JobWhen.UPCOMING ? SOONEST_FIRST : LATEST_FIRST,
    ...pageQuery(tenant.id, args),
  });
  return toConnection(rows, args, (row) => toJob(row, tenant.timeZone));
}

/**
 * Service history: completed jobs, latest first, of one site, one asset or everything. The
 * entries are plain jobs: a Job already carries technician, parts, completion time and shared
 * documents, so a separate timeline type would only repeat it.
 */
export async function listServiceHistory(ctx: CustomerContext, args: ServiceHistoryArgs): Promise<Connection<Job>> {
  if (args.siteId != null && args.assetId != null) throw new BadInput('assetId', 'Choose a site or an asset, not both.', 'SITE_AND_ASSET');
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const rows = await tx.job.findMany({
    where: { customerId: principal.customerId, status: 'completed', ...(await placeFilter(ctx, args)) },
    select: jobSelect,
    orderBy: LATEST_FIRST,
    ...pageQuery(tenant.id, args),
  });
  return toConnection(rows, args, (row) => toJob(row, tenant.timeZone));
}

export async function getCustomerJob(ctx: CustomerContext, id: string): Promise<Job> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const row = isId(id) ? await tx.job.findFirst({ where: { id, customerId: principal.customerId }, select: jobSelect }) : null;
  if (!row) throw new NotFound('This appointment');
  return toJob(row, tenant.timeZone);
}

/** Reports and photos shared for a job; none while the business has documents switched off. */
export async function jobDocuments(ctx: CustomerContext, jobId: string): Promise<Document[]> {
  const tenant = await currentTenant(ctx);
  return tenant.featureDocuments ? sharedJobDocuments(ctx, jobId) : [];
}
