// A customer's communications as the office logs and reads them.
import type { StaffContext } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { recordStaffActivity, SIGN_IN_ACTIONS } from '../activity/activity.js';
import type { Connection } from '../common/pagination.js';
import { TimelineKind, type LogCommunicationInput, type TimelineArgs, type TimelineEntry } from './communications.types.js';

async function customerOfTenant({ tx }: StaffContext, customerId: string): Promise<{ id: string }> {
  const customer = isId(customerId) ? await tx.customer.findFirst({ where: { id: customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  return customer;
}

/** A call, email, SMS or note, logged by the signed-in staff member against a customer (and one of their jobs). */
export async function logCommunication(ctx: StaffContext, input: LogCommunicationInput): Promise<TimelineEntry> {
  const { tx, principal } = ctx;
  const customer = await customerOfTenant(ctx, input.customerId);
  let jobId: string | null = null;
  if (input.jobId) {
    const job = isId(input.jobId) ? await tx.job.findFirst({ where: { id: input.jobId, customerId: customer.id }, select: { id: true } }) : null;
    if (!job) throw new NotFound('This job');
    jobId = job.id;
  }
  const occurredAt = input.occurredAt ?? ctx.now();
  if (Number.isNaN(occurredAt.getTime())) throw new BadInput('occurredAt', 'Enter when it happened.', 'REQUIRED');
  if (occurredAt > ctx.now()) throw new BadInput('occurredAt', 'This cannot be logged as happening in the future.', 'IN_THE_FUTURE');
  const row = await tx.communication.create({
    data: {
      tenantId: principal.tenantId,
      customerId: customer.id,
      jobId,
      channel: input.channel,
      direction: input.direction,
      summary: input.summary.trim(),
      occurredAt,
      staffUserId: principal.staffUserId,
      createdAt: ctx.now(),
    },
    include: { staffUser: { select: { name: true } } },
  });
  await recordStaffActivity(ctx, 'communication.logged', { subjectId: row.id, customerId: customer.id });
  return {
    id: row.id,
    kind: TimelineKind[row.channel],
    direction: row.direction,
    occurredAt: row.occurredAt,
    summary: row.summary,
    jobId: row.jobId,
    actorName: row.staffUser.name,
    subjectId: null,
  };
}

export interface TimelineRow {
  id: string;
  kind: TimelineKind;
  direction: TimelineEntry['direction'];
  occurred_at: Date;
  summary: string;
  job_id: string | null;
  actor_name: string | null;
  subject_id: string | null;
}

/** Keyset cursor over the merged list: the last entry's time and id. */
function encodeCursor(row: TimelineRow): string {
  return Buffer.from(`${row.occurred_at.toISOString()}|${row.id}`, 'utf8').toString('base64url');
}

export interface TimelineCursor {
  at: Date;
  id: string;
}

export function decodeTimelineCursor(cursor: string | null | undefined): TimelineCursor | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !isId(id) || Number.isNaN(at.getTime())) throw new BadInput('after', 'This page link is no longer valid. Start from the first page.', 'STALE_CURSOR');
  return { at, id };
}

/**
 * The timeline's entries (TimelineRow's columns, and each source row's tenant_id) after `after`,
 * newest first, at most `limit`: communications staff logged, the emails sent to the customer and
 * their activity log (an activity about a job links that job), but not signing in and out: that is
 * the activity log's alone. `own(alias)` keeps each source to the caller's tenant.
 */
export function timelineSql(own: (alias: string) => Prisma.Sql, customerId: string, after: TimelineCursor | null, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT * FROM (
      SELECT c.id, c.channel::text AS kind, c.direction::text AS direction, c.occurred_at, c.summary, c.job_id, s.name AS actor_name, NULL::uuid AS subject_id, c.tenant_id
      FROM communications c
      LEFT JOIN staff_users s ON s.tenant_id = c.tenant_id AND s.id = c.staff_user_id
      WHERE ${own('c')} AND c.customer_id = ${customerId}::uuid
      UNION ALL
      SELECT o.id, 'portal_email', 'outbound', o.created_at, o.subject, NULL::uuid, NULL, NULL::uuid, o.tenant_id
      FROM outbox_emails o
      WHERE ${own('o')} AND o.customer_id = ${customerId}::uuid
      UNION ALL
      SELECT a.id, 'activity', NULL, a.created_at, a.action, j.id, COALESCE(s.name, cu.name), a.subject_id, a.tenant_id
      FROM activity_logs a
      LEFT JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.subject_id
      LEFT JOIN staff_users s ON a.actor_type = 'staff' AND s.tenant_id = a.tenant_id AND s.id = a.actor_id
      LEFT JOIN customers cu ON a.actor_type = 'customer' AND cu.tenant_id = a.tenant_id AND cu.id = a.actor_id
      WHERE ${own('a')} AND a.customer_id = ${customerId}::uuid
        AND a.action NOT IN (${Prisma.join(SIGN_IN_ACTIONS)})
        -- Named actions only: the audit log's generic entries (a mutation's name, audit/audit-trail.ts) stay there.
        AND strpos(a.action, '.') > 0
    ) entries
    ${after ? Prisma.sql`WHERE (entries.occurred_at, entries.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY entries.occurred_at DESC, entries.id DESC
    LIMIT ${limit}`;
}

/** A page of the timeline from its first + 1 rows. */
export function toTimelinePage(rows: TimelineRow[], first: number): Connection<TimelineEntry> {
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    nodes: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      direction: row.direction,
      occurredAt: row.occurred_at,
      summary: row.summary,
      jobId: row.job_id,
      actorName: row.actor_name,
      subjectId: row.subject_id,
    })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null },
  };
}

/**
 * One customer's timeline, newest first (`timelineSql`). The three sources are merged in SQL and
 * paged by (time, id), so a page costs one query however long the history is (and none of its own
 * on the admin customer page: communications/timeline.page.ts).
 */
export async function communicationsTimeline(ctx: StaffContext, args: TimelineArgs): Promise<Connection<TimelineEntry>> {
  const { tx, principal } = ctx;
  const customer = await customerOfTenant(ctx, args.customerId);
  const after = decodeTimelineCursor(args.after);
  const own = (alias: string) => Prisma.sql`${Prisma.raw(alias)}.tenant_id = ${principal.tenantId}::uuid`;
  const rows = await tx.$queryRaw<TimelineRow[]>(timelineSql(own, customer.id, after, args.first + 1));
  return toTimelinePage(rows, args.first);
}
