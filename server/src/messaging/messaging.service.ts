// What both sides of a conversation do the same way: post a message in a thread (and tell the
// other side), edit or delete one's own message within the edit window, mark a thread read, page
// through its history, download an attachment. Customers' and staff's own operations are in
// messaging.portal.service.ts and messaging.admin.service.ts; replies by email come through
// appendEmailReply (below).
import { randomUUID } from 'node:crypto';
import type { ScopedContext, SignedInContext } from '../context/context.js';
import type { Message as MessageRow, MessageThread as ThreadRow, Upload } from '../generated/prisma/client.js';
import { BadInput, Forbidden, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { decodeCursor, encodeCursor } from '../common/pagination.js';
import type { FileReply } from '../platform/files.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { excerptOf } from '../notifications/notification-kinds.js';
import { notifyCustomer, notifyStaff } from '../notifications/notify.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { assertEditWindowOpen, isWithinEditWindow } from './edit-window.js';
import { awayEmailDueAt } from './away-email-delay.js';
import { sniffType } from '../storage/file-types.js';
import { tenantKey } from '../storage/storage.js';
import { MAX_UPLOAD_BYTES } from '../requests/uploads.service.js';
import { recordFirstResponse } from '../requests/first-response.js';
import { anchorOf, threadOfAnchor, type AnchorColumns } from './thread-anchors.js';
import { unreadCondition, type ReaderSide } from './messaging.loaders.js';
import { teamRecipients } from './team-recipients.js';
import {
  MessageAuthorKind,
  MessageChannel,
  type AdminMessage,
  type AdminMessageThread,
  type Message,
  type MessagePageArgs,
  type MessageThread,
  type ThreadFields,
} from './messaging.types.js';

export type { MessageRow, ThreadRow };

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_MESSAGE_ATTACHMENTS = 5;

/** Who writes a message: the thread's customer, or a member of staff. */
export type Author = { kind: 'customer'; customerId: string } | { kind: 'staff'; staffUserId: string };

/** A stored file a message takes: a received upload, or an email's attachment. */
export interface MessageFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
}

export function fileOfUpload(upload: Upload): MessageFile {
  return {
    id: upload.id,
    fileName: upload.fileName,
    contentType: upload.contentType ?? 'application/octet-stream',
    sizeBytes: upload.sizeBytes ?? 0,
    storageKey: upload.storageKey,
  };
}

/** The text of a message as stored: trimmed, 1 to 5000 characters, or empty when files come with it. */
export function checkedBody(body: string, withFiles: boolean, field = 'body'): string {
  const text = body.trim();
  if (!text && !withFiles) throw new BadInput(field, 'Write a message or attach a file.', 'REQUIRED');
  if (text.length > MAX_MESSAGE_LENGTH) throw new BadInput(field, `Please keep a message under ${MAX_MESSAGE_LENGTH} characters.`, 'TOO_LONG');
  return text;
}

/** Upload ids as given (each once), at most five. */
export function checkedUploadIds(ids: readonly string[], field = 'uploadIds'): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_MESSAGE_ATTACHMENTS) throw new BadInput(field, `Attach at most ${MAX_MESSAGE_ATTACHMENTS} files to a message.`, 'TOO_MANY_ATTACHMENTS');
  return unique;
}

/** A thread the caller may see (row-level security decides), or NOT_FOUND. */
export async function visibleThread(ctx: ScopedContext, id: string): Promise<ThreadRow> {
  const row = isId(id) ? await ctx.tx.messageThread.findFirst({ where: { id } }) : null;
  if (!row) throw new NotFound('This conversation');
  return row;
}

/**
 * The customer's thread about this anchor, created now if there is none. Two first messages at
 * once share one thread: the unique index keeps the second insert out (ON CONFLICT DO NOTHING).
 */
export async function findOrCreateThread(ctx: ScopedContext, customerId: string, anchor: AnchorColumns): Promise<ThreadRow> {
  const { tx } = ctx;
  const where = threadOfAnchor(customerId, anchor);
  const existing = await tx.messageThread.findFirst({ where });
  if (existing) return existing;
  const tenant = await scopeTenant(ctx);
  const now = ctx.now();
  await tx.messageThread.createMany({
    data: [{ id: randomUUID(), tenantId: tenant.id, customerId, ...anchor, createdAt: now, lastMessageAt: now }],
    skipDuplicates: true,
  });
  const created = await tx.messageThread.findFirst({ where });
  if (!created) throw new NotFound('This conversation');
  return created;
}

