import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, anyStaff, office } from '../platform/door.js';
import type { Connection } from '../common/pagination.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { toCustomer } from '../customers/customers.service.js';
import { Customer } from '../customers/customers.types.js';
import { staffNameById } from '../jobs/jobs.loaders.js';
import { StaffMember } from '../staff/staff.types.js';
import { NotFound } from '../errors/errors.js';
import { AttachmentUpload } from '../requests/requests.types.js';
import { deleteMessage, editMessage, messagesPage, toMessage } from './messaging.service.js';
import {
  assignThread,
  createStaffMessageUpload,
  markTeamThreadRead,
  replyToThread,
  startThreadWithCustomer,
  teamThread,
  teamThreads,
  teamUnreadThreadCount,
} from './messaging.admin.service.js';
import { cannedReplies, deleteCannedReply, saveCannedReply } from './canned-replies.service.js';
import { anchorLabel, lastMessageOf, messageAttachments, staffMember, threadCustomer, unreadCountOf } from './messaging.loaders.js';
import {
  AdminMessage,
  AdminMessagePage,
  AdminMessageThread,
  AdminMessageThreadConnection,
  CannedReply,
  CannedReplyInput,
  MessageAttachment,
  MessageAuthor,
  MessageAuthorKind,
  MessagePageArgs,
  NewMessageInput,
  TeamThreadsArgs,
  ThreadAnchor,
  ThreadAnchorInput,
} from './messaging.types.js';

// Any member of staff reads and answers the threads row-level security shows them (a technician:
// those about their own jobs); the office assigns them and keeps the canned replies.
@Resolver(() => AdminMessageThread)
export class MessagingAdminResolver {
  @Allow(anyStaff)
  @Query(() => AdminMessageThreadConnection, {
    description: 'The team inbox: threads with unread customer messages first, then the latest activity. A technician sees only threads about their own jobs.',
  })
  teamThreads(@Ctx() ctx: StaffContext, @Args(() => TeamThreadsArgs) args: TeamThreadsArgs): Promise<Connection<AdminMessageThread>> {
    return teamThreads(ctx, args);
  }

