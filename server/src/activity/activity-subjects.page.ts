// What a page read brings along for each activity entry it lists: the record the entry is about,
// found and named in the same statement as the subject loader (activity.loaders.ts) finds and
// names it, then kept for the ActivityEntry/TimelineEntry `subject` resolvers.
import { Prisma } from '../generated/prisma/client.js';
import { SUBJECT_KIND, type ActivitySubjectKind } from './activity.js';

/** Each kind's table and the column that names its records. */
const NAMED_BY: Record<ActivitySubjectKind, { table: string; name: string }> = {
  job: { table: 'jobs', name: 'title' },
  invoice: { table: 'invoices', name: 'number' },
  document: { table: 'documents', name: 'title' },
  site: { table: 'sites', name: 'label' },
  asset: { table: 'assets', name: 'name' },
  agreement: { table: 'service_agreements', name: 'name' },
  request: { table: 'service_requests', name: 'description' },
  // A review is named by its job's title (below).
  review: { table: 'reviews', name: '' },
  communication: { table: 'communications', name: 'summary' },
  customer: { table: 'customers', name: 'name' },
  staff: { table: 'staff_users', name: 'name' },
};

/**
 * `{ id, name }` of the record an entry (`action`, `subjectId`, of the row aliased `alias`) is about,
 * or null when its action names none or the record is gone or out of sight (row-level security
 * applies to each table, as it does to the loader's reads).
 */
export function activitySubjectSql(alias: string, action: Prisma.Sql, subjectId: Prisma.Sql): Prisma.Sql {
  const tenant = Prisma.raw(`${alias}.tenant_id`);
  const kinds = Object.entries(NAMED_BY).map(([kind, { table, name }]) => {
    const found =
      kind === 'review'
        ? Prisma.sql`(SELECT json_build_object('id', x.id, 'name', rj.title) FROM reviews x JOIN jobs rj ON rj.tenant_id = x.tenant_id AND rj.id = x.job_id WHERE x.tenant_id = ${tenant} AND x.id = ${subjectId})`
        : Prisma.sql`(SELECT json_build_object('id', x.id, 'name', x.${Prisma.raw(name)}) FROM ${Prisma.raw(table)} x WHERE x.tenant_id = ${tenant} AND x.id = ${subjectId})`;
    return Prisma.sql`WHEN ${Prisma.raw(`'${kind}'`)} THEN ${found}`;
  });
  return Prisma.sql`CASE (${JSON.stringify(SUBJECT_KIND)}::jsonb ->> ${action}) ${Prisma.join(kinds, ' ')} END`;
}
