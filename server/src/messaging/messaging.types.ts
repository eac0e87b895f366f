// The messaging hub's GraphQL types. The portal and the admin app have types of the same names
// (Message, MessageThread, ...): staff's carry a little more (internal notes, the assignee, the
// customer). Each endpoint's schema holds only its own.
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { PageInfo, PageArgs, MAX_PAGE_SIZE } from '../common/pagination.js';

export enum ThreadAnchorType {
  GENERAL = 'general',
  JOB = 'job',
  REQUEST = 'request',
  INVOICE = 'invoice',
  PROJECT = 'project',
  QUOTE = 'quote',
}
registerEnumType(ThreadAnchorType, {
  name: 'ThreadAnchorType',
  description: 'What a thread is about: a job, a service request, an invoice, a construction project, a quote, or nothing in particular (GENERAL).',
});

export enum MessageAuthorKind {
  CUSTOMER = 'customer',
  STAFF = 'staff',
}
registerEnumType(MessageAuthorKind, { name: 'MessageAuthorKind' });

export enum MessageChannel {
  PORTAL = 'portal',
  EMAIL = 'email',
}
registerEnumType(MessageChannel, { name: 'MessageChannel', description: 'Where the message was written: in the apps, or as a reply to an email.' });

export enum TeamInboxView {
  UNASSIGNED = 'unassigned',
  MINE = 'mine',
  ALL = 'all',
}
registerEnumType(TeamInboxView, { name: 'TeamInboxView', description: 'UNASSIGNED: threads nobody has taken; MINE: assigned to you; ALL: every thread you may see.' });

@ObjectType({ description: 'What a thread is about.' })
export class ThreadAnchor {
  @Field(() => ThreadAnchorType)
  type!: ThreadAnchorType;

  @Field(() => ID, { nullable: true, description: 'The job, request, invoice, project or quote; null for GENERAL.' })
  id!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The job's title, the first words of the request, the invoice's number, the project's name, the quote's number; null for GENERAL.",
  })
  label!: string | null;
}

@InputType({ description: 'What a thread is about: id is required unless GENERAL, and must be one of the customer’s own jobs, requests or invoices.' })
export class ThreadAnchorInput {
  @Field(() => ThreadAnchorType)
  type!: ThreadAnchorType;

  @Field(() => ID, { nullable: true })
  id?: string | null;
}

@InputType()
export class NewMessageInput {
  @Field({ description: 'Plain text (shown as text, never as HTML), 1 to 5000 characters after trimming; may be empty when there is at least one upload.' })
  body!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Uploads from createMessageUpload, at most 5: images or PDFs.' })
  uploadIds!: string[];
}