/**
 * When a new message is sent: now, or just after the thread's newest message, so that a thread
 * reads in the order its messages were written even within one millisecond.
 */
async function sendTime(ctx: ScopedContext, threadId: string): Promise<Date> {
  const newest = await ctx.tx.message.findFirst({ where: { threadId }, orderBy: [{ createdAt: 'desc' }], select: { createdAt: true } });
  const now = ctx.now();
  return newest && newest.createdAt.getTime() >= now.getTime() ? new Date(newest.createdAt.getTime() + 1) : now;
}

export interface NewMessage {
  body: string;
  internal: boolean;
  channel: MessageChannel;
  files: MessageFile[];
}

/**
 * Writes a message in the thread and, unless it is an internal note, moves the thread on (its
 * last message, the sender's read mark, the team's unread flag) and tells the other side: a bell
 * now, and an away email later if they have not read it by then (away-email.ts). An internal note
 * touches nothing the customer can see, so nothing reaches them (not even a live event).
 */
export async function postMessage(ctx: ScopedContext, thread: ThreadRow, author: Author, content: NewMessage): Promise<MessageRow> {
  const { tx } = ctx;
  const sentAt = await sendTime(ctx, thread.id);
  const message = await tx.message.create({
    data: {
      id: randomUUID(),
      tenantId: thread.tenantId,
      threadId: thread.id,
      authorKind: author.kind,
      authorStaffId: author.kind === 'staff' ? author.staffUserId : null,
      internal: content.internal,
      channel: content.channel,
      body: content.body,
      createdAt: sentAt,
    },
  });
  if (content.files.length) {
    // An attachment keeps its file's id and stored file; a millisecond apart each, they list in the order given.
    await tx.messageAttachment.createMany({
      data: content.files.map((f, index) => ({
        id: f.id,
        tenantId: thread.tenantId,
        messageId: message.id,
        fileName: f.fileName,
        contentType: f.contentType,
        sizeBytes: f.sizeBytes,
        storageKey: f.storageKey,
        createdAt: new Date(sentAt.getTime() + index),
      })),
    });
  }
  if (content.internal) return message;
  const own = author.kind === 'customer' ? { staffUnread: true, customerReadAt: sentAt } : { staffUnread: false, staffReadAt: sentAt };
  await tx.messageThread.updateMany({ where: { id: thread.id }, data: { lastMessageAt: sentAt, ...own } });
  // A reply the customer sees about their request is the office's response to it (response-due.ts).
  if (author.kind === 'staff' && thread.requestId) await recordFirstResponse(ctx, thread.requestId);
  await tellOtherSide(ctx, thread, author, message, content.files);
  return message;
}

/** The other side's bell (by their preference for messageReceived), and their away email queued. */
async function tellOtherSide(ctx: ScopedContext, thread: ThreadRow, author: Author, message: MessageRow, files: MessageFile[]): Promise<void> {
  const excerpt = excerptOf(message.body) ?? files[0]?.fileName ?? null;
  const subject = { type: 'message' as const, id: thread.id };
  if (author.kind === 'customer') {
    const team = await teamRecipients(ctx, thread);
    await notifyStaff(ctx, {
      kind: 'messageReceived',
      subject,
      params: { customer: await customerNameById(ctx, thread.customerId), excerpt },
      staffUserIds: team.map((member) => member.id),
      inAppOnly: true,
    });
  } else {
    await notifyCustomer(ctx, { customerId: thread.customerId, kind: 'messageReceived', subject, params: { excerpt }, inAppOnly: true });
  }
  await queueAwayEmail(ctx, thread.id, author.kind === 'customer' ? 'staff' : 'customer');
}

/**
 * The away email for `side`, due when the business's delay has passed since this message; a
 * pending one (an earlier message of the same burst) keeps its time, so a burst sends one email.
 */
async function queueAwayEmail(ctx: ScopedContext, threadId: string, side: ReaderSide): Promise<void> {
  const tenant = await scopeTenant(ctx);
  const runAt = awayEmailDueAt(ctx.now(), tenant.messageEmailDelayMinutes);
  await ctx.tx.$executeRaw`SELECT queue_message_email(${threadId}::uuid, ${side}::text, ${runAt}::timestamptz)`;
}

