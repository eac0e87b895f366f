import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext, SignedInContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { PageArgs, type Connection } from '../common/pagination.js';
import { signedLink } from '../platform/signed-links.js';
import { currentTenant } from '../platform/current-tenant.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { staffNameById } from '../jobs/jobs.loaders.js';
import { AttachmentUpload } from '../requests/requests.types.js';
import { deleteMessage, editMessage, messagesPage, toMessage } from './messaging.service.js';
import { createMessageUpload, markThreadRead, myThread, myThreads, myUnreadMessageCount, replyInThread, sendMessage, threadAbout } from './messaging.portal.service.js';
import { anchorLabel, lastMessageOf, messageAttachments, unreadCountOf } from './messaging.loaders.js';
import {
  Message,
  MessageAttachment,
  MessageAuthor,
  MessageAuthorKind,
  MessagePage,
  MessagePageArgs,
  MessageThread,
  MessageThreadConnection,
  NewMessageInput,
  ThreadAnchor,
  ThreadAnchorInput,
} from './messaging.types.js';

@Resolver(() => MessageThread)
export class MessagingPortalResolver {
  @Allow(customer)
  @Query(() => MessageThreadConnection, { description: 'Your conversations with the business, the latest activity first.' })
  myThreads(@Ctx() ctx: CustomerContext, @Args(() => PageArgs) args: PageArgs): Promise<Connection<MessageThread>> {
    return myThreads(ctx, args);
  }

  @Allow(customer)
  @Query(() => MessageThread, { description: 'One of your conversations; NOT_FOUND for any other id.' })
  messageThread(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<MessageThread> {
    return myThread(ctx, id);
  }

  @Allow(customer)
  @Query(() => MessageThread, {
    nullable: true,
    description: 'Your conversation about this job, request or invoice (NOT_FOUND unless yours), or your general one; null before its first message.',
  })
  threadAbout(@Ctx() ctx: CustomerContext, @Arg('anchor', () => ThreadAnchorInput) anchor: ThreadAnchorInput): Promise<MessageThread | null> {
    return threadAbout(ctx, anchor);
  }

  @Allow(customer)
  @Query(() => Int, { description: 'How many messages from the business you have not read, in all your conversations.' })
  myUnreadMessageCount(@Ctx() ctx: CustomerContext): Promise<number> {
    return myUnreadMessageCount(ctx);
  }

  @Allow(customer)
  @Mutation(() => Message, {
    description:
      'Sends a message about a job, request or invoice of yours (NOT_FOUND otherwise), or in your general conversation: the first one starts the conversation. BAD_USER_INPUT (reason REQUIRED, TOO_LONG, TOO_MANY_ATTACHMENTS) for an empty or too long message.',
  })
  sendMessage(
    @Ctx() ctx: CustomerContext,
    @Arg('anchor', () => ThreadAnchorInput) anchor: ThreadAnchorInput,
    @Arg('message', () => NewMessageInput) message: NewMessageInput,
  ): Promise<Message> {
    return sendMessage(ctx, anchor, message);
  }

  @Allow(customer)
  @Mutation(() => Message, { description: 'Replies in one of your conversations.' })
  replyInThread(@Ctx() ctx: CustomerContext, @Arg('threadId', () => ID) threadId: string, @Arg('message', () => NewMessageInput) message: NewMessageInput): Promise<Message> {
    return replyInThread(ctx, threadId, message);
  }

  @Allow(customer)
  @Mutation(() => Message, {
    description:
      'Edits one of your messages within 15 minutes of sending it (CONFLICT, reason EDIT_WINDOW_CLOSED or MESSAGE_DELETED, after; FORBIDDEN, reason NOT_YOUR_MESSAGE, for the business’s). It shows as edited.',
  })
  editMessage(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('body') body: string): Promise<Message> {
    return editMessage(ctx, id, body);
  }

  @Allow(customer)
  @Mutation(() => Message, { description: 'Deletes one of your messages within 15 minutes of sending it, as for editMessage: it shows as deleted.' })
  deleteMessage(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Message> {
    return deleteMessage(ctx, id);
  }

  @Allow(customer)
  @Mutation(() => MessageThread, { description: 'You have read the conversation: the business sees when.' })
  markThreadRead(@Ctx() ctx: CustomerContext, @Arg('threadId', () => ID) threadId: string): Promise<MessageThread> {
    return markThreadRead(ctx, threadId);
  }

  @Allow(customer)
  @Mutation(() => AttachmentUpload, { description: 'Reserves an upload for one attachment of a message (a photo or a PDF); PUT the raw bytes to uploadUrl, then send its id.' })
  createMessageUpload(@Ctx() ctx: CustomerContext, @Arg('fileName') fileName: string): Promise<AttachmentUpload> {
    return createMessageUpload(ctx, fileName);
  }

  @FieldResolver(() => ThreadAnchor)
  async anchor(@Ctx() ctx: CustomerContext, @Root() thread: MessageThread): Promise<ThreadAnchor> {
    return { type: thread.anchorType, id: thread.anchorId, label: await anchorLabel(ctx, thread.anchorType, thread.anchorId) };
  }

  @FieldResolver(() => Message, { nullable: true })
  async lastMessage(@Ctx() ctx: CustomerContext, @Root() thread: MessageThread): Promise<Message | null> {
    const row = await lastMessageOf(ctx, thread.id);
    return row ? toMessage(ctx, row, thread.customerId) : null;
  }

  @FieldResolver(() => Int, { description: 'Messages from the business you have not read.' })
  unreadCount(@Ctx() ctx: CustomerContext, @Root() thread: MessageThread): Promise<number> {
    return unreadCountOf(ctx, 'customer', thread.id);
  }

  @FieldResolver(() => MessagePage, { description: 'The latest messages (or those before `before`), oldest first.' })
  async messages(@Ctx() ctx: CustomerContext, @Root() thread: MessageThread, @Args(() => MessagePageArgs) args: MessagePageArgs): Promise<MessagePage> {
    const page = await messagesPage(ctx, thread.id, args);
    return { nodes: page.rows.map((row) => toMessage(ctx, row, thread.customerId)), hasOlder: page.hasOlder, olderCursor: page.olderCursor };
  }
}

@Resolver(() => Message)
export class MessagePortalResolver {
  @FieldResolver(() => MessageAuthor)
  async author(@Ctx() ctx: CustomerContext, @Root() message: Message): Promise<MessageAuthor> {
    if (message.authorKind === MessageAuthorKind.CUSTOMER) return { kind: MessageAuthorKind.CUSTOMER, name: await customerNameById(ctx, message.customerId) };
    const [tenant, name] = await Promise.all([currentTenant(ctx), message.authorStaffId ? staffNameById(ctx, message.authorStaffId) : null]);
    const first = name?.trim().split(/\s+/)[0];
    return { kind: MessageAuthorKind.STAFF, name: first ? `${tenant.name} (${first})` : tenant.name };
  }

  @FieldResolver(() => [MessageAttachment])
  async attachments(@Ctx() ctx: CustomerContext, @Root() message: Message): Promise<MessageAttachment[]> {
    return message.deleted ? [] : messageAttachments(ctx, message.id);
  }
}

@Resolver(() => MessageAttachment)
export class MessageAttachmentResolver {
  @FieldResolver(() => String, { description: 'A short-lived link (5 minutes) to the file, for this session only.' })
  url(@Ctx() ctx: SignedInContext, @Root() attachment: MessageAttachment): Promise<string> {
    return signedLink(ctx, 'message-attachment', attachment.id);
  }
}