@ObjectType({ description: 'A photo or PDF sent with a message.' })
export class MessageAttachment {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field({ description: 'Read from the file itself when it arrived.' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

@ObjectType({ description: 'Who wrote a message.' })
export class MessageAuthor {
  @Field(() => MessageAuthorKind)
  kind!: MessageAuthorKind;

  @Field({ description: 'The customer’s name; for staff, in the portal the business’s name and their first name, in the admin app their name.' })
  name!: string;
}

/** What both endpoints show of a message; the rest is read by field resolvers. */
@ObjectType()
export abstract class MessageFields {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Plain text; empty once deleted.' })
  body!: string;

  @Field()
  sentAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last edited it (show it as edited).' })
  editedAt!: Date | null;

  @Field({ description: 'Deleted by its author: show "deleted"; body is empty and there are no attachments.' })
  deleted!: boolean;

  @Field(() => MessageChannel)
  channel!: MessageChannel;

  @Field({ description: 'Written by you.' })
  mine!: boolean;

  @Field({ description: 'You may still edit or delete it: yours, not deleted, sent less than 15 minutes ago.' })
  canEdit!: boolean;

  threadId!: string;
  authorKind!: MessageAuthorKind;
  authorStaffId!: string | null;
  /** The thread's customer: the author of a customer's message. */
  customerId!: string;
}

@ObjectType('Message', { description: 'One message in a thread.' })
export class Message extends MessageFields {}

@ObjectType('Message', { description: 'One message in a thread; internal notes are never shown to the customer.' })
export class AdminMessage extends MessageFields {
  @Field({ description: 'An internal note: staff only, the customer never sees it.' })
  internal!: boolean;
}

@ObjectType('MessagePage', { description: 'A page of a thread’s history, oldest first.' })
export class MessagePage {
  @Field(() => [Message])
  nodes!: Message[];

  @Field({ description: 'Older messages come before these: ask again with before: olderCursor.' })
  hasOlder!: boolean;

  @Field(() => String, { nullable: true })
  olderCursor!: string | null;
}

@ObjectType('MessagePage', { description: 'A page of a thread’s history, oldest first.' })
export class AdminMessagePage {
  @Field(() => [AdminMessage])
  nodes!: AdminMessage[];

  @Field({ description: 'Older messages come before these: ask again with before: olderCursor.' })
  hasOlder!: boolean;

  @Field(() => String, { nullable: true })
  olderCursor!: string | null;
}

@ArgsType()
export class MessagePageArgs {
  @Field(() => String, { nullable: true, description: 'The olderCursor of the page shown: the messages before it.' })
  before?: string | null;

  @Field(() => Int, { defaultValue: 30, description: `How many of the latest messages, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'Ask for at least one message.' })
  @Max(MAX_PAGE_SIZE, { message: `Ask for at most ${MAX_PAGE_SIZE} messages at a time.` })
  last: number = 30;
}

/** What both endpoints show of a thread. */
@ObjectType()
export abstract class ThreadFields {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The last message to or from the customer.' })
  lastMessageAt!: Date;

  customerId!: string;
  anchorType!: ThreadAnchorType;
  anchorId!: string | null;
  assigneeId!: string | null;
  customerReadAt!: Date | null;
  staffReadAt!: Date | null;
}

@ObjectType('MessageThread', { description: 'A conversation with the business about one thing.' })
export class MessageThread extends ThreadFields {
  @Field(() => Date, { nullable: true, description: 'When the business last read the thread ("Seen by …"): it has seen the messages sent before then.' })
  seenByBusinessAt!: Date | null;
}

@ObjectType('MessageThread', { description: 'A conversation with a customer about one thing.' })
export class AdminMessageThread extends ThreadFields {
  @Field(() => Date, { nullable: true, description: 'When the customer last read the thread: they have seen the messages sent before then.' })
  seenByCustomerAt!: Date | null;
}

@ObjectType('MessageThreadConnection')
export class MessageThreadConnection {
  @Field(() => [MessageThread])
  nodes!: MessageThread[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('MessageThreadConnection')
export class AdminMessageThreadConnection {
  @Field(() => [AdminMessageThread])
  nodes!: AdminMessageThread[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ArgsType()
export class TeamThreadsArgs implements PageArgs {
  @Field(() => Int, { defaultValue: 30, description: `How many threads, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'Ask for at least one item.' })
  @Max(MAX_PAGE_SIZE, { message: `Ask for at most ${MAX_PAGE_SIZE} items at a time.` })
  first: number = 30;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => TeamInboxView, { defaultValue: TeamInboxView.ALL })
  view: TeamInboxView = TeamInboxView.ALL;

  @Field(() => ID, { nullable: true, description: 'Only this customer’s threads.' })
  customerId?: string | null;
}

@ObjectType({ description: 'A text in one language.' })
export class LocalizedText {
  @Field({ description: 'One of the portal languages, e.g. en, fr, es.' })
  locale!: string;

  @Field()
  text!: string;
}

@InputType()
export class LocalizedTextInput {
  @Field({ description: 'One of the portal languages, e.g. en, fr, es.' })
  locale!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'A reply template: its text in each language the business wrote it in (pick the customer’s).' })
export class CannedReply {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => [LocalizedText])
  bodies!: LocalizedText[];
}

@InputType({ description: 'Without id: a new template; with id: replaces that one’s title and texts.' })
export class CannedReplyInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field({ description: '1 to 100 characters.' })
  title!: string;

  @Field(() => [LocalizedTextInput], { description: 'At least one; one per language; each 1 to 5000 characters.' })
  bodies!: LocalizedTextInput[];
}