/** Whether the signed-in caller wrote this message. */
export function isMine(ctx: SignedInContext, row: Pick<MessageRow, 'authorKind' | 'authorStaffId'>): boolean {
  return ctx.principal.kind === 'customer' ? row.authorKind === 'customer' : row.authorStaffId === ctx.principal.staffUserId;
}

/** A message as the caller sees it (the customer's threads: customerId is the thread's). */
export function toMessage(ctx: SignedInContext, row: MessageRow, customerId: string): Message & AdminMessage {
  const mine = isMine(ctx, row);
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    body: deleted ? '' : row.body,
    sentAt: row.createdAt,
    editedAt: row.editedAt,
    deleted,
    channel: row.channel === 'email' ? MessageChannel.EMAIL : MessageChannel.PORTAL,
    mine,
    canEdit: mine && isWithinEditWindow({ sentAt: row.createdAt, deletedAt: row.deletedAt }, ctx.now()),
    internal: row.internal,
    threadId: row.threadId,
    authorKind: row.authorKind === 'staff' ? MessageAuthorKind.STAFF : MessageAuthorKind.CUSTOMER,
    authorStaffId: row.authorStaffId,
    customerId,
  };
}

/** What both endpoints show of a thread, as a plain record. */
type ThreadData = Pick<ThreadFields, 'id' | 'lastMessageAt' | 'customerId' | 'anchorType' | 'anchorId' | 'assigneeId' | 'customerReadAt' | 'staffReadAt'>;

function threadFields(row: ThreadRow): ThreadData {
  const anchor = anchorOf(row);
  return {
    id: row.id,
    lastMessageAt: row.lastMessageAt,
    customerId: row.customerId,
    anchorType: anchor.type,
    anchorId: anchor.id,
    assigneeId: row.assigneeId,
    customerReadAt: row.customerReadAt,
    staffReadAt: row.staffReadAt,
  };
}

export function toPortalThread(row: ThreadRow): MessageThread {
  return { ...threadFields(row), seenByBusinessAt: row.staffReadAt };
}

export function toAdminThread(row: ThreadRow): AdminMessageThread {
  return { ...threadFields(row), seenByCustomerAt: row.customerReadAt };
}

export interface MessagePageRows {
  rows: MessageRow[];
  hasOlder: boolean;
  olderCursor: string | null;
}

/** The thread's latest `last` messages before the cursor (those the caller may see), oldest first. */
export async function messagesPage(ctx: ScopedContext, threadId: string, args: MessagePageArgs): Promise<MessagePageRows> {
  let before: string | undefined;
  try {
    before = decodeCursor(args.before);
  } catch {
    throw new BadInput('before', 'This page link is no longer valid. Start from the latest messages.', 'PAGE_EXPIRED');
  }
  const tenant = await scopeTenant(ctx);
  const rows = await ctx.tx.message.findMany({
    where: { threadId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: args.last + 1,
    ...(before ? { cursor: { tenantId_id: { tenantId: tenant.id, id: before } }, skip: 1 } : {}),
  });
  const page = rows.slice(0, args.last).reverse();
  const hasOlder = rows.length > args.last;
  const oldest = page[0];
  return { rows: page, hasOlder, olderCursor: hasOlder && oldest ? encodeCursor(oldest.id) : null };
}

/** One of the caller's messages, with its thread's customer; NOT_FOUND when not visible, FORBIDDEN when another's. */
async function ownMessage(ctx: SignedInContext, id: string): Promise<MessageRow & { thread: { customerId: string } }> {
  const row = isId(id) ? await ctx.tx.message.findFirst({ where: { id }, include: { thread: { select: { customerId: true } } } }) : null;
  if (!row) throw new NotFound('This message');
  if (!isMine(ctx, row)) throw new Forbidden('You can only change your own messages.', 'NOT_YOUR_MESSAGE');
  return row;
}

/** The author edits their message within the edit window; it shows as edited. */
export async function editMessage(ctx: SignedInContext, id: string, body: string): Promise<Message & AdminMessage> {
  const row = await ownMessage(ctx, id);
  const now = ctx.now();
  assertEditWindowOpen({ sentAt: row.createdAt, deletedAt: row.deletedAt }, now);
  const files = await ctx.tx.messageAttachment.count({ where: { messageId: row.id } });
  const text = checkedBody(body, files > 0);
  const updated = await ctx.tx.message.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { body: text, editedAt: now } });
  return toMessage(ctx, updated, row.thread.customerId);
}

