// What a page of threads and messages shows besides their rows, one statement per batch, read in
// the caller's scope: row-level security leaves internal notes out of a customer's reads.
import DataLoader from 'dataloader';
import { Prisma } from '../generated/prisma/client.js';
import type { Message as MessageRow, MessageAttachment as AttachmentRow } from '../generated/prisma/client.js';
import { loader, type RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';
import { byIdLoader } from '../common/loaders.js';
import { excerptOf } from '../notifications/notification-kinds.js';
import { customerSelect } from '../customers/customers.service.js';

const attachmentsByMessage = (ctx: RequestContext) =>
  new DataLoader<string, AttachmentRow[]>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.messageAttachment.findMany({ where: { messageId: { in: [...ids] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return ids.map((id) => rows.filter((r) => r.messageId === id));
  });

/** A message's attachments, in the order they were sent. */
export const messageAttachments = (ctx: RequestContext, messageId: string) => loader(ctx, attachmentsByMessage).load(messageId);

const lastMessageByThread = (ctx: RequestContext) =>
  new DataLoader<string, MessageRow | null>(async (ids) => {
    const { tx } = ctx;
    if (!tx) throw new Unauthenticated();
    const newest = await tx.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT ON (m.thread_id) m.id::text AS id FROM messages m
      WHERE m.tenant_id = app_tenant() AND m.thread_id = ANY(${[...ids]}::uuid[])
      ORDER BY m.thread_id, m.created_at DESC, m.id DESC`;
    const rows = newest.length ? await tx.message.findMany({ where: { id: { in: newest.map((n) => n.id) } } }) : [];
    return ids.map((id) => rows.find((r) => r.threadId === id) ?? null);
  });

/** The newest message of a thread the caller may see (for staff, internal notes too). */
export const lastMessageOf = (ctx: RequestContext, threadId: string) => loader(ctx, lastMessageByThread).load(threadId);

/** Whose unread messages are counted: the customer's (staff from customers) or the team's (customers from staff). */
export type ReaderSide = 'customer' | 'staff';

const unreadByThread = (side: ReaderSide) => (ctx: RequestContext) =>
  new DataLoader<string, number>(async (ids) => {
    const { tx } = ctx;
    if (!tx) throw new Unauthenticated();
    const rows = await tx.$queryRaw<{ id: string; unread: number }[]>`
      SELECT t.id::text AS id, count(m.id)::int AS unread
      FROM message_threads t
      JOIN messages m ON m.tenant_id = t.tenant_id AND m.thread_id = t.id
      WHERE t.tenant_id = app_tenant() AND t.id = ANY(${[...ids]}::uuid[]) AND ${unreadCondition(side)}
      GROUP BY t.id`;
    return ids.map((id) => rows.find((r) => r.id === id)?.unread ?? 0);
  });
const unreadForCustomer = unreadByThread('customer');
const unreadForStaff = unreadByThread('staff');

/**
 * The messages of thread `t` that side `side` has not read (m joined to t): the other side's, not
 * internal, not deleted, sent after the side's read mark.
 */
export function unreadCondition(side: ReaderSide): Prisma.Sql {
  return side === 'customer'
    ? Prisma.sql`m.author_kind = 'staff' AND NOT m.internal AND m.deleted_at IS NULL AND m.created_at > COALESCE(t.customer_read_at, '-infinity')`
    : Prisma.sql`m.author_kind = 'customer' AND m.deleted_at IS NULL AND m.created_at > COALESCE(t.staff_read_at, '-infinity')`;
}

/** How many messages of the thread this side has not read. */
export const unreadCountOf = (ctx: RequestContext, side: ReaderSide, threadId: string) => loader(ctx, side === 'customer' ? unreadForCustomer : unreadForStaff).load(threadId);

const jobTitles = byIdLoader((tx, ids) => tx.job.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }));
const requestTexts = byIdLoader((tx, ids) => tx.serviceRequest.findMany({ where: { id: { in: ids } }, select: { id: true, description: true } }));
const invoiceNumbers = byIdLoader((tx, ids) => tx.invoice.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }));
const projectNames = byIdLoader((tx, ids) => tx.project.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));
const quoteNumbers = byIdLoader((tx, ids) => tx.quote.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }));

/** What an anchor is called: a job's title, a request's first words, an invoice's number; null when not visible. */
export async function anchorLabel(ctx: RequestContext, type: 'general' | 'job' | 'request' | 'invoice' | 'project' | 'quote', id: string | null): Promise<string | null> {
  if (!id) return null;
  switch (type) {
    case 'job':
      return (await loader(ctx, jobTitles).load(id))?.title ?? null;
    case 'request':
      return excerptOf((await loader(ctx, requestTexts).load(id))?.description);
    case 'invoice':
      return (await loader(ctx, invoiceNumbers).load(id))?.number ?? null;
    case 'project':
      return (await loader(ctx, projectNames).load(id))?.name ?? null;
    case 'quote':
      return (await loader(ctx, quoteNumbers).load(id))?.number ?? null;
    default:
      return null;
  }
}

const customersById = byIdLoader((tx, ids) => tx.customer.findMany({ where: { id: { in: ids } }, select: customerSelect }));

/** A thread's customer as staff see them; null when not visible. */
export const threadCustomer = (ctx: RequestContext, id: string) => loader(ctx, customersById).load(id);

const staffMembersById = byIdLoader((tx, ids) =>
  tx.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true, role: true, status: true, createdAt: true } }),
);

/** A member of staff as the staff list shows them; null when not found. */
export const staffMember = (ctx: RequestContext, id: string) => loader(ctx, staffMembersById).load(id);
