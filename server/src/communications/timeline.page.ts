// A customer's communications timeline (`communicationsTimeline`, communications.service) as a part
// of its page's one statement (platform/operation-read.ts): the admin customer page. The record each
// activity entry is about comes along, for the TimelineEntry `subject` resolver.
import { Prisma } from '../generated/prisma/client.js';
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { MAX_PAGE_SIZE, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { rootPart } from '../platform/operation-read.js';
import { activitySubjectSql } from '../activity/activity-subjects.page.js';
import { keepActivitySubjects } from '../activity/activity.loaders.js';
import { decodeTimelineCursor, timelineSql, toTimelinePage, type TimelineCursor, type TimelineRow } from './communications.service.js';
import { TimelineKind, type TimelineArgs, type TimelineEntry } from './communications.types.js';

interface TimelinePlan {
  customerId: string;
  first: number;
  after: TimelineCursor | null;
}

type TimelineRead = Omit<TimelineRow, 'occurred_at'> & { occurred_at: string; subject: { id: string; name: string | null } | null };

/** Newest first; NOT_FOUND for a customer not of the business. An invalid page is left to the service. */
export const timelinePart = rootPart({
  endpoint: 'admin',
  field: 'communicationsTimeline',
  plan(_ctx: StaffContext, args: TimelineArgs): TimelinePlan | null {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) return null;
    let after: TimelineCursor | null;
    try {
      after = decodeTimelineCursor(args.after);
    } catch {
      return null;
    }
    if (!isId(args.customerId)) throw new NotFound('This customer');
    return { customerId: args.customerId, first: args.first, after };
  },
  sql(q, plan) {
    const entries = timelineSql((alias) => q.own(alias, 'tenant'), plan.customerId, plan.after, plan.first + 1);
    const subject = activitySubjectSql('e', Prisma.sql`e.summary`, Prisma.sql`e.subject_id`);
    const list = Prisma.sql`COALESCE((SELECT json_agg(json_build_object(
        'id', e.id, 'kind', e.kind, 'direction', e.direction, 'occurred_at', e.occurred_at, 'summary', e.summary,
        'job_id', e.job_id, 'actor_name', e.actor_name, 'subject_id', e.subject_id,
        'subject', CASE WHEN e.kind = 'activity' THEN ${subject} END
      ) ORDER BY e.occurred_at DESC, e.id DESC) FROM (${entries}) e), '[]'::json)`;
    const customerFound = Prisma.sql`EXISTS (SELECT 1 FROM customers c WHERE ${q.own('c', 'tenant')} AND c.id = ${plan.customerId}::uuid)`;
    return Prisma.sql`json_build_object('customerFound', ${customerFound}, 'entries', ${list})`;
  },
  answer(ctx, plan, value): Connection<TimelineEntry> {
    const read = value as { customerFound: boolean; entries: TimelineRead[] };
    if (!read.customerFound) throw new NotFound('This customer');
    keepActivitySubjects(
      ctx,
      read.entries.filter((e) => e.kind === TimelineKind.activity).map((e) => ({ action: e.summary, subjectId: e.subject_id, subject: e.subject })),
    );
    const rows: TimelineRow[] = read.entries.map((e) => ({ ...e, occurred_at: new Date(e.occurred_at) }));
    return toTimelinePage(rows, plan.first);
  },
});