/**
 * The author deletes their message within the edit window: it stays in the thread as "deleted",
 * with no text and no attachments. (The stored files are left for the storage's own clean-up.)
 */
export async function deleteMessage(ctx: SignedInContext, id: string): Promise<Message & AdminMessage> {
  const row = await ownMessage(ctx, id);
  const now = ctx.now();
  assertEditWindowOpen({ sentAt: row.createdAt, deletedAt: row.deletedAt }, now);
  const { tx } = ctx;
  await tx.messageAttachment.deleteMany({ where: { messageId: row.id } });
  const updated = await tx.message.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { body: '', deletedAt: now } });
  // A customer's unread message taken back: the team has nothing new to read if it was the only one.
  if (row.authorKind === 'customer' && !row.internal && (await unreadCount(ctx, row.threadId, 'staff')) === 0) {
    await tx.messageThread.updateMany({ where: { id: row.threadId, staffUnread: true }, data: { staffUnread: false } });
  }
  return toMessage(ctx, updated, row.thread.customerId);
}

async function unreadCount(ctx: ScopedContext, threadId: string, side: ReaderSide): Promise<number> {
  const rows = await ctx.tx.$queryRaw<{ unread: number }[]>`
    SELECT count(m.id)::int AS unread FROM message_threads t
    JOIN messages m ON m.tenant_id = t.tenant_id AND m.thread_id = t.id
    WHERE t.tenant_id = app_tenant() AND t.id = ${threadId}::uuid AND ${unreadCondition(side)}`;
  return rows[0]?.unread ?? 0;
}

/**
 * The side has read the thread: its read mark moves to now (or just after the newest message, if
 * that is later), only when there was something unread, so opening a read thread changes nothing.
 */
export async function markRead(ctx: ScopedContext, thread: ThreadRow, side: ReaderSide): Promise<ThreadRow> {
  const { tx } = ctx;
  const flagged = side === 'staff' && thread.staffUnread;
  if (!flagged && (await unreadCount(ctx, thread.id, side)) === 0) return thread;
  const newest = await tx.message.findFirst({ where: { threadId: thread.id }, orderBy: [{ createdAt: 'desc' }], select: { createdAt: true } });
  const now = ctx.now();
  const mark = newest && newest.createdAt.getTime() > now.getTime() ? newest.createdAt : now;
  const data = side === 'customer' ? { customerReadAt: mark } : { staffReadAt: mark, staffUnread: false };
  return tx.messageThread.update({ where: { tenantId_id: { tenantId: thread.tenantId, id: thread.id } }, data });
}

/** How many messages the customer has not read, over all their threads (the portal's badge). */
export async function unreadMessagesOfCustomer(ctx: ScopedContext, customerId: string): Promise<number> {
  const rows = await ctx.tx.$queryRaw<{ unread: number }[]>`
    SELECT count(m.id)::int AS unread FROM message_threads t
    JOIN messages m ON m.tenant_id = t.tenant_id AND m.thread_id = t.id
    WHERE t.tenant_id = app_tenant() AND t.customer_id = ${customerId}::uuid AND ${unreadCondition('customer')}`;
  return rows[0]?.unread ?? 0;
}

/**
 * A message's attachment: a customer gets those of their own threads' messages (not internal
 * notes'), staff their tenant's (technicians their own jobs' threads'); anything else is NOT_FOUND.
 */
export async function messageAttachmentFile(ctx: SignedInContext, id: string): Promise<FileReply> {
  const row = isId(id) ? await ctx.tx.messageAttachment.findFirst({ where: { id } }) : null;
  const file = row ? await ctx.deps.storage.get(row.storageKey) : null;
  if (!row || !file) throw new NotFound('This file');
  return { body: file.body, sizeBytes: file.sizeBytes, contentType: row.contentType, fileName: row.fileName, disposition: 'inline' };
}

