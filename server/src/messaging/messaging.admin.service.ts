// The team inbox: every thread staff may see (a technician only those about their own jobs, by
// row-level security), unread first; replies and internal notes, assignment, the team's read mark.
import type { StaffContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { BadInput, Forbidden, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { claimOwnUploads, ownUploads, reserveUpload } from '../requests/uploads.service.js';
import type { AttachmentUpload } from '../requests/requests.types.js';
import { customerAnchor } from './thread-anchors.js';
import {
  checkedBody,
  checkedUploadIds,
  fileOfUpload,
  findOrCreateThread,
  markRead,
  postMessage,
  toAdminThread,
  toMessage,
  visibleThread,
  type ThreadRow,
} from './messaging.service.js';
import {
  MessageChannel,
  TeamInboxView,
  ThreadAnchorType,
  type AdminMessage,
  type AdminMessageThread,
  type NewMessageInput,
  type TeamThreadsArgs,
  type ThreadAnchorInput,
} from './messaging.types.js';

/** The team inbox: threads with unread customer messages first, then by latest activity. */
export async function teamThreads(ctx: StaffContext, args: TeamThreadsArgs): Promise<Connection<AdminMessageThread>> {
  const { tx, principal } = ctx;
  const where: Prisma.MessageThreadWhereInput = {};
  if (args.view === TeamInboxView.UNASSIGNED) where.assigneeId = null;
  if (args.view === TeamInboxView.MINE) where.assigneeId = principal.staffUserId;
  if (args.customerId) {
    // An id that names no customer of the business filters everything out, like a foreign one.
    if (!isId(args.customerId)) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    where.customerId = args.customerId;
  }
  const rows = await tx.messageThread.findMany({
    where,
    orderBy: [{ staffUnread: 'desc' }, { lastMessageAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toAdminThread);
}

export async function teamThread(ctx: StaffContext, id: string): Promise<AdminMessageThread> {
  return toAdminThread(await visibleThread(ctx, id));
}

/** How many threads the caller may see have customer messages the team has not read (the nav badge). */
export function teamUnreadThreadCount(ctx: StaffContext): Promise<number> {
  return ctx.tx.messageThread.count({ where: { staffUnread: true } });
}

async function send(ctx: StaffContext, thread: ThreadRow, input: NewMessageInput, internal: boolean): Promise<AdminMessage> {
  const uploadIds = checkedUploadIds(input.uploadIds, 'message.uploadIds');
  const body = checkedBody(input.body, uploadIds.length > 0, 'message.body');
  const uploads = await claimOwnUploads(ctx, uploadIds, ctx.now());
  const row = await postMessage(
    ctx,
    thread,
    { kind: 'staff', staffUserId: ctx.principal.staffUserId },
    {
      body,
      internal,
      channel: MessageChannel.PORTAL,
      files: uploads.map(fileOfUpload),
    },
  );
  return toMessage(ctx, row, thread.customerId);
}

/**
 * Writes to a customer about one of their jobs, requests or invoices, or in their general thread:
 * in the thread there is, or a new one. A technician writes only about their own jobs.
 */
export async function startThreadWithCustomer(ctx: StaffContext, customerId: string, anchorInput: ThreadAnchorInput, input: NewMessageInput): Promise<AdminMessage> {
  checkedBody(input.body, checkedUploadIds(input.uploadIds, 'message.uploadIds').length > 0, 'message.body');
  const customer = isId(customerId) ? await ctx.tx.customer.findFirst({ where: { id: customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  if (ctx.principal.role === 'technician' && anchorInput.type !== ThreadAnchorType.JOB) {
    throw new Forbidden('Technicians can only start conversations about their own jobs.', 'NOT_ALLOWED_FOR_ROLE');
  }
  const anchor = await customerAnchor(ctx, customer.id, anchorInput);
  const thread = await findOrCreateThread(ctx, customer.id, anchor);
  return send(ctx, thread, input, false);
}

/** A reply the customer sees, or an internal note only staff see. */
export async function replyToThread(ctx: StaffContext, threadId: string, input: NewMessageInput, internal: boolean): Promise<AdminMessage> {
  return send(ctx, await visibleThread(ctx, threadId), input, internal);
}

export async function markTeamThreadRead(ctx: StaffContext, threadId: string): Promise<AdminMessageThread> {
  return toAdminThread(await markRead(ctx, await visibleThread(ctx, threadId), 'staff'));
}

/**
 * Gives the thread to an active member of staff (null: to nobody). A technician can take only a
 * thread about one of their own jobs (they could not open any other).
 */
export async function assignThread(ctx: StaffContext, threadId: string, staffUserId: string | null): Promise<AdminMessageThread> {
  const { tx } = ctx;
  const thread = await visibleThread(ctx, threadId);
  if (staffUserId !== null) {
    const member = isId(staffUserId) ? await tx.staffUser.findFirst({ where: { id: staffUserId }, select: { id: true, role: true, status: true } }) : null;
    if (!member) throw new NotFound('This member of staff');
    if (member.status !== 'active') throw new BadInput('staffUserId', 'Choose an active member of staff.', 'STAFF_NOT_ACTIVE');
    if (member.role === 'technician') {
      const job = thread.jobId ? await tx.job.findFirst({ where: { id: thread.jobId }, select: { technicianId: true } }) : null;
      if (job?.technicianId !== member.id) {
        throw new BadInput('staffUserId', 'A technician can only take conversations about their own jobs.', 'TECHNICIAN_NOT_ON_JOB');
      }
    }
  }
  if (thread.assigneeId === staffUserId) return toAdminThread(thread);
  const updated = await tx.messageThread.update({ where: { tenantId_id: { tenantId: thread.tenantId, id: thread.id } }, data: { assigneeId: staffUserId } });
  return toAdminThread(updated);
}

/** Reserves an upload for a message's attachment; PUT the bytes to its link, then send its id. */
export function createStaffMessageUpload(ctx: StaffContext, fileName: string): Promise<AttachmentUpload> {
  return reserveUpload(ctx, ownUploads(ctx), fileName, 'message-upload');
}
