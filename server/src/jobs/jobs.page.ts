// What a page read brings along with each job it lists (platform/page-read.ts): the job's site and
// its technician's name, the two relations every job card shows. They go into the request's
// loaders, where the Job field resolvers (site, technicianName) find them.
import { Prisma } from '../generated/prisma/client.js';
import type { SignedInContext } from '../context/context.js';
import { rowOf, type PageSql } from '../platform/page-read.js';
import { keepSites } from '../sites/sites.loaders.js';
import { keepStaffNames } from './jobs.loaders.js';

const TECHNICIAN = { id: true, name: true } as const;

/** The related rows of job `alias`, as extra keys of its `q.row` (row-level security applies to each). */
export function jobRelations(q: PageSql, alias: string): Record<string, Prisma.Sql> {
  const j = Prisma.raw(alias);
  return {
    site: q.one(q.row('Site', 's', 'all'), Prisma.sql`FROM sites s WHERE s.tenant_id = ${j}.tenant_id AND s.id = ${j}.site_id`),
    technician: q.one(q.row('StaffUser', 't', TECHNICIAN), Prisma.sql`FROM staff_users t WHERE t.tenant_id = ${j}.tenant_id AND t.id = ${j}.technician_id`),
  };
}

export interface JobWithRelations {
  site?: unknown;
  technician?: unknown;
}

/** Keeps the relations a page read brought with its jobs for the field resolvers; returns the jobs. */
export function keepJobRelations<J extends object>(ctx: SignedInContext, jobs: J[]): J[] {
  const related = jobs as (J & JobWithRelations)[];
  const sites = related.flatMap((job) => rowOf(ctx, 'Site', 'all', job.site) ?? []);
  const technicians = related.flatMap((job) => rowOf(ctx, 'StaffUser', TECHNICIAN, job.technician) ?? []);
  keepSites(ctx, sites);
  keepStaffNames(ctx, technicians);
  return jobs;
}
