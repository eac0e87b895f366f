// Who may receive a live event: the business rule of the live layer. An event names a subject
// (an invoice, a job ...) by id; a subscriber receives it only when the query that shows that
// subject would show it to them now: the query's door rule admits them, and the subject, re-read
// in the subscriber's own row-level-security scope, is there. Anything else is dropped silently.
import { Prisma } from '../generated/prisma/client.js';
import type { IRule } from 'graphql-shield';
import type { ScopedContext } from '../context/context.js';
import type { Endpoint } from '../context/principal.js';
import { admits } from '../platform/door.js';
import type { LiveEventRow } from './hub.js';

/** What an event can be about: its table, and the query whose door decides per endpoint. */
export const LIVE_SUBJECTS = {
  invoice: { table: 'invoices', query: { portal: 'invoice', admin: 'invoice' } },
  job: { table: 'jobs', query: { portal: 'job', admin: 'adminJob' } },
  request: { table: 'service_requests', query: { portal: 'serviceRequest', admin: 'inboxRequest' } },
  document: { table: 'documents', query: { portal: 'document', admin: 'documents' } },
  customer: { table: 'customers', query: { portal: 'me', admin: 'customer' } },
  notification: { table: 'notifications', query: { portal: 'myNotifications', admin: 'myNotifications' } },
  thread: { table: 'message_threads', query: { portal: 'messageThread', admin: 'teamThread' } },
  project: { table: 'projects', query: { portal: 'project', admin: 'project' } },
  quote: { table: 'quotes', query: { portal: 'quote', admin: 'quote' } },
  supply_order: { table: 'supply_orders', query: { portal: 'supplyOrder', admin: 'supplyOrder' } },
  meter_reading: { table: 'meter_readings', query: { portal: 'meter', admin: 'meterReadingsForReview' } },
} as const satisfies Record<string, { table: string; query: Record<Endpoint, string> }>;

export type LiveSubjectType = keyof typeof LIVE_SUBJECTS;

export function isLiveSubject(type: string): type is LiveSubjectType {
  return Object.hasOwn(LIVE_SUBJECTS, type);
}

/**
 * The events this subscriber may receive, in their order. `queryRules` are the endpoint's door
 * rules for its queries; `ctx` is a scope opened for the subscriber (platform/scope.ts).
 */
export async function visibleEvents(ctx: ScopedContext, queryRules: Record<string, IRule | undefined>, events: LiveEventRow[]): Promise<LiveEventRow[]> {
  const { principal } = ctx;
  // A customer's scope sees only rows about them: events about others need no read to be dropped.
  const candidates = principal.kind === 'customer' ? events.filter((e) => e.customerId === principal.customerId) : events;
  const visible = new Set<string>();
  const types = new Set(candidates.map((e) => e.subjectType).filter(isLiveSubject));
  for (const type of types) {
    const subject = LIVE_SUBJECTS[type];
    if ((await admits(queryRules[subject.query[ctx.endpoint]], ctx)) !== true) continue;
    const ids = [...new Set(candidates.filter((e) => e.subjectType === type).map((e) => e.subjectId))];
    // Row-level security decides; the tenant condition only lets the read use the (tenant_id, id) keys.
    const rows = await ctx.tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM ${Prisma.raw(subject.table)} WHERE tenant_id = app_tenant() AND id = ANY(${ids}::uuid[])`;
    for (const row of rows) visible.add(`${type}:${row.id}`);
  }
  return candidates.filter((e) => visible.has(`${e.subjectType}:${e.subjectId}`));
}
