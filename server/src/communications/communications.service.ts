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

interface TimelineRow {
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

function decodeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || !isId(id) || Number.isNaN(at.getTime())) throw new BadInput('after', 'This page link is no longer valid. Start from the first page.', 'STALE_CURSOR');
  return { at, id };
}

/**
 * One customer's timeline, newest first: communications staff logged, the emails sent to them and
 * their activity log (an activity about a job links that job), but not signing in and out: that
 * is the activity log's alone. The three sources are merged in SQL and paged by (time, id), so a
 * page costs one query however long the history is.
 */
export async function communicationsTimeline(ctx: StaffContext, args: TimelineArgs): Promise<Connection<TimelineEntry>> {
  const { tx, principal } = ctx;
  const customer = await customerOfTenant(ctx, args.customerId);
  const after = decodeCursor(args.after);
  const tenantId = principal.tenantId;
  const rows = await tx.$queryRaw<TimelineRow[]>(Prisma.sql`
    SELECT * FROM (
      SELECT c.id, c.channel::text AS kind, c.direction::text AS direction, c.occurred_at, c.summary, c.job_id, s.name AS actor_name, NULL::uuid AS subject_id
      FROM communications c
      LEFT JOIN staff_users s ON s.tenant_id = c.tenant_id AND s.id = c.staff_user_id
      WHERE c.tenant_id = ${tenantId}::uuid AND c.customer_id = ${customer.id}::uuid
      UNION ALL
      SELECT o.id, 'portal_email', 'outbound', o.created_at, o.subject, NULL::uuid, NULL, NULL::uuid
      FROM outbox_emails o
      WHERE o.tenant_id = ${tenantId}::uuid AND o.customer_id = ${customer.id}::uuid
      UNION ALL
      SELECT a.id, 'activity', NULL, a.created_at, a.action, j.id, COALESCE(s.name, cu.name), a.subject_id
      FROM activity_logs a
      LEFT JOIN jobs j ON j.tenant_id = a.tenant_id AND j.id = a.subject_id
      LEFT JOIN staff_users s ON a.actor_type = 'staff' AND s.tenant_id = a.tenant_id AND s.id = a.actor_id
      LEFT JOIN customers cu ON a.actor_type = 'customer' AND cu.tenant_id = a.tenant_id AND cu.id = a.actor_id
      WHERE a.tenant_id = ${tenantId}::uuid AND a.customer_id = ${customer.id}::uuid
        AND a.action NOT IN (${Prisma.join(SIGN_IN_ACTIONS)})
    ) entries
    ${after ? Prisma.sql`WHERE (entries.occurred_at, entries.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY entries.occurred_at DESC, entries.id DESC
    LIMIT ${args.first + 1}`);
  const page = rows.slice(0, args.first);
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
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last) : null },
  };
}