  @Allow(anyStaff)
  @Query(() => AdminMessageThread, { description: 'One thread; NOT_FOUND for another business’s, or (technicians) one not about their own jobs.' })
  teamThread(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminMessageThread> {
    return teamThread(ctx, id);
  }

  @Allow(anyStaff)
  @Query(() => Int, { description: 'How many threads you may see have customer messages the team has not read (the nav badge).' })
  teamUnreadThreadCount(@Ctx() ctx: StaffContext): Promise<number> {
    return teamUnreadThreadCount(ctx);
  }

  @Allow(anyStaff)
  @Query(() => [CannedReply], { description: 'The business’s reply templates, by title, each in the languages it was written in.' })
  cannedReplies(@Ctx() ctx: StaffContext): Promise<CannedReply[]> {
    return cannedReplies(ctx);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminMessage, {
    description:
      'Writes to a customer about one of their jobs, requests or invoices (NOT_FOUND unless theirs), or in their general thread: in the existing thread, or a new one. Technicians only about their own jobs (FORBIDDEN, reason NOT_ALLOWED_FOR_ROLE).',
  })
  startThreadWithCustomer(
    @Ctx() ctx: StaffContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('anchor', () => ThreadAnchorInput) anchor: ThreadAnchorInput,
    @Arg('message', () => NewMessageInput) message: NewMessageInput,
  ): Promise<AdminMessage> {
    return startThreadWithCustomer(ctx, customerId, anchor, message);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminMessage, { description: 'A reply the customer sees, or with internal: true a note only staff see (the customer is not told of it).' })
  replyToThread(
    @Ctx() ctx: StaffContext,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('message', () => NewMessageInput) message: NewMessageInput,
    @Arg('internal', () => Boolean, { defaultValue: false }) internal: boolean,
  ): Promise<AdminMessage> {
    return replyToThread(ctx, threadId, message, internal);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminMessage, {
    description:
      'Edits one of your messages within 15 minutes of sending it (CONFLICT, reason EDIT_WINDOW_CLOSED or MESSAGE_DELETED, after; FORBIDDEN, reason NOT_YOUR_MESSAGE, for anyone else’s).',
  })
  editMessage(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('body') body: string): Promise<AdminMessage> {
    return editMessage(ctx, id, body);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminMessage, { description: 'Deletes one of your messages within 15 minutes of sending it, as for editMessage: it shows as deleted.' })
  deleteMessage(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminMessage> {
    return deleteMessage(ctx, id);
  }

  @Allow(anyStaff)
  @Mutation(() => AdminMessageThread, { description: 'The team has read the thread: the customer sees when ("Seen by …").' })
  markTeamThreadRead(@Ctx() ctx: StaffContext, @Arg('threadId', () => ID) threadId: string): Promise<AdminMessageThread> {
    return markTeamThreadRead(ctx, threadId);
  }

  @Allow(office)
  @Mutation(() => AdminMessageThread, {
    description:
      'Gives the thread to an active member of staff (BAD_USER_INPUT, reason STAFF_NOT_ACTIVE; a technician only a thread about their own job: TECHNICIAN_NOT_ON_JOB), or to nobody with null.',
  })
  assignThread(
    @Ctx() ctx: StaffContext,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('staffUserId', () => ID, { nullable: true }) staffUserId: string | null,
  ): Promise<AdminMessageThread> {
    return assignThread(ctx, threadId, staffUserId);
  }

  @Allow(office)
  @Mutation(() => CannedReply, {
    description:
      'Adds a reply template, or replaces one (with id). BAD_USER_INPUT: title 1 to 100 characters; texts: at least one, one per language (DUPLICATE_LANGUAGE, UNSUPPORTED_LANGUAGE), each 1 to 5000 characters.',
  })
  saveCannedReply(@Ctx() ctx: StaffContext, @Arg('input', () => CannedReplyInput) input: CannedReplyInput): Promise<CannedReply> {
    return saveCannedReply(ctx, input);
  }

  @Allow(office)
  @Mutation(() => CannedReply, { description: 'Removes a reply template; answers it as it was.' })
  deleteCannedReply(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<CannedReply> {
    return deleteCannedReply(ctx, id);
  }

  @Allow(anyStaff)
  @Mutation(() => AttachmentUpload, { description: 'Reserves an upload for one attachment of a message (a photo or a PDF); PUT the raw bytes to uploadUrl, then send its id.' })
  createMessageUpload(@Ctx() ctx: StaffContext, @Arg('fileName') fileName: string): Promise<AttachmentUpload> {
    return createStaffMessageUpload(ctx, fileName);
  }

  @FieldResolver(() => ThreadAnchor)
  async anchor(@Ctx() ctx: StaffContext, @Root() thread: AdminMessageThread): Promise<ThreadAnchor> {
    return { type: thread.anchorType, id: thread.anchorId, label: await anchorLabel(ctx, thread.anchorType, thread.anchorId) };
  }

  @FieldResolver(() => AdminMessage, { nullable: true, description: 'The newest message, internal notes included.' })
  async lastMessage(@Ctx() ctx: StaffContext, @Root() thread: AdminMessageThread): Promise<AdminMessage | null> {
    const row = await lastMessageOf(ctx, thread.id);
    return row ? toMessage(ctx, row, thread.customerId) : null;
  }

  @FieldResolver(() => Int, { description: 'Messages from the customer newer than the team’s read mark.' })
  unreadCount(@Ctx() ctx: StaffContext, @Root() thread: AdminMessageThread): Promise<number> {
    return unreadCountOf(ctx, 'staff', thread.id);
  }

  @FieldResolver(() => AdminMessagePage, { description: 'The latest messages (or those before `before`), oldest first; internal notes included.' })
  async messages(@Ctx() ctx: StaffContext, @Root() thread: AdminMessageThread, @Args(() => MessagePageArgs) args: MessagePageArgs): Promise<AdminMessagePage> {
    const page = await messagesPage(ctx, thread.id, args);
    return { nodes: page.rows.map((row) => toMessage(ctx, row, thread.customerId)), hasOlder: page.hasOlder, olderCursor: page.olderCursor };
  }

  @FieldResolver(() => Customer)
  async customer(@Ctx() ctx: StaffContext, @Root() thread: AdminMessageThread): Promise<Customer> {
    const row = await threadCustomer(ctx, thread.customerId);
    if (!row) throw new NotFound('This customer');
    return toCustomer(row);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who the thread is assigned to; null: nobody.' })
  assignee(@Ctx() ctx: StaffContext, @Root() thread: AdminMessageThread): Promise<StaffMember | null> | null {
    return thread.assigneeId ? staffMember(ctx, thread.assigneeId) : null;
  }
}

@Resolver(() => AdminMessage)
export class MessageAdminResolver {
  @FieldResolver(() => MessageAuthor)
  async author(@Ctx() ctx: StaffContext, @Root() message: AdminMessage): Promise<MessageAuthor> {
    if (message.authorKind === MessageAuthorKind.CUSTOMER) return { kind: MessageAuthorKind.CUSTOMER, name: await customerNameById(ctx, message.customerId) };
    return { kind: MessageAuthorKind.STAFF, name: (message.authorStaffId ? await staffNameById(ctx, message.authorStaffId) : null) ?? '' };
  }

  @FieldResolver(() => [MessageAttachment])
  async attachments(@Ctx() ctx: StaffContext, @Root() message: AdminMessage): Promise<MessageAttachment[]> {
    return message.deleted ? [] : messageAttachments(ctx, message.id);
  }
}