/** An email's attachment, as the inbound mail parser hands it over. */
export interface EmailAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface EmailReply {
  threadId: string;
  author: { kind: 'customer'; customerId: string } | { kind: 'staff'; staffUserId: string };
  body: string;
  attachments: EmailAttachment[];
}

// C0 control characters but tab, line feed and carriage return: what the API refuses at its door
// (graphql/input-hygiene.ts) is dropped from an email's text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: not Unicode text.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function printable(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD').replace(CONTROL_CHARACTERS, '');
}

/** An email's text as a message body: printable, trimmed, cut to the longest message. */
function emailText(body: string): string {
  const text = printable(body).replace(/\r\n?/g, '\n').trim();
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
}

/** A file name as shown: the last part of a path, printable, at most 200 characters. */
function emailFileName(name: string, index: number): string {
  const cleaned = printable(name.split(/[\\/]/).pop() ?? '')
    .replace(/\u007f/g, '')
    .trim()
    .slice(0, 200);
  return cleaned || `attachment-${index + 1}`;
}

/**
 * A reply that came by email (inbound email, messaging/email/), stored in its thread as a message
 * of channel EMAIL with the same bell, away email and live event as one written in the apps.
 *
 * Runs in the scope it is given, which must see the thread and may write it: the inbound helper
 * opens `inTenantScope(deps, { tenantId, role: 'system' }, …)` for the thread's tenant (a
 * customer's scope for a customer's reply works too). The author is checked against the thread:
 * a customer only in their own thread (NOT_FOUND otherwise), a member of staff only while active
 * (FORBIDDEN otherwise), a technician only in a thread about their own job (FORBIDDEN).
 *
 * Attachments are checked like uploads: by their bytes (images and PDFs only, whatever the name or
 * the declared type says) and size (10 MB). Refused ones, and any past the fifth, are skipped (and
 * logged), not refused with the message: the text still reaches the thread. A reply with neither
 * text nor an accepted file is BAD_USER_INPUT (reason REQUIRED).
 */
export async function appendEmailReply(ctx: ScopedContext, input: EmailReply): Promise<MessageRow> {
  const { tx } = ctx;
  const thread = await visibleThread(ctx, input.threadId);
  const author: Author = input.author.kind === 'customer' ? { kind: 'customer', customerId: input.author.customerId } : { kind: 'staff', staffUserId: input.author.staffUserId };
  if (author.kind === 'customer' && author.customerId !== thread.customerId) throw new NotFound('This conversation');
  if (author.kind === 'staff') {
    const member = isId(author.staffUserId) ? await tx.staffUser.findFirst({ where: { id: author.staffUserId }, select: { id: true, role: true, status: true } }) : null;
    if (member?.status !== 'active') throw new Forbidden('Only active members of staff can reply.', 'STAFF_NOT_ACTIVE');
    if (member.role === 'technician') {
      const job = thread.jobId ? await tx.job.findFirst({ where: { id: thread.jobId }, select: { technicianId: true } }) : null;
      if (job?.technicianId !== member.id) throw new Forbidden('Technicians can only reply about their own jobs.', 'TECHNICIAN_NOT_ON_JOB');
    }
  }
  const accepted: { fileName: string; bytes: Uint8Array; contentType: string }[] = [];
  input.attachments.forEach((file, index) => {
    const type = file.bytes.length > 0 && file.bytes.length <= MAX_UPLOAD_BYTES ? sniffType(file.bytes) : null;
    if (!type || accepted.length >= MAX_MESSAGE_ATTACHMENTS) {
      ctx.log.info({ thread: thread.id, size: file.bytes.length, declared: file.contentType.slice(0, 100) }, 'email attachment skipped');
      return;
    }
    accepted.push({ fileName: emailFileName(file.fileName, index), bytes: file.bytes, contentType: type.contentType });
  });
  const body = checkedBody(emailText(input.body), accepted.length > 0, 'body');
  const files: MessageFile[] = [];
  for (const file of accepted) {
    const id = randomUUID();
    const storageKey = tenantKey(thread.tenantId, 'messages', id);
    await ctx.deps.storage.put(storageKey, file.bytes, file.contentType);
    files.push({ id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.bytes.length, storageKey });
  }
  return postMessage(ctx, thread, author, { body, internal: false, channel: MessageChannel.EMAIL, files });
}
