// Jobs as staff pages read them (platform/page-read.ts): what each job brings along when the page
// shows it (the customer's name and phone, the site, the service, the technician's name), kept in
// the request's loaders for the AdminJob field resolvers; and the staff job list (`adminJobs`) as a
// part of its page's one statement (platform/operation-read.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import type { JobStatus } from '../generated/prisma/enums.js';
import type { SignedInContext, StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import { asks, rowOf, rowsOf, type PageSql } from '../platform/page-read.js';
import { pagedFrom, pageWindow, type PageWindow } from '../platform/page-cursor.js';
import { rootPart } from '../platform/operation-read.js';
import { keepCustomerNames } from '../customers/customers.loaders.js';
import { jobRelations, keepJobRelations } from './jobs.page.js';
import { keepServiceTypes } from './jobs.loaders.js';
import { adminJobSelect, toAdminJob } from './jobs.view.js';
import type { AdminJob, AdminJobListArgs } from './jobs.admin.types.js';

const CUSTOMER = { id: true, name: true, phone: true } as const;
const SERVICE_TYPE = { id: true, name: true, durationMinutes: true } as const;

/** Which relations of the listed jobs the page shows. */
export interface AdminJobPreload {
  customer: boolean;
  site: boolean;
  serviceType: boolean;
  technician: boolean;
}

/** What the selection asks of each job at `prefix` ('nodes.', 'days.lanes.jobs.'). */
export function adminJobPreload(info: GraphQLResolveInfo, prefix: string): AdminJobPreload {
  const shows = (...fields: string[]) => fields.some((field) => asks(info, `${prefix}${field}`));
  return {
    customer: shows('customerName', 'customerPhone'),
    site: shows('siteLabel', 'siteAddress', 'mapUrl', 'accessInstructions'),
    serviceType: shows('serviceType'),
    technician: shows('technicianName'),
  };
}

/** The related rows of job `alias` the page shows, as extra keys of its `q.row` (row-level security applies to each). */
export function adminJobRelations(q: PageSql, alias: string, preload: AdminJobPreload): Record<string, Prisma.Sql> {
  const j = Prisma.raw(alias);
  const { site, technician } = jobRelations(q, alias);
  const relations: Record<string, Prisma.Sql> = {};
  if (preload.site && site) relations.site = site;
  if (preload.technician && technician) relations.technician = technician;
  if (preload.customer)
    relations.customer = q.one(q.row('Customer', 'cu', CUSTOMER), Prisma.sql`FROM customers cu WHERE cu.tenant_id = ${j}.tenant_id AND cu.id = ${j}.customer_id`);
  if (preload.serviceType) {
    relations.serviceType = q.one(q.row('ServiceType', 'sv', SERVICE_TYPE), Prisma.sql`FROM service_types sv WHERE sv.tenant_id = ${j}.tenant_id AND sv.id = ${j}.service_type_id`);
  }
  return relations;
}

/** Keeps the relations a page read brought with its jobs for the field resolvers; returns the jobs. */
export function keepAdminJobRelations<J extends object>(ctx: SignedInContext, jobs: J[]): J[] {
  const related = jobs as (J & { customer?: unknown; serviceType?: unknown })[];
  keepJobRelations(ctx, jobs);
  keepCustomerNames(
    ctx,
    related.flatMap((job) => rowOf(ctx, 'Customer', CUSTOMER, job.customer) ?? []),
  );
  keepServiceTypes(
    ctx,
    related.flatMap((job) => rowOf(ctx, 'ServiceType', SERVICE_TYPE, job.serviceType) ?? []),
  );
  return jobs;
}

interface AdminJobsPlan {
  customerId: string | null;
  status: JobStatus | null;
  unassigned: boolean;
  from: Date | null;
  to: Date | null;
  window: PageWindow;
  timeZone: string;
  preload: AdminJobPreload;
}

/**
 * `adminJobs` (jobs.admin.service.ts `listAdminJobs`) as a page part: the jobs, latest start first,
 * and whether the customer filtered on exists. A technician filter (which reads the technician
 * first) and an invalid page are left to the service.
 */
export const adminJobsPart = rootPart({
  endpoint: 'admin',
  field: 'adminJobs',
  async plan(ctx: StaffContext, args: AdminJobListArgs, info: GraphQLResolveInfo): Promise<AdminJobsPlan | null> {
    if (args.technicianId != null) return null;
    const window = pageWindow(args);
    if (!window) return null;
    if (args.customerId != null && !isId(args.customerId)) throw new NotFound('This customer');
    const tenant = await currentTenant(ctx);
    return {
      customerId: args.customerId ?? null,
      status: args.status ?? null,
      unassigned: args.unassigned,
      from: args.from ?? null,
      to: args.to ?? null,
      window,
      timeZone: tenant.timeZone,
      preload: adminJobPreload(info, 'nodes.'),
    };
  },
  sql(q, plan) {
    const where = (alias: string) => {
      const j = Prisma.raw(alias);
      const conditions = [q.own(alias)];
      if (plan.customerId) conditions.push(Prisma.sql`${j}.customer_id = ${plan.customerId}::uuid`);
      if (plan.unassigned) conditions.push(Prisma.sql`${j}.technician_id IS NULL`);
      if (plan.status) conditions.push(Prisma.sql`${j}.status::text = ${plan.status}`);
      if (plan.from) conditions.push(Prisma.sql`${j}.scheduled_start >= ${plan.from}`);
      if (plan.to) conditions.push(Prisma.sql`${j}.scheduled_start < ${plan.to}`);
      return Prisma.join(conditions, ' AND ');
    };
    const page = pagedFrom('jobs', 'j', where, [{ column: 'scheduled_start' }, { column: 'id' }], plan.window);
    const customerFound = plan.customerId ? Prisma.sql`EXISTS (SELECT 1 FROM customers c WHERE ${q.own('c', 'tenant')} AND c.id = ${plan.customerId}::uuid)` : Prisma.sql`TRUE`;
    return Prisma.sql`json_build_object('customerFound', ${customerFound}, 'jobs', ${q.list(q.row('Job', 'j', adminJobSelect, adminJobRelations(q, 'j', plan.preload)), page.from, page.orderBy)})`;
  },
  answer(ctx, plan, value): Connection<AdminJob> {
    const read = value as { customerFound: boolean; jobs: unknown };
    if (!read.customerFound) throw new NotFound('This customer');
    const rows = keepAdminJobRelations(ctx, rowsOf(ctx, 'Job', adminJobSelect, read.jobs));
    return toConnection(rows, { first: plan.window.first }, (row) => toAdminJob(row, plan.timeZone));
  },
});
