// The customer's jobs and appointments, their service history, and the filters both share. Each
// read is one SQL statement (platform/page-read.ts): the jobs of the page, what their cards show
// of their relations (jobs.preload.ts), and whether a site or asset the list is filtered by is the
// customer's, all at once.
import type { GraphQLError } from 'graphql';
import type { CustomerContext } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import { decodeCursor, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { readPage, rowOf, rowsOf, type PageSql } from '../platform/page-read.js';
import { JobWhen, type Job, type JobListArgs, type ServiceHistoryArgs } from './jobs.types.js';
import { jobSelect, toJob } from './jobs.view.js';
import { sharedJobDocuments } from './jobs.loaders.js';
import { keepPortalJobRelations, portalJobRelations, preloadFor, type JobPreload } from './jobs.preload.js';
import type { Document } from '../documents/documents.types.js';
import { isId } from '../common/ids.js';
import { CLOSED_STATUSES } from './job-lifecycle.js';

// A job is over for the customer once it is finished or called off (the lifecycle's closed
// statuses), or its time has passed.
const CLOSED = Prisma.join(CLOSED_STATUSES.map((status) => Prisma.sql`${status}::"JobStatus"`));

/** A condition on the job row named `j` (the listed job, or the one the page link names). */
type JobCondition = (j: Prisma.Sql) => Prisma.Sql;

/** Upcoming (open and not yet over) or past (everything else) jobs. */
export function whenFilter(when: JobWhen, now: Date): JobCondition {
  return when === JobWhen.UPCOMING
    ? (j) => Prisma.sql`${j}.status NOT IN (${CLOSED}) AND ${j}.scheduled_end >= ${now}`
    : (j) => Prisma.sql`(${j}.status IN (${CLOSED}) OR ${j}.scheduled_end < ${now})`;
}

interface JobList {
  /** Conditions besides the caller's own rows, the place and the page. */
  where: JobCondition[];
  order: 'soonest' | 'latest';
  /** Site and asset filters name the customer's own records; any other id is NOT_FOUND, not an empty list. */
  siteId: string | null;
  assetId: string | null;
  page: PageArgs;
  preload: JobPreload;
}

interface JobListRow {
  site_visible: boolean;
  asset_visible: boolean;
  jobs: unknown;
}

/** The page link's job id (null for the first page), or the BAD_USER_INPUT a broken link answers. */
function pageLink(after: string | null | undefined): { afterId: string | null; broken: GraphQLError | null } {
  try {
    return { afterId: decodeCursor(after) ?? null, broken: null };
  } catch (error) {
    if (error instanceof BadInput) return { afterId: null, broken: error };
    throw error;
  }
}

/**
 * A page of the customer's jobs in one statement. The checks answer in the order they always
 * did: the site, the asset, then the page link; one that fails without the database (a malformed
 * id, a broken link) with no check before it that needs the database answers before any statement.
 *
 * Pages are those of Prisma's cursor pagination, which this replaces: the rows after the page
 * link's job in the list's order, one more than asked to tell whether another page follows; none
 * when that job is no longer in the list (Prisma finds the cursor's row among the rows it read and
 * returns nothing without it), or names no job the caller can see.
 */
async function readJobList(ctx: CustomerContext, list: JobList): Promise<Connection<Job>> {
  const tenant = await currentTenant(ctx);
  const { siteId, assetId, page } = list;
  const { afterId, broken } = pageLink(page.after);
  if (siteId !== null && !isId(siteId)) throw new NotFound('This site');
  if (siteId === null && assetId !== null && !isId(assetId)) throw new NotFound('This asset');
  if (siteId === null && assetId === null && broken) throw broken;

  const preload = preloadFor(tenant, list.preload);
  // A malformed asset id or a broken link fails after the checks before it; a page link that is no id names no job.
  const listed = (assetId === null || isId(assetId)) && !broken && (afterId === null || isId(afterId));
  const jobs = (q: PageSql) => {
    const listedJob = (alias: string) => {
      const j = Prisma.raw(alias);
      const where = [q.own(alias), ...list.where.map((condition) => condition(j))];
      if (siteId !== null) where.push(Prisma.sql`${j}.site_id = ${siteId}::uuid`);
      if (assetId !== null) where.push(Prisma.sql`${j}.asset_id = ${assetId}::uuid`);
      return Prisma.join(where, ' AND ');
    };
    const where = [listedJob('j')];
    if (afterId !== null) {
      const after = list.order === 'soonest' ? Prisma.sql`>` : Prisma.sql`<`;
      where.push(Prisma.sql`(j.scheduled_start, j.id) ${after} (SELECT c.scheduled_start, c.id FROM jobs c WHERE ${listedJob('c')} AND c.id = ${afterId}::uuid)`);
    }
    const order = list.order === 'soonest' ? Prisma.sql`j.scheduled_start, j.id` : Prisma.sql`j.scheduled_start DESC, j.id DESC`;
    return q.list(q.row('Job', 'j', jobSelect, portalJobRelations(q, 'j', preload)), Prisma.sql`FROM jobs j WHERE ${Prisma.join(where, ' AND ')}`, order, page.first + 1);
  };
  const t = await readPage<JobListRow>(
    ctx,
    (q) => Prisma.sql`
    SELECT
      ${siteId !== null ? Prisma.sql`EXISTS (SELECT 1 FROM sites s WHERE ${q.own('s')} AND s.id = ${siteId}::uuid)` : Prisma.sql`TRUE`} AS site_visible,
      ${assetId !== null && isId(assetId) ? Prisma.sql`EXISTS (SELECT 1 FROM assets a WHERE ${q.own('a')} AND a.id = ${assetId}::uuid)` : Prisma.raw(assetId === null ? 'TRUE' : 'FALSE')} AS asset_visible,
      ${listed ? jobs(q) : Prisma.sql`'[]'::json`} AS jobs`,
  );
  if (!t.site_visible) throw new NotFound('This site');
  if (!t.asset_visible) throw new NotFound('This asset');
  if (broken) throw broken;
  const rows = keepPortalJobRelations(ctx, rowsOf(ctx, 'Job', jobSelect, t.jobs), preload);
  return toConnection(rows, page, (row) => toJob(row, tenant.timeZone));
}

export async function listCustomerJobs(ctx: CustomerContext, args: JobListArgs, preload: JobPreload): Promise<Connection<Job>> {
  const where: JobCondition[] = [];
  const { when, status } = args;
  if (when) where.push(whenFilter(when, ctx.now()));
  if (status) where.push((j) => Prisma.sql`${j}.status = ${status}::"JobStatus"`);
  return readJobList(ctx, {
    where,
    order: when === JobWhen.UPCOMING ? 'soonest' : 'latest',
    siteId: args.siteId ?? null,
    assetId: args.assetId ?? null,
    page: args,
    preload,
  });
}

/**
 * Service history: completed jobs, latest first, of one site, one asset or everything. The
 * entries are plain jobs: a Job already carries technician, parts, completion time and shared
 * documents, so a separate timeline type would only repeat it.
 */
export async function listServiceHistory(ctx: CustomerContext, args: ServiceHistoryArgs, preload: JobPreload): Promise<Connection<Job>> {
  if (args.siteId != null && args.assetId != null) throw new BadInput('assetId', 'Choose a site or an asset, not both.', 'SITE_AND_ASSET');
  return readJobList(ctx, {
    where: [(j) => Prisma.sql`${j}.status = 'completed'`],
    order: 'latest',
    siteId: args.siteId ?? null,
    assetId: args.assetId ?? null,
    page: args,
    preload,
  });
}

/** One of the customer's jobs with what its page shows of its relations, in one statement. */
export async function getCustomerJob(ctx: CustomerContext, id: string, preload: JobPreload): Promise<Job> {
  const tenant = await currentTenant(ctx);
  if (!isId(id)) throw new NotFound('This appointment');
  const wanted = preloadFor(tenant, preload);
  const t = await readPage<{ job: unknown }>(
    ctx,
    (q) => Prisma.sql`SELECT ${q.one(q.row('Job', 'j', jobSelect, portalJobRelations(q, 'j', wanted)), Prisma.sql`FROM jobs j WHERE ${q.own('j')} AND j.id = ${id}::uuid`)} AS job`,
  );
  const row = rowOf(ctx, 'Job', jobSelect, t.job);
  if (!row) throw new NotFound('This appointment');
  keepPortalJobRelations(ctx, [row], wanted);
  return toJob(row, tenant.timeZone);
}

/** Reports and photos shared for a job; none while the business has documents switched off. */
export async function jobDocuments(ctx: CustomerContext, jobId: string): Promise<Document[]> {
  const tenant = await currentTenant(ctx);
  return tenant.featureDocuments ? sharedJobDocuments(ctx, jobId) : [];
}
