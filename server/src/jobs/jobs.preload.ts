// What the portal's job reads (jobs, job, serviceHistory) bring along in their one statement
// (platform/page-read.ts), besides the site and technician every job card shows (jobs.page.ts):
// the job's service type always (one small row), and its asset, shared documents and review when
// the operation asks for them. They go into the request's loaders, where the Job field resolvers
// (serviceType, asset, documents, review) find them; a relation not brought still loads as before.
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma, type Tenant } from '../generated/prisma/client.js';
import type { SignedInContext } from '../context/context.js';
import { asks, rowOf, rowsOf, type PageSql } from '../platform/page-read.js';
import { keepAssets } from '../assets/assets.loaders.js';
import { keepReviewOfJob } from '../reviews/reviews.loaders.js';
import { jobRelations, keepJobRelations } from './jobs.page.js';
import { documentSelect } from '../documents/documents.view.js';
import { keepServiceTypes, keepSharedDocuments } from './jobs.loaders.js';

// The columns of JobServiceType, as the serviceTypeById loader reads them.
const SERVICE_TYPE = { id: true, name: true, durationMinutes: true } as const;

/** Which of a job's costlier relations the operation shows. */
export interface JobPreload {
  asset: boolean;
  documents: boolean;
  review: boolean;
}

/** What the operation asks of the jobs at `path` below the resolver's field ('' for the field itself, 'nodes' for a connection). */
export function jobPreload(info: GraphQLResolveInfo, path = ''): JobPreload {
  const at = (field: string) => asks(info, path ? `${path}.${field}` : field);
  return { asset: at('asset'), documents: at('documents'), review: at('review') };
}

/** Only what the field resolvers would read: no documents or review while the business has them switched off. */
export function preloadFor(tenant: Tenant, preload: JobPreload): JobPreload {
  return { asset: preload.asset, documents: preload.documents && tenant.featureDocuments, review: preload.review && tenant.featureReviews };
}

/** The related rows of job `alias` a portal job read brings, as extra keys of its `q.row` (row-level security applies to each). */
export function portalJobRelations(q: PageSql, alias: string, preload: JobPreload): Record<string, Prisma.Sql> {
  const j = Prisma.raw(alias);
  const relations: Record<string, Prisma.Sql> = {
    ...jobRelations(q, alias),
    serviceType: q.one(q.row('ServiceType', 'st', SERVICE_TYPE), Prisma.sql`FROM service_types st WHERE st.tenant_id = ${j}.tenant_id AND st.id = ${j}.service_type_id`),
  };
  if (preload.asset) relations.asset = q.one(q.row('Asset', 'a', 'all'), Prisma.sql`FROM assets a WHERE a.tenant_id = ${j}.tenant_id AND a.id = ${j}.asset_id`);
  if (preload.documents) {
    // As sharedJobDocuments reads them: shared ones only, oldest first.
    relations.documents = q.list(
      q.row('Document', 'd', documentSelect),
      Prisma.sql`FROM documents d WHERE d.tenant_id = ${j}.tenant_id AND d.job_id = ${j}.id AND d.shared`,
      Prisma.sql`d.created_at, d.id`,
    );
  }
  if (preload.review) relations.review = q.one(q.row('Review', 'v', 'all'), Prisma.sql`FROM reviews v WHERE v.tenant_id = ${j}.tenant_id AND v.job_id = ${j}.id`);
  return relations;
}

interface PortalJobWithRelations {
  id: string;
  serviceType?: unknown;
  asset?: unknown;
  documents?: unknown;
  review?: unknown;
}

/** Keeps the relations a portal job read brought with its jobs for the field resolvers; returns the jobs. */
export function keepPortalJobRelations<J extends { id: string }>(ctx: SignedInContext, jobs: J[], preload: JobPreload): J[] {
  keepJobRelations(ctx, jobs);
  const related = jobs as (J & PortalJobWithRelations)[];
  keepServiceTypes(
    ctx,
    related.flatMap((job) => rowOf(ctx, 'ServiceType', SERVICE_TYPE, job.serviceType) ?? []),
  );
  if (preload.asset)
    keepAssets(
      ctx,
      related.flatMap((job) => rowOf(ctx, 'Asset', 'all', job.asset) ?? []),
    );
  for (const job of related) {
    if (preload.documents) keepSharedDocuments(ctx, job.id, rowsOf(ctx, 'Document', documentSelect, job.documents));
    if (preload.review) keepReviewOfJob(ctx, job.id, rowOf(ctx, 'Review', 'all', job.review));
  }
  return jobs;
}
