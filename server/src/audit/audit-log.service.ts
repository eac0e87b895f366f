// Reads the audit log: the activity log and the document access events in one statement (a UNION),
// newest first, filtered, a page at a time. Document accesses already in the activity log (a
// customer's downloads and views, the office's sharing and uploads, documents.service.ts) come from
// there only; the access table adds the office's own views and downloads and generated documents,
// so no access is listed twice.
import { Prisma } from '../generated/prisma/client.js';
import type { StaffContext } from '../context/context.js';
import { activitySubjectSql } from '../activity/activity-subjects.page.js';
import { currentTenant } from '../platform/current-tenant.js';
import { BadInput } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import type { Connection, PageArgs } from '../common/pagination.js';
import type { ActorType } from '../generated/prisma/enums.js';
import { AuditSource, type AuditEntry, type AuditLogFilter } from './audit-log.types.js';

interface AuditRow {
  id: string;
  source: AuditSource;
  at: Date;
  action: string;
  actor_type: ActorType;
  actor_id: string | null;
  actor_name: string | null;
  contact_id: string | null;
  contact_name: string | null;
  customer_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  subject_label: string | null;
  ip: string | null;
  user_agent: string | null;
}

interface Cursor {
  at: Date;
  id: string;
}

export function encodeAuditCursor(row: { at: Date; id: string }): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`, 'utf8').toString('base64url');
}

function decodeAuditCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const when = at ? new Date(at) : null;
  if (!when || Number.isNaN(when.getTime()) || !id || !isId(id)) {
    throw new BadInput('after', 'This page link is no longer valid. Start from the first page.', 'PAGE_EXPIRED');
  }
  return { at: when, id };
}

function validDay(field: 'from' | 'to', day: string | null | undefined): string | null {
  if (!day) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new BadInput(field, 'Give the day as YYYY-MM-DD.', 'INVALID_DATE');
  return day;
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Checks a filter's values; an id that is not one finds nothing rather than failing. */
export function checkedFilter(filter: AuditLogFilter | null | undefined): AuditLogFilter {
  const f = filter ?? {};
  const from = validDay('from', f.from);
  const to = validDay('to', f.to);
  if (from && to && from > to) throw new BadInput('to', 'The last day comes before the first.', 'INVALID_RANGE');
  return {
    personId: f.personId ?? null,
    subjectId: f.subjectId ?? null,
    from,
    to,
    action: f.action?.trim() || null,
    subjectType: f.subjectType?.trim() || null,
    search: f.search?.trim() || null,
  };
}

const NONE = '00000000-0000-0000-0000-000000000000';
const asId = (value: string) => (isId(value) ? value : NONE);

/** Entries of the page after `after`, newest first, `limit` of them at most. */
export async function auditRows(ctx: StaffContext, filter: AuditLogFilter, after: Cursor | null, limit: number): Promise<AuditRow[]> {
  const tenant = await currentTenant(ctx);
  const zone = tenant.timeZone;
  const where: Prisma.Sql[] = [];
  if (filter.personId) where.push(Prisma.sql`(e.actor_id = ${asId(filter.personId)}::uuid OR e.contact_id = ${asId(filter.personId)}::uuid)`);
  if (filter.subjectType) where.push(Prisma.sql`e.subject_type = ${filter.subjectType}`);
  if (filter.subjectId) where.push(Prisma.sql`e.subject_id = ${asId(filter.subjectId)}::uuid`);
  if (filter.action) {
    where.push(filter.action.endsWith('.') ? Prisma.sql`e.action LIKE ${`${likeEscaped(filter.action)}%`}` : Prisma.sql`e.action = ${filter.action}`);
  }
  if (filter.from) where.push(Prisma.sql`e.at >= (${filter.from}::date::timestamp AT TIME ZONE ${zone})`);
  if (filter.to) where.push(Prisma.sql`e.at < ((${filter.to}::date + 1)::timestamp AT TIME ZONE ${zone})`);
  if (filter.search) where.push(Prisma.sql`e.subject_label ILIKE ${`%${likeEscaped(filter.search)}%`}`);
  if (after) where.push(Prisma.sql`(e.at, e.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  const tenantId = ctx.principal.tenantId;
  const liveName = Prisma.sql`(${activitySubjectSql('l', Prisma.sql`l.action`, Prisma.sql`l.subject_id`)}) ->> 'name'`;
  return ctx.tx.$queryRaw<AuditRow[]>`
    SELECT e.*,
      CASE e.actor_type::text
        WHEN 'staff' THEN (SELECT s.name FROM staff_users s WHERE s.tenant_id = ${tenantId}::uuid AND s.id = e.actor_id)
        WHEN 'customer' THEN (SELECT c.name FROM customers c WHERE c.tenant_id = ${tenantId}::uuid AND c.id = e.actor_id) END AS actor_name,
      (SELECT pa.name FROM portal_accounts pa WHERE pa.tenant_id = ${tenantId}::uuid AND pa.id = e.contact_id) AS contact_name
    FROM (
      SELECT l.id, ${AuditSource.ACTIVITY}::text AS source, l.created_at AS at, l.action, l.actor_type, l.actor_id, l.contact_id, l.customer_id,
        l.subject_type, l.subject_id, COALESCE(l.subject_label, ${liveName}) AS subject_label, l.ip, l.user_agent
      FROM activity_logs l WHERE l.tenant_id = ${tenantId}::uuid
      UNION ALL
      SELECT d.id, ${AuditSource.DOCUMENT_ACCESS}::text, d.at, 'document.' || d.action::text, d.actor_type, d.actor_id, NULL::uuid, doc.customer_id,
        'Document', d.document_id, doc.title, d.ip, d.user_agent
      FROM document_access_events d
      JOIN documents doc ON doc.tenant_id = d.tenant_id AND doc.id = d.document_id
      WHERE d.tenant_id = ${tenantId}::uuid AND d.actor_type <> 'customer' AND d.action IN ('viewed', 'downloaded', 'generated')
    ) e
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty}
    ORDER BY e.at DESC, e.id DESC
    LIMIT ${limit}`;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    source: row.source,
    at: row.at,
    action: row.action,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    customerId: row.customer_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectLabel: row.subject_label,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

/** A page of the audit log, newest first. */
export async function auditLog(ctx: StaffContext, filter: AuditLogFilter | null | undefined, args: PageArgs): Promise<Connection<AuditEntry>> {
  const rows = await auditRows(ctx, checkedFilter(filter), decodeAuditCursor(args.after), args.first + 1);
  const page = rows.slice(0, args.first);
  const last = page.at(-1);
  return {
    nodes: page.map(toEntry),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeAuditCursor(last) : null },
  };
}

/** Every entry matching the filter (the CSV export), newest first, read a batch at a time. */
export async function* allAuditEntries(ctx: StaffContext, filter: AuditLogFilter, batch = 1000): AsyncGenerator<AuditEntry> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await auditRows(ctx, filter, after, batch);
    for (const row of rows) yield toEntry(row);
    const last = rows.at(-1);
    if (rows.length < batch || !last) return;
    after = { at: last.at, id: last.id };
  }
}
