// What a customer does with their messages: their inbox, a thread, starting one from a job,
// request, invoice or "Ask us anything", replying, and reading.
import type { CustomerContext } from '../context/context.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { claimOwnUploads, ownUploads, reserveUpload } from '../requests/uploads.service.js';
import type { AttachmentUpload } from '../requests/requests.types.js';
import { customerAnchor, threadOfAnchor } from './thread-anchors.js';
import {
  checkedBody,
  checkedUploadIds,
  fileOfUpload,
  findOrCreateThread,
  markRead,
  postMessage,
  toMessage,
  toPortalThread,
  unreadMessagesOfCustomer,
  visibleThread,
  type ThreadRow,
} from './messaging.service.js';
import { MessageChannel, type Message, type MessageThread, type NewMessageInput, type ThreadAnchorInput } from './messaging.types.js';

/** The customer's threads, the latest activity first. */
export async function myThreads(ctx: CustomerContext, args: PageArgs): Promise<Connection<MessageThread>> {
  const { tx, principal } = ctx;
  const rows = await tx.messageThread.findMany({
    where: { customerId: principal.customerId },
    orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toPortalThread);
}

/** One of the customer's threads; NOT_FOUND for any other id. */
export async function myThread(ctx: CustomerContext, id: string): Promise<MessageThread> {
  return toPortalThread(await visibleThread(ctx, id));
}

/** The customer's thread about this job, request, invoice (their own) or their general thread; null before the first message. */
export async function threadAbout(ctx: CustomerContext, anchorInput: ThreadAnchorInput): Promise<MessageThread | null> {
  const { customerId } = ctx.principal;
  const anchor = await customerAnchor(ctx, customerId, anchorInput);
  const row = await ctx.tx.messageThread.findFirst({ where: threadOfAnchor(customerId, anchor) });
  return row ? toPortalThread(row) : null;
}

export function myUnreadMessageCount(ctx: CustomerContext): Promise<number> {
  return unreadMessagesOfCustomer(ctx, ctx.principal.customerId);
}

async function send(ctx: CustomerContext, thread: ThreadRow, uploadIds: string[], body: string): Promise<Message> {
  const uploads = await claimOwnUploads(ctx, uploadIds, ctx.now());
  const row = await postMessage(
    ctx,
    thread,
    { kind: 'customer', customerId: ctx.principal.customerId },
    {
      body,
      internal: false,
      channel: MessageChannel.PORTAL,
      files: uploads.map(fileOfUpload),
    },
  );
  return toMessage(ctx, row, thread.customerId);
}

/** The first message about something starts its thread; later ones join it. */
export async function sendMessage(ctx: CustomerContext, anchorInput: ThreadAnchorInput, input: NewMessageInput): Promise<Message> {
  const uploadIds = checkedUploadIds(input.uploadIds, 'message.uploadIds');
  const body = checkedBody(input.body, uploadIds.length > 0, 'message.body');
  const anchor = await customerAnchor(ctx, ctx.principal.customerId, anchorInput);
  const thread = await findOrCreateThread(ctx, ctx.principal.customerId, anchor);
  return send(ctx, thread, uploadIds, body);
}

export async function replyInThread(ctx: CustomerContext, threadId: string, input: NewMessageInput): Promise<Message> {
  const uploadIds = checkedUploadIds(input.uploadIds, 'message.uploadIds');
  const body = checkedBody(input.body, uploadIds.length > 0, 'message.body');
  const thread = await visibleThread(ctx, threadId);
  return send(ctx, thread, uploadIds, body);
}

export async function markThreadRead(ctx: CustomerContext, threadId: string): Promise<MessageThread> {
  return toPortalThread(await markRead(ctx, await visibleThread(ctx, threadId), 'customer'));
}

/** Reserves an upload for a message's attachment; PUT the bytes to its link, then send its id. */
export function createMessageUpload(ctx: CustomerContext, fileName: string): Promise<AttachmentUpload> {
  return reserveUpload(ctx, ownUploads(ctx), fileName, 'message-upload');
}
