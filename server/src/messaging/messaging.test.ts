// The messaging hub through the real endpoints on the real database: threads anchored to a job,
// a request, an invoice or nothing; replies, internal notes, read marks and unread counts on both
// sides; the edit window; attachments; assignment and canned replies; and who may see what
// (another customer, another business, a technician off the job), by GraphQL and by raw SQL.
// The test clock starts on Friday 20 Nov 2026, 15:00Z (09:00 in Chicago).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, TEST_ADMIN_ORIGIN, TEST_ORIGIN, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';
import { subscribeLive, type LiveSubscription, type ReceivedEvent } from '../test/live.js';
import { inTenantScope } from '../platform/scope.js';
import { appendEmailReply } from './messaging.service.js';
import { sendAwayEmail } from './away-email.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MINUTE = 60_000;
const at = (minutes: number) => {
  app.clock.now = new Date(TEST_START.getTime() + minutes * MINUTE);
};
afterAll(() => {
  app.clock.now = new Date(TEST_START);
});

const MESSAGE = 'id body sentAt editedAt deleted channel mine canEdit author { kind name } attachments { id fileName contentType sizeBytes url }';
const ADMIN_MESSAGE = `${MESSAGE} internal`;
const THREAD = `id anchor { type id label } lastMessageAt unreadCount seenByBusinessAt lastMessage { id body } messages { nodes { ${MESSAGE} } hasOlder olderCursor }`;
const ADMIN_THREAD = `id anchor { type id label } lastMessageAt unreadCount seenByCustomerAt customer { id name } assignee { id name } lastMessage { id body internal } messages { nodes { ${ADMIN_MESSAGE} } hasOlder olderCursor }`;

const SEND = `mutation($anchor: ThreadAnchorInput!, $message: NewMessageInput!) { sendMessage(anchor: $anchor, message: $message) { ${MESSAGE} } }`;
const REPLY_IN = `mutation($threadId: ID!, $message: NewMessageInput!) { replyInThread(threadId: $threadId, message: $message) { ${MESSAGE} } }`;
const MY_THREADS = `query($first: Int, $after: String) { myThreads(first: $first, after: $after) { nodes { ${THREAD} } pageInfo { hasNextPage endCursor } } }`;
const MY_THREAD = `query($id: ID!) { messageThread(id: $id) { ${THREAD} } }`;
const ABOUT = `query($anchor: ThreadAnchorInput!) { threadAbout(anchor: $anchor) { id } }`;
const MY_UNREAD = '{ myUnreadMessageCount }';
const MARK_READ = 'mutation($threadId: ID!) { markThreadRead(threadId: $threadId) { id unreadCount seenByBusinessAt } }';

const START = `mutation($customerId: ID!, $anchor: ThreadAnchorInput!, $message: NewMessageInput!) { startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: $message) { ${ADMIN_MESSAGE} } }`;
const REPLY = `mutation($threadId: ID!, $message: NewMessageInput!, $internal: Boolean) { replyToThread(threadId: $threadId, message: $message, internal: $internal) { ${ADMIN_MESSAGE} } }`;
const TEAM_THREADS = `query($view: TeamInboxView, $customerId: ID, $first: Int, $after: String) { teamThreads(view: $view, customerId: $customerId, first: $first, after: $after) { nodes { ${ADMIN_THREAD} } pageInfo { hasNextPage endCursor } } }`;
const TEAM_THREAD = `query($id: ID!) { teamThread(id: $id) { ${ADMIN_THREAD} } }`;
const TEAM_UNREAD = '{ teamUnreadThreadCount }';
const TEAM_MARK_READ = 'mutation($threadId: ID!) { markTeamThreadRead(threadId: $threadId) { id unreadCount seenByCustomerAt } }';

interface MessageView {
  id: string;
  body: string;
  sentAt: string;
  editedAt: string | null;
  deleted: boolean;
  channel: string;
  mine: boolean;
  canEdit: boolean;
  internal?: boolean;
  author: { kind: string; name: string };
  attachments: { id: string; fileName: string; contentType: string; sizeBytes: number; url: string }[];
}
interface ThreadView {
  id: string;
  anchor: { type: string; id: string | null; label: string | null };
  lastMessageAt: string;
  unreadCount: number;
  seenByBusinessAt?: string | null;
  seenByCustomerAt?: string | null;
  customer?: { id: string; name: string };
  assignee?: { id: string; name: string } | null;
  lastMessage: { id: string; body: string; internal?: boolean } | null;
  messages: { nodes: MessageView[]; hasOlder: boolean; olderCursor: string | null };
}
interface Page {
  nodes: ThreadView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A business with staff of every role, a customer with a job (on technician `tech`), an invoice and a request, a neighbour customer, and a business next door. */
async function world() {
  const tenant = await makeTenant(app.owner);
  const tenantId = tenant.id;
  const signIn = async (role: 'owner' | 'admin' | 'dispatcher' | 'technician') => {
    const staff = await makeStaff(app.owner, tenantId, role);
    return { staff, token: (await staffToken(app, staff)).token };
  };
  const owner = await signIn('owner');
  const dispatcher = await signIn('dispatcher');
  const tech = await signIn('technician');
  const otherTech = await signIn('technician');
  const customer = async (tid = tenantId) => {
    const { customer: row, account } = await makeCustomer(app.owner, tid);
    if (!account) throw new Error('account expected');
    const records = await makeCustomerRecords(app.owner, tid, row.id);
    const request = await app.owner.serviceRequest.create({ data: { tenantId: tid, customerId: row.id, description: 'The boiler knocks at night.\nSince Monday.' } });
    return { customer: row, ...records, request, token: (await customerToken(app, account)).token };
  };
  const me = await customer();
  await app.owner.job.updateMany({ where: { id: me.job.id }, data: { technicianId: tech.staff.id } });
  const neighbour = await customer();
  const next = await makeTenant(app.owner);
  const nextOwner = await makeStaff(app.owner, next.id, 'owner');
  const stranger = await customer(next.id);
  return { tenant, tenantId, owner, dispatcher, tech, otherTech, me, neighbour, next, nextOwner: { staff: nextOwner, token: (await staffToken(app, nextOwner)).token }, stranger };
}

type World = Awaited<ReturnType<typeof world>>;

async function send(token: string, anchor: { type: string; id?: string | null }, body: string, uploadIds: string[] = []) {
  const res = await app.call<{ sendMessage: MessageView }>('portal', SEND, { anchor, message: { body, uploadIds } }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.sendMessage;
}

async function threadOf(token: string, anchor: { type: string; id?: string | null }): Promise<string> {
  const res = await app.call<{ threadAbout: { id: string } | null }>('portal', ABOUT, { anchor }, { token });
  expect(res.errors).toBeUndefined();
  const id = res.data?.threadAbout?.id;
  if (!id) throw new Error('no thread');
  return id;
}

async function reply(token: string, threadId: string, body: string, internal = false, uploadIds: string[] = []) {
  const res = await app.call<{ replyToThread: MessageView }>('admin', REPLY, { threadId, message: { body, uploadIds }, internal }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.replyToThread;
}

async function portalThread(token: string, id: string): Promise<ThreadView> {
  const res = await app.call<{ messageThread: ThreadView }>('portal', MY_THREAD, { id }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.messageThread;
}

async function adminThread(token: string, id: string): Promise<ThreadView> {
  const res = await app.call<{ teamThread: ThreadView }>('admin', TEAM_THREAD, { id }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.teamThread;
}

async function teamThreads(token: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const res = await app.call<{ teamThreads: Page }>('admin', TEAM_THREADS, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.teamThreads;
}

const myUnread = async (token: string) => (await app.call<{ myUnreadMessageCount: number }>('portal', MY_UNREAD, {}, { token })).data?.myUnreadMessageCount;
const teamUnread = async (token: string) => (await app.call<{ teamUnreadThreadCount: number }>('admin', TEAM_UNREAD, {}, { token })).data?.teamUnreadThreadCount;

describe('a conversation', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('a customer starts a thread about their job; the team sees it unread, answers, and the customer reads the answer', async () => {
    at(0);
    const job = { type: 'JOB', id: w.me.job.id };
    const first = await send(w.me.token, job, '  Is the filter covered by the warranty?  ');
    expect(first).toMatchObject({ body: 'Is the filter covered by the warranty?', channel: 'PORTAL', mine: true, canEdit: true, deleted: false, editedAt: null });
    expect(first.author).toEqual({ kind: 'CUSTOMER', name: w.me.customer.name });
    const threadId = await threadOf(w.me.token, job);

    // The office's inbox: unread, about the job, from the customer.
    expect(await teamUnread(w.owner.token)).toBe(1);
    const inbox = await teamThreads(w.owner.token);
    expect(inbox.nodes.map((t) => t.id)).toEqual([threadId]);
    const [seen] = inbox.nodes;
    expect(seen).toMatchObject({
      unreadCount: 1,
      anchor: { type: 'JOB', id: w.me.job.id, label: 'Furnace tune-up' },
      customer: { id: w.me.customer.id },
      assignee: null,
      seenByCustomerAt: first.sentAt,
    });
    expect(seen!.messages.nodes.map((m) => [m.body, m.mine, m.internal])).toEqual([['Is the filter covered by the warranty?', false, false]]);

    at(2);
    const answer = await reply(w.owner.token, threadId, 'Yes, for two years.');
    expect(answer).toMatchObject({ mine: true, internal: false, author: { kind: 'STAFF', name: w.owner.staff.name } });
    // Answering reads the thread for the team.
    expect(await teamUnread(w.owner.token)).toBe(0);

    const mine = await portalThread(w.me.token, threadId);
    expect(mine.unreadCount).toBe(1);
    expect(mine.seenByBusinessAt).toBe(answer.sentAt);
    expect(mine.messages.nodes.map((m) => [m.body, m.mine, m.author.kind])).toEqual([
      ['Is the filter covered by the warranty?', true, 'CUSTOMER'],
      ['Yes, for two years.', false, 'STAFF'],
    ]);
    // In the portal, staff sign with the business's name and their first name.
    expect(mine.messages.nodes[1]!.author.name).toBe(`${w.tenant.name} (Staff)`);
    expect(await myUnread(w.me.token)).toBe(1);

    at(3);
    const read = await app.call<{ markThreadRead: { unreadCount: number } }>('portal', MARK_READ, { threadId }, { token: w.me.token });
    expect(read.data?.markThreadRead.unreadCount).toBe(0);
    expect(await myUnread(w.me.token)).toBe(0);
    expect((await adminThread(w.owner.token, threadId)).seenByCustomerAt).toBe(new Date(TEST_START.getTime() + 3 * MINUTE).toISOString());
  });
});

describe('threads and anchors', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('staff start a thread about an invoice; the customer replies in it, and each side reads the other', async () => {
    at(10);
    const started = await app.call<{ startThreadWithCustomer: MessageView }>(
      'admin',
      START,
      { customerId: w.me.customer.id, anchor: { type: 'INVOICE', id: w.me.invoice.id }, message: { body: 'Your invoice is ready.' } },
      { token: w.dispatcher.token },
    );
    expect(started.errors).toBeUndefined();
    const threadId = await threadOf(w.me.token, { type: 'INVOICE', id: w.me.invoice.id });
    const mine = await app.call<{ myThreads: Page }>('portal', MY_THREADS, {}, { token: w.me.token });
    expect(mine.data?.myThreads.nodes.map((t) => [t.id, t.anchor.type, t.anchor.label, t.unreadCount, t.lastMessage?.body])).toEqual([
      [threadId, 'INVOICE', w.me.invoice.number, 1, 'Your invoice is ready.'],
    ]);

    at(11);
    const answer = await app.call<{ replyInThread: MessageView }>('portal', REPLY_IN, { threadId, message: { body: 'Thanks!' } }, { token: w.me.token });
    expect(answer.errors).toBeUndefined();
    // Replying reads the thread for the customer.
    expect(await myUnread(w.me.token)).toBe(0);
    expect((await adminThread(w.dispatcher.token, threadId)).unreadCount).toBe(1);

    at(12);
    const read = await app.call<{ markTeamThreadRead: { unreadCount: number; seenByCustomerAt: string } }>('admin', TEAM_MARK_READ, { threadId }, { token: w.owner.token });
    expect(read.data?.markTeamThreadRead.unreadCount).toBe(0);
    expect((await portalThread(w.me.token, threadId)).seenByBusinessAt).toBe(new Date(TEST_START.getTime() + 12 * MINUTE).toISOString());
  });

  it('one thread per thing and customer: a second message about the same request joins the first', async () => {
    at(20);
    const request = { type: 'REQUEST', id: w.me.request.id };
    await Promise.all([send(w.me.token, request, 'One'), send(w.me.token, request, 'Two')]);
    const threadId = await threadOf(w.me.token, request);
    const thread = await portalThread(w.me.token, threadId);
    expect(thread.anchor).toEqual({ type: 'REQUEST', id: w.me.request.id, label: 'The boiler knocks at night.' });
    expect(thread.messages.nodes.map((m) => m.body).sort()).toEqual(['One', 'Two']);
    expect(await app.owner.messageThread.count({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, requestId: w.me.request.id } })).toBe(1);
  });

  it('an unknown thread is NOT_FOUND', async () => {
    const res = await app.call('portal', MY_THREAD, { id: randomUUID() }, { token: w.me.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const DISGUISED_EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(64)]);

const UPLOAD = 'mutation($name: String!) { createMessageUpload(fileName: $name) { uploadId uploadUrl maxBytes allowedTypes } }';

/** Reserves and PUTs one file as the signed-in customer (portal) or member of staff (admin); answers the PUT's status and the upload id. */
async function upload(endpoint: 'portal' | 'admin', token: string, name: string, bytes: Buffer) {
  const res = await app.call<{ createMessageUpload: { uploadId: string; uploadUrl: string; allowedTypes: string[] } }>(endpoint, UPLOAD, { name }, { token });
  expect(res.errors).toBeUndefined();
  const reserved = res.data!.createMessageUpload;
  expect(reserved.uploadUrl).toMatch(new RegExp(`^/files/v1/message-upload/${reserved.uploadId}\\?token=`));
  const put = await fetch(`${app.url}${reserved.uploadUrl}`, { method: 'PUT', body: bytes });
  return { status: put.status, uploadId: reserved.uploadId };
}

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

describe('anchors', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('a general thread ("Ask us anything") takes no id; the others need the customer’s own job, request or invoice', async () => {
    at(0);
    expect((await app.call<{ threadAbout: null }>('portal', ABOUT, { anchor: { type: 'GENERAL' } }, { token: w.me.token })).data?.threadAbout).toBeNull();
    await send(w.me.token, { type: 'GENERAL' }, 'Do you service heat pumps?');
    const general = await portalThread(w.me.token, await threadOf(w.me.token, { type: 'GENERAL' }));
    expect(general.anchor).toEqual({ type: 'GENERAL', id: null, label: null });

    const sendTo = (anchor: Record<string, unknown>) => app.call('portal', SEND, { anchor, message: { body: 'Hello' } }, { token: w.me.token });
    expect(codeOf(await sendTo({ type: 'GENERAL', id: w.me.job.id }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANCHOR_ID_NOT_ALLOWED' });
    expect(codeOf(await sendTo({ type: 'JOB' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    for (const anchor of [
      { type: 'JOB', id: w.neighbour.job.id },
      { type: 'REQUEST', id: w.neighbour.request.id },
      { type: 'INVOICE', id: w.neighbour.invoice.id },
      { type: 'JOB', id: w.stranger.job.id },
      { type: 'INVOICE', id: w.me.job.id },
      { type: 'JOB', id: 'not-an-id' },
    ]) {
      expect(codeOf(await sendTo(anchor))?.code).toBe('NOT_FOUND');
      expect(codeOf(await app.call('portal', ABOUT, { anchor }, { token: w.me.token }))?.code).toBe('NOT_FOUND');
    }
    // A draft invoice is the business's own until issued.
    await app.owner.invoice.updateMany({ where: { id: w.me.invoice.id }, data: { status: 'draft' } });
    expect(codeOf(await sendTo({ type: 'INVOICE', id: w.me.invoice.id }))?.code).toBe('NOT_FOUND');
    await app.owner.invoice.updateMany({ where: { id: w.me.invoice.id }, data: { status: 'issued' } });
    expect(await app.owner.messageThread.count({ where: { tenantId: w.tenantId } })).toBe(1);
  });

  it('staff write only to a customer of their own business, about that customer’s things', async () => {
    const start = (token: string, customerId: string, anchor: Record<string, unknown>) => app.call('admin', START, { customerId, anchor, message: { body: 'Hello' } }, { token });
    expect(codeOf(await start(w.owner.token, w.stranger.customer.id, { type: 'GENERAL' }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await start(w.owner.token, w.me.customer.id, { type: 'JOB', id: w.neighbour.job.id }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await start(w.owner.token, randomUUID(), { type: 'GENERAL' }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await start(w.nextOwner.token, w.me.customer.id, { type: 'GENERAL' }))?.code).toBe('NOT_FOUND');
    // Technicians: about their own jobs only.
    expect(codeOf(await start(w.tech.token, w.me.customer.id, { type: 'GENERAL' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED_FOR_ROLE' });
    expect(codeOf(await start(w.otherTech.token, w.me.customer.id, { type: 'JOB', id: w.me.job.id }))?.code).toBe('NOT_FOUND');
    const own = await start(w.tech.token, w.me.customer.id, { type: 'JOB', id: w.me.job.id });
    expect(own.errors).toBeUndefined();
  });
});

describe('messages', () => {
  let w: World;
  let threadId: string;
  beforeAll(async () => {
    w = await world();
    at(0);
    await send(w.me.token, { type: 'GENERAL' }, 'First');
    threadId = await threadOf(w.me.token, { type: 'GENERAL' });
  });

  it('are plain text: markup is kept as typed, never interpreted; empty or too long is refused', async () => {
    at(1);
    const typed = 'See <a href="javascript:alert(1)">here</a> & https://example.com/x?a=1 <script>x()</script>';
    expect((await send(w.me.token, { type: 'GENERAL' }, typed)).body).toBe(typed);
    const refused = async (body: string, uploadIds: string[] = []) => codeOf(await app.call('portal', REPLY_IN, { threadId, message: { body, uploadIds } }, { token: w.me.token }));
    expect(await refused('   ')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message.body', reason: 'REQUIRED' });
    expect(await refused('x'.repeat(5001))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message.body', reason: 'TOO_LONG' });
    expect(
      await refused(
        'six files',
        [1, 2, 3, 4, 5, 6].map(() => randomUUID()),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ATTACHMENTS' });
    expect((await send(w.me.token, { type: 'GENERAL' }, 'x'.repeat(5000))).body).toHaveLength(5000);
  });

  it('their author edits or deletes them for 15 minutes; they show as edited or deleted; nobody else can', async () => {
    at(100);
    const mine = await send(w.me.token, { type: 'GENERAL' }, 'Teh boiler');
    const theirs = await reply(w.owner.token, threadId, 'Noted');
    const EDIT = `mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { ${MESSAGE} } }`;
    const DELETE = `mutation($id: ID!) { deleteMessage(id: $id) { ${MESSAGE} } }`;

    at(114);
    const edited = await app.call<{ editMessage: MessageView }>('portal', EDIT, { id: mine.id, body: 'The boiler' }, { token: w.me.token });
    expect(edited.data?.editMessage).toMatchObject({ body: 'The boiler', editedAt: new Date(TEST_START.getTime() + 114 * MINUTE).toISOString(), canEdit: true });
    expect(codeOf(await app.call('portal', EDIT, { id: mine.id, body: ' ' }, { token: w.me.token }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    // Not the author: the business's message, and a colleague's.
    expect(codeOf(await app.call('portal', EDIT, { id: theirs.id, body: 'Hacked' }, { token: w.me.token }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_MESSAGE' });
    expect(codeOf(await app.call('admin', DELETE, { id: theirs.id }, { token: w.dispatcher.token }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_MESSAGE' });
    expect(codeOf(await app.call('admin', EDIT, { id: mine.id, body: 'x' }, { token: w.owner.token }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_MESSAGE' });
    // Another customer, another business: as if it did not exist.
    expect(codeOf(await app.call('portal', EDIT, { id: mine.id, body: 'x' }, { token: w.neighbour.token }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await app.call('admin', DELETE, { id: mine.id }, { token: w.nextOwner.token }))?.code).toBe('NOT_FOUND');

    const staffEdit = await app.call<{ editMessage: MessageView }>('admin', EDIT, { id: theirs.id, body: 'Noted, thanks' }, { token: w.owner.token });
    expect(staffEdit.data?.editMessage.body).toBe('Noted, thanks');

    at(115);
    expect(codeOf(await app.call('portal', EDIT, { id: mine.id, body: 'Late' }, { token: w.me.token }))).toMatchObject({ code: 'CONFLICT', reason: 'EDIT_WINDOW_CLOSED' });
    at(116);
    expect(codeOf(await app.call('admin', DELETE, { id: theirs.id }, { token: w.owner.token }))).toMatchObject({ code: 'CONFLICT', reason: 'EDIT_WINDOW_CLOSED' });
    const thread = await portalThread(w.me.token, threadId);
    const shown = thread.messages.nodes.find((m) => m.id === mine.id);
    expect(shown).toMatchObject({ body: 'The boiler', canEdit: false, mine: true });
    expect(shown?.editedAt).not.toBeNull();

    at(120);
    const again = await send(w.me.token, { type: 'GENERAL' }, 'Oops, wrong thread');
    const deleted = await app.call<{ deleteMessage: MessageView }>('portal', DELETE, { id: again.id }, { token: w.me.token });
    expect(deleted.data?.deleteMessage).toMatchObject({ deleted: true, body: '', attachments: [], canEdit: false });
    expect(codeOf(await app.call('portal', EDIT, { id: again.id, body: 'Back' }, { token: w.me.token }))).toMatchObject({ code: 'CONFLICT', reason: 'MESSAGE_DELETED' });
    const staffView = await adminThread(w.owner.token, threadId);
    expect(staffView.messages.nodes.find((m) => m.id === again.id)).toMatchObject({ deleted: true, body: '' });
    // The stored text is gone too, not just hidden.
    expect((await app.owner.message.findFirst({ where: { id: again.id } }))?.body).toBe('');
  });

  it('page from the latest back, oldest first within a page', async () => {
    const w2 = await world();
    at(200);
    for (const body of ['m1', 'm2', 'm3', 'm4', 'm5']) await send(w2.me.token, { type: 'GENERAL' }, body);
    const id = await threadOf(w2.me.token, { type: 'GENERAL' });
    const PAGE = 'query($id: ID!, $before: String, $last: Int!) { messageThread(id: $id) { messages(before: $before, last: $last) { nodes { body } hasOlder olderCursor } } }';
    type P = { messageThread: { messages: { nodes: { body: string }[]; hasOlder: boolean; olderCursor: string | null } } };
    const first = (await app.call<P>('portal', PAGE, { id, last: 2 }, { token: w2.me.token })).data!.messageThread.messages;
    expect(first.nodes.map((n) => n.body)).toEqual(['m4', 'm5']);
    expect(first.hasOlder).toBe(true);
    const second = (await app.call<P>('portal', PAGE, { id, last: 2, before: first.olderCursor }, { token: w2.me.token })).data!.messageThread.messages;
    expect(second.nodes.map((n) => n.body)).toEqual(['m2', 'm3']);
    const third = (await app.call<P>('portal', PAGE, { id, last: 2, before: second.olderCursor }, { token: w2.me.token })).data!.messageThread.messages;
    expect(third).toEqual({ nodes: [{ body: 'm1' }], hasOlder: false, olderCursor: null });
    expect(codeOf(await app.call('portal', PAGE, { id, last: 2, before: 'bogus' }, { token: w2.me.token }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_EXPIRED' });
    expect(codeOf(await app.call('portal', PAGE, { id, last: 101 }, { token: w2.me.token }))?.code).toBe('BAD_USER_INPUT');
  });
});

describe('attachments', () => {
  it('photos and PDFs go through the upload checks, come back through short-lived links, and only to those who may see the message', async () => {
    const w = await world();
    at(0);
    const png = await upload('portal', w.me.token, 'leak.png', PNG);
    const pdf = await upload('portal', w.me.token, 'C:\\scans\\warranty.pdf', PDF);
    expect([png.status, pdf.status]).toEqual([200, 200]);
    const exe = await upload('portal', w.me.token, 'photo.png', DISGUISED_EXE);
    expect(exe.status).toBe(415);
    // An upload is its owner's, used once.
    const theirs = await upload('portal', w.neighbour.token, 'x.png', PNG);
    const job = { type: 'JOB', id: w.me.job.id };
    expect(codeOf(await app.call('portal', SEND, { anchor: job, message: { body: '', uploadIds: [theirs.uploadId] } }, { token: w.me.token }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await app.call('portal', SEND, { anchor: job, message: { body: '', uploadIds: [exe.uploadId] } }, { token: w.me.token }))?.code).toBe('NOT_FOUND');

    const sent = await send(w.me.token, job, '', [png.uploadId, pdf.uploadId]);
    expect(sent.body).toBe('');
    expect(sent.attachments.map((a) => [a.fileName, a.contentType, a.sizeBytes])).toEqual([
      ['leak.png', 'image/png', PNG.length],
      ['warranty.pdf', 'application/pdf', PDF.length],
    ]);
    expect(codeOf(await app.call('portal', SEND, { anchor: job, message: { body: 'again', uploadIds: [png.uploadId] } }, { token: w.me.token }))?.code).toBe('NOT_FOUND');
    const file = await fetch(`${app.url}${sent.attachments[0]!.url}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);

    // Staff see it, and attach their own (an internal note's attachment stays with staff).
    const threadId = await threadOf(w.me.token, job);
    const staffView = await adminThread(w.owner.token, threadId);
    const staffLink = staffView.messages.nodes[0]!.attachments[0]!.url;
    expect((await fetch(`${app.url}${staffLink}`)).status).toBe(200);
    const staffPdf = await upload('admin', w.owner.token, 'quote.pdf', PDF);
    const note = await reply(w.owner.token, threadId, 'Internal: photo shows a cracked heat exchanger', true, [staffPdf.uploadId]);
    expect(note.attachments.map((a) => a.fileName)).toEqual(['quote.pdf']);
    // A link is for one session and one file: another session cannot use it.
    const token = new URL(`${app.url}${staffLink}`).searchParams.get('token');
    expect((await fetch(`${app.url}/files/v1/message-attachment/${note.attachments[0]!.id}?token=${token}`)).status).toBe(404);

    // Row-level security alone: the customer's scope sees their own attachments, not the note's; the neighbour's sees none.
    const visible = (scope: { customerId: string }) =>
      withScope(
        app.db,
        { tenantId: w.tenantId, role: 'customer', ...scope },
        (tx) => tx.$queryRaw<{ file_name: string }[]>`SELECT file_name FROM message_attachments ORDER BY file_name`,
      );
    expect((await visible({ customerId: w.me.customer.id })).map((r) => r.file_name)).toEqual(['leak.png', 'warranty.pdf']);
    expect(await visible({ customerId: w.neighbour.customer.id })).toEqual([]);

    // Deleting the message takes its attachments with it.
    const DELETE = `mutation($id: ID!) { deleteMessage(id: $id) { deleted attachments { id } } }`;
    const gone = await app.call<{ deleteMessage: { deleted: boolean; attachments: unknown[] } }>('portal', DELETE, { id: sent.id }, { token: w.me.token });
    expect(gone.data?.deleteMessage).toEqual({ deleted: true, attachments: [] });
    expect(await app.owner.messageAttachment.count({ where: { messageId: sent.id } })).toBe(0);
  });
});

describe('internal notes', () => {
  it('staff see them; the customer never does, by GraphQL or by SQL, and is not told of them', async () => {
    const w = await world();
    at(0);
    await send(w.me.token, { type: 'JOB', id: w.me.job.id }, 'When will you come back?');
    const threadId = await threadOf(w.me.token, { type: 'JOB', id: w.me.job.id });
    at(1);
    const answer = await reply(w.owner.token, threadId, 'Next Tuesday.');
    const before = await portalThread(w.me.token, threadId);
    at(2);
    const note = await reply(w.owner.token, threadId, 'Customer was rude on the phone.', true);
    expect(note).toMatchObject({ internal: true, mine: true });

    const staffView = await adminThread(w.dispatcher.token, threadId);
    expect(staffView.messages.nodes.map((m) => [m.body, m.internal])).toEqual([
      ['When will you come back?', false],
      ['Next Tuesday.', false],
      ['Customer was rude on the phone.', true],
    ]);
    expect(staffView.lastMessage).toMatchObject({ internal: true });
    // A technician on the job sees it too.
    expect((await adminThread(w.tech.token, threadId)).messages.nodes).toHaveLength(3);

    const mine = await portalThread(w.me.token, threadId);
    expect(mine.messages.nodes.map((m) => m.body)).toEqual(['When will you come back?', 'Next Tuesday.']);
    expect(mine.lastMessage?.id).toBe(answer.id);
    expect(mine.unreadCount).toBe(before.unreadCount);
    expect(mine.lastMessageAt).toBe(before.lastMessageAt);
    expect(JSON.stringify(mine)).not.toContain('rude');
    const listed = await app.call('portal', MY_THREADS, {}, { token: w.me.token });
    expect(JSON.stringify(listed)).not.toContain('rude');
    // The customer cannot touch it by id either.
    const EDIT = `mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { id } }`;
    expect(codeOf(await app.call('portal', EDIT, { id: note.id, body: 'x' }, { token: w.me.token }))?.code).toBe('NOT_FOUND');

    // Row-level security alone, whatever the SQL.
    const rows = await withScope(
      app.db,
      { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id },
      (tx) => tx.$queryRaw<{ body: string; internal: boolean }[]>`SELECT body, internal FROM messages WHERE thread_id = ${threadId}::uuid ORDER BY created_at`,
    );
    expect(rows.map((r) => r.body)).toEqual(['When will you come back?', 'Next Tuesday.']);
    const forged = await withScope(
      app.db,
      { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id },
      (tx) => tx.$executeRaw`UPDATE messages SET internal = false WHERE id = ${note.id}::uuid`,
    );
    expect(forged).toBe(0);

    // Told nothing: one bell, for the answer; none for the note.
    const bells = await app.owner.notification.findMany({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'messageReceived' } });
    expect(bells.map((b) => b.params)).toEqual([{ excerpt: 'Next Tuesday.' }]);
  });
});

describe('the team inbox', () => {
  let w: World;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    w = await world();
    at(0);
    await send(w.me.token, { type: 'JOB', id: w.me.job.id }, 'About my job');
    ids.job = await threadOf(w.me.token, { type: 'JOB', id: w.me.job.id });
    at(1);
    await send(w.neighbour.token, { type: 'GENERAL' }, 'Neighbour asks');
    ids.neighbour = await threadOf(w.neighbour.token, { type: 'GENERAL' });
    at(2);
    await send(w.me.token, { type: 'INVOICE', id: w.me.invoice.id }, 'About my invoice');
    ids.invoice = await threadOf(w.me.token, { type: 'INVOICE', id: w.me.invoice.id });
    await app.call('admin', TEAM_MARK_READ, { threadId: ids.invoice }, { token: w.owner.token });
  });

  it('lists unread threads first, then the latest activity; filters by customer', async () => {
    expect(await teamUnread(w.owner.token)).toBe(2);
    expect((await teamThreads(w.owner.token)).nodes.map((t) => t.id)).toEqual([ids.neighbour, ids.job, ids.invoice]);
    expect((await teamThreads(w.owner.token, { customerId: w.me.customer.id })).nodes.map((t) => t.id)).toEqual([ids.job, ids.invoice]);
    expect((await teamThreads(w.owner.token, { customerId: w.stranger.customer.id })).nodes).toEqual([]);
    expect((await teamThreads(w.owner.token, { customerId: 'nope' })).nodes).toEqual([]);
    const firstPage = await teamThreads(w.owner.token, { first: 2 });
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const next = await teamThreads(w.owner.token, { first: 2, after: firstPage.pageInfo.endCursor });
    expect(next.nodes.map((t) => t.id)).toEqual([ids.invoice]);
    // Another business's inbox has none of it.
    expect((await teamThreads(w.nextOwner.token)).nodes).toEqual([]);
    expect(await teamUnread(w.nextOwner.token)).toBe(0);
  });

  it('the office assigns a thread to an active member of staff: mine and unassigned views follow', async () => {
    const ASSIGN = 'mutation($threadId: ID!, $staffUserId: ID) { assignThread(threadId: $threadId, staffUserId: $staffUserId) { id assignee { id name } } }';
    const assign = (token: string, threadId: string, staffUserId: string | null) =>
      app.call<{ assignThread: { assignee: { id: string } | null } }>('admin', ASSIGN, { threadId, staffUserId }, { token });
    const done = await assign(w.owner.token, ids.neighbour!, w.dispatcher.staff.id);
    expect(done.data?.assignThread.assignee?.id).toBe(w.dispatcher.staff.id);
    expect((await teamThreads(w.dispatcher.token, { view: 'MINE' })).nodes.map((t) => t.id)).toEqual([ids.neighbour]);
    expect((await teamThreads(w.dispatcher.token, { view: 'UNASSIGNED' })).nodes.map((t) => t.id)).toEqual([ids.job, ids.invoice]);
    expect((await teamThreads(w.owner.token, { view: 'MINE' })).nodes).toEqual([]);

    // A technician takes only a thread about their own job; nobody inactive or from elsewhere.
    expect(codeOf(await assign(w.owner.token, ids.invoice!, w.tech.staff.id))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TECHNICIAN_NOT_ON_JOB' });
    expect(codeOf(await assign(w.owner.token, ids.job!, w.otherTech.staff.id))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TECHNICIAN_NOT_ON_JOB' });
    expect((await assign(w.owner.token, ids.job!, w.tech.staff.id)).errors).toBeUndefined();
    const leaver = await makeStaff(app.owner, w.tenantId, 'dispatcher');
    await app.owner.staffUser.updateMany({ where: { id: leaver.id }, data: { status: 'deactivated' } });
    expect(codeOf(await assign(w.owner.token, ids.job!, leaver.id))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STAFF_NOT_ACTIVE' });
    expect(codeOf(await assign(w.owner.token, ids.job!, w.nextOwner.staff.id))?.code).toBe('NOT_FOUND');
    expect(codeOf(await assign(w.nextOwner.token, ids.job!, null))?.code).toBe('NOT_FOUND');
    // Technicians do not assign.
    expect(codeOf(await assign(w.tech.token, ids.job!, null))?.code).toBe('FORBIDDEN');
    expect((await assign(w.dispatcher.token, ids.neighbour!, null)).data?.assignThread.assignee).toBeNull();
  });

  it('a technician sees the threads of their own jobs only, and answers in them', async () => {
    expect((await teamThreads(w.tech.token)).nodes.map((t) => t.id)).toEqual([ids.job]);
    expect(await teamUnread(w.tech.token)).toBe(1);
    expect((await teamThreads(w.otherTech.token)).nodes).toEqual([]);
    expect(codeOf(await app.call('admin', TEAM_THREAD, { id: ids.invoice }, { token: w.tech.token }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await app.call('admin', TEAM_THREAD, { id: ids.job }, { token: w.otherTech.token }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await app.call('admin', REPLY, { threadId: ids.job, message: { body: 'Hi' } }, { token: w.otherTech.token }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await app.call('admin', TEAM_MARK_READ, { threadId: ids.job }, { token: w.otherTech.token }))?.code).toBe('NOT_FOUND');
    at(5);
    const answer = await reply(w.tech.token, ids.job!, 'I will bring the part.');
    expect(answer.author.name).toBe(w.tech.staff.name);
    // The customer's contact details, not their record's addresses, assets or log.
    const CUSTOMER = 'query($id: ID!) { teamThread(id: $id) { customer { name email activity { nodes { id } } } } }';
    const res = await app.call<{ teamThread: { customer: { name: string } } | null }>('admin', CUSTOMER, { id: ids.job }, { token: w.tech.token });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const contact = await app.call<{ teamThread: { customer: { name: string } } }>(
      'admin',
      'query($id: ID!) { teamThread(id: $id) { customer { name email } } }',
      { id: ids.job },
      { token: w.tech.token },
    );
    expect(contact.data?.teamThread.customer.name).toBe(w.me.customer.name);

    // Row-level security alone: a technician's scope reads the messages of their job's thread only.
    const techRows = await withScope(
      app.db,
      { tenantId: w.tenantId, role: 'staff', staffId: w.otherTech.staff.id, staffRole: 'technician' },
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT (SELECT count(*) FROM message_threads)::int + (SELECT count(*) FROM messages)::int AS n`,
    );
    expect(techRows[0]?.n).toBe(0);
  });
});

describe('another customer, another business', () => {
  it('reach none of a customer’s threads, by list, by id or by SQL, and a foreign id answers like a missing one', async () => {
    const w = await world();
    at(0);
    await send(w.me.token, { type: 'GENERAL' }, 'Private question');
    const threadId = await threadOf(w.me.token, { type: 'GENERAL' });
    const message = (await portalThread(w.me.token, threadId)).messages.nodes[0]!;

    const portalOps: [string, Record<string, unknown>][] = [
      [MY_THREAD, { id: threadId }],
      [REPLY_IN, { threadId, message: { body: 'x' } }],
      [MARK_READ, { threadId }],
      ['mutation($id: ID!) { editMessage(id: $id, body: "x") { id } }', { id: message.id }],
      ['mutation($id: ID!) { deleteMessage(id: $id) { id } }', { id: message.id }],
    ];
    for (const [query, variables] of portalOps) {
      const missing = await app.call('portal', query, { ...variables, ...('id' in variables ? { id: randomUUID() } : { threadId: randomUUID() }) }, { token: w.neighbour.token });
      for (const token of [w.neighbour.token, w.stranger.token]) {
        const foreign = await app.call('portal', query, variables, { token });
        expect(codeOf(foreign)?.code).toBe('NOT_FOUND');
        expect(foreign.errors).toEqual(missing.errors);
      }
    }
    const lists = await app.call<{ myThreads: Page }>('portal', MY_THREADS, {}, { token: w.neighbour.token });
    expect(lists.data?.myThreads.nodes).toEqual([]);
    expect(await myUnread(w.neighbour.token)).toBe(0);

    const adminOps: [string, Record<string, unknown>][] = [
      [TEAM_THREAD, { id: threadId }],
      [REPLY, { threadId, message: { body: 'x' } }],
      [TEAM_MARK_READ, { threadId }],
      ['mutation($threadId: ID!) { assignThread(threadId: $threadId, staffUserId: null) { id } }', { threadId }],
      ['mutation($id: ID!) { deleteMessage(id: $id) { id } }', { id: message.id }],
    ];
    for (const [query, variables] of adminOps) expect(codeOf(await app.call('admin', query, variables, { token: w.nextOwner.token }))?.code).toBe('NOT_FOUND');

    const sql = (scope: Parameters<typeof withScope>[1]) =>
      withScope(app.db, scope, (tx) => tx.$queryRaw<{ n: number }[]>`SELECT (SELECT count(*) FROM message_threads)::int + (SELECT count(*) FROM messages)::int AS n`);
    expect((await sql({ tenantId: w.tenantId, role: 'customer', customerId: w.neighbour.customer.id }))[0]?.n).toBe(0);
    expect((await sql({ tenantId: w.next.id, role: 'staff', staffId: w.nextOwner.staff.id, staffRole: 'owner' }))[0]?.n).toBe(0);
    expect((await sql({ tenantId: w.tenantId, role: 'public' }))[0]?.n).toBe(0);
    expect((await sql({ tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id }))[0]?.n).toBe(2);
  });
});

describe('notifications', () => {
  it('a message rings the other side’s bell at once (the assignee’s alone once assigned); nobody is emailed yet', async () => {
    const w = await world();
    at(0);
    await send(w.me.token, { type: 'JOB', id: w.me.job.id }, 'Hello there');
    const threadId = await threadOf(w.me.token, { type: 'JOB', id: w.me.job.id });
    const staffBells = () =>
      app.owner.notification.findMany({ where: { tenantId: w.tenantId, staffUserId: { not: null }, kind: 'messageReceived' }, orderBy: { createdAt: 'asc' } });
    const bells = await staffBells();
    // The roles the business chose for messageReceived: owner, admin and dispatcher by default; not technicians.
    expect(bells.map((b) => b.staffUserId).sort()).toEqual([w.owner.staff.id, w.dispatcher.staff.id].sort());
    expect(bells[0]).toMatchObject({ subjectType: 'message', subjectId: threadId, params: { customer: w.me.customer.name, excerpt: 'Hello there' } });
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.tenantId } })).toBe(0);

    await app.call('admin', 'mutation($t: ID!, $s: ID) { assignThread(threadId: $t, staffUserId: $s) { id } }', { t: threadId, s: w.tech.staff.id }, { token: w.owner.token });
    at(1);
    await send(w.me.token, { type: 'JOB', id: w.me.job.id }, 'Anyone?');
    expect((await staffBells()).slice(2).map((b) => b.staffUserId)).toEqual([w.tech.staff.id]);

    at(2);
    await reply(w.tech.token, threadId, 'On it.');
    const customerBells = await app.owner.notification.findMany({ where: { tenantId: w.tenantId, customerId: w.me.customer.id } });
    expect(customerBells.map((b) => [b.kind, b.subjectType, b.subjectId, b.params])).toEqual([['messageReceived', 'message', threadId, { excerpt: 'On it.' }]]);
    // Nobody is told of their own message.
    expect((await staffBells()).some((b) => b.staffUserId === w.tech.staff.id && b.createdAt.getTime() >= TEST_START.getTime() + 2 * MINUTE)).toBe(false);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.tenantId } })).toBe(0);

    // An assignee who can no longer open the thread (the job went to another technician) is passed over: the office hears of it.
    await app.owner.job.updateMany({ where: { id: w.me.job.id }, data: { technicianId: w.otherTech.staff.id } });
    at(3);
    await send(w.me.token, { type: 'JOB', id: w.me.job.id }, 'Hello again');
    expect(
      (await staffBells())
        .slice(3)
        .map((b) => b.staffUserId)
        .sort(),
    ).toEqual([w.owner.staff.id, w.dispatcher.staff.id].sort());
  });
});

/** The away-email jobs queued for a tenant. */
function awayJobs(tenantId: string) {
  return app.owner.$queryRawUnsafe<{ key: string | null; run_at: Date; payload: unknown }[]>(
    `SELECT j.key, j.run_at, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = 'message-away-email' AND j.flags ? $1 ORDER BY j.id`,
    `tenant:${tenantId}`,
  );
}

const emailsOf = (tenantId: string) => app.owner.outboxEmail.findMany({ where: { tenantId }, orderBy: [{ createdAt: 'asc' }, { toAddress: 'asc' }] });

describe('email when away', () => {
  it('a burst of customer messages queues one job at the first one’s time plus the delay, and sends the team one email listing them all', async () => {
    const w = await world();
    const job = { type: 'JOB', id: w.me.job.id };
    at(0);
    await send(w.me.token, job, 'The furnace stopped.');
    const threadId = await threadOf(w.me.token, job);
    at(1);
    await send(w.me.token, job, 'It makes a clicking noise.');
    at(2);
    const photo = await upload('portal', w.me.token, 'noise.png', PNG);
    await send(w.me.token, job, 'Photo attached.', [photo.uploadId]);

    const jobs = await awayJobs(w.tenantId);
    expect(jobs).toEqual([
      { key: `message-away-email:${threadId}:staff`, run_at: new Date(TEST_START.getTime() + 5 * MINUTE), payload: { tenantId: w.tenantId, threadId, side: 'staff' } },
    ]);
    // Nothing is emailed before the job runs.
    expect(await emailsOf(w.tenantId)).toEqual([]);

    // The real queue runs it (due: the test clock is behind the database's), then delivers the emails.
    at(6);
    await app.drainJobs([w.tenantId]);
    const emails = await emailsOf(w.tenantId);
    expect(emails.map((e) => e.toAddress).sort()).toEqual([w.owner.staff.email, w.dispatcher.staff.email].sort());
    const [email] = emails;
    expect(email?.subject).toBe(`3 new messages from ${w.me.customer.name} about Furnace tune-up`);
    expect(email?.text).toContain('The furnace stopped.');
    expect(email?.text).toContain('It makes a clicking noise.');
    expect(email?.text).toContain('Attached: noise.png');
    expect(email?.text).toContain(`${TEST_ADMIN_ORIGIN}/messages/${threadId}`);
    // Times in the business's zone (Chicago): 09:00, 09:01, 09:02.
    expect(email?.text).toContain('9:02');
    expect(email?.replyTo).toBeNull();
    expect(emails.every((e) => e.sentAt !== null)).toBe(true);
    expect(await awayJobs(w.tenantId)).toEqual([]);

    // Messages already told of are not told again; a new one read in the app in time sends nothing.
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'staff' })).toBe(0);
    at(10);
    await send(w.me.token, job, 'Are you there?');
    expect((await awayJobs(w.tenantId)).map((j) => j.run_at)).toEqual([new Date(TEST_START.getTime() + 15 * MINUTE)]);
    at(12);
    await app.call('admin', TEAM_MARK_READ, { threadId }, { token: w.dispatcher.token });
    at(15);
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'staff' })).toBe(0);

    // Assigned: the assignee alone, by their own preference.
    await app.owner.messageThread.updateMany({ where: { id: threadId }, data: { assigneeId: w.dispatcher.staff.id } });
    at(20);
    await send(w.me.token, job, 'Hello?');
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'staff' })).toBe(1);
    expect((await emailsOf(w.tenantId)).slice(2).map((e) => [e.toAddress, e.subject])).toEqual([
      [w.dispatcher.staff.email, `New message from ${w.me.customer.name} about Furnace tune-up`],
    ]);
    await app.owner.staffUser.updateMany({ where: { id: w.dispatcher.staff.id }, data: { notificationPreferences: { messageReceived: 'inApp' } } });
    at(30);
    await send(w.me.token, job, 'Still waiting.');
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'staff' })).toBe(0);
  });

  it('the customer gets one email in their language for the business’s unread replies, unless they read them or want none by email; internal notes never queue one', async () => {
    const w = await world();
    await app.owner.customer.updateMany({ where: { id: w.me.customer.id }, data: { locale: 'fr' } });
    at(0);
    await send(w.me.token, { type: 'GENERAL' }, 'Bonjour');
    const threadId = await threadOf(w.me.token, { type: 'GENERAL' });
    at(1);
    await reply(w.owner.token, threadId, 'Bonjour, que pouvons-nous faire ?');
    await reply(w.owner.token, threadId, 'Nous passons demain.');
    const jobs = await awayJobs(w.tenantId);
    expect(jobs.map((j) => [j.key, j.run_at])).toEqual([
      [`message-away-email:${threadId}:staff`, new Date(TEST_START.getTime() + 5 * MINUTE)],
      [`message-away-email:${threadId}:customer`, new Date(TEST_START.getTime() + 6 * MINUTE)],
    ]);
    at(6);
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'customer' })).toBe(1);
    const [email] = (await emailsOf(w.tenantId)).filter((e) => e.toAddress === w.me.customer.email);
    expect(email?.subject).toBe(`2 nouveaux messages de ${w.tenant.name}`);
    expect(email?.text).toContain(`Bonjour ${w.me.customer.name},`);
    expect(email?.text).toContain(`— ${w.tenant.name} (Staff),`);
    expect(email?.text).toContain('Nous passons demain.');
    expect(email?.text).toContain(`${TEST_ORIGIN}/${w.tenant.slug}/portal/messages/${threadId}`);
    expect(email?.customerId).toBe(w.me.customer.id);

    // Read in the portal before the job runs: nothing.
    const customerEmails = async () => (await emailsOf(w.tenantId)).filter((e) => e.toAddress === w.me.customer.email).length;
    at(10);
    await reply(w.owner.token, threadId, 'Confirmé.');
    at(11);
    await app.call('portal', MARK_READ, { threadId }, { token: w.me.token });
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'customer' })).toBe(0);

    // In the portal only: a bell, no email.
    await app.owner.portalAccount.updateMany({ where: { customerId: w.me.customer.id }, data: { notificationPreferences: { messageReceived: 'inApp' } } });
    at(20);
    await reply(w.owner.token, threadId, 'Une dernière chose.');
    expect(await sendAwayEmail(app.deps, { tenantId: w.tenantId, threadId, side: 'customer' })).toBe(0);
    expect(await customerEmails()).toBe(1);
    expect(await app.owner.notification.count({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, kind: 'messageReceived' } })).toBe(4);

    // An internal note queues nothing for the customer.
    await app.owner.$executeRawUnsafe(`SELECT graphile_worker.remove_job($1)`, `message-away-email:${threadId}:customer`);
    at(30);
    await reply(w.owner.token, threadId, 'Note: difficult customer', true);
    expect((await awayJobs(w.tenantId)).map((j) => j.key)).not.toContain(`message-away-email:${threadId}:customer`);
  });

  it('the business chooses the delay, 0 to 1440 minutes', async () => {
    const w = await world();
    const UPDATE = 'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { messageEmailDelayMinutes } }';
    expect(
      (await app.call<{ tenantSettings: { messageEmailDelayMinutes: number } }>('admin', '{ tenantSettings { messageEmailDelayMinutes } }', {}, { token: w.owner.token })).data
        ?.tenantSettings.messageEmailDelayMinutes,
    ).toBe(5);
    expect(codeOf(await app.call('admin', UPDATE, { input: { messageEmailDelayMinutes: 1441 } }, { token: w.owner.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'messageEmailDelayMinutes',
      reason: 'OUT_OF_RANGE',
    });
    expect(codeOf(await app.call('admin', UPDATE, { input: { messageEmailDelayMinutes: 10 } }, { token: w.dispatcher.token }))?.code).toBe('FORBIDDEN');
    const set = await app.call<{ updateTenantSettings: { messageEmailDelayMinutes: number } }>(
      'admin',
      UPDATE,
      { input: { messageEmailDelayMinutes: 0 } },
      { token: w.owner.token },
    );
    expect(set.data?.updateTenantSettings.messageEmailDelayMinutes).toBe(0);
    at(40);
    await send(w.me.token, { type: 'GENERAL' }, 'Now');
    expect((await awayJobs(w.tenantId)).map((j) => j.run_at)).toEqual([new Date(TEST_START.getTime() + 40 * MINUTE)]);
  });
});

describe('live', () => {
  const subscriptions: LiveSubscription[] = [];
  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.dispose()));
  });

  it('a customer hears of replies and read marks in their own threads; not of internal notes, assignments or anyone else’s threads', async () => {
    const w = await world();
    at(0);
    await send(w.me.token, { type: 'GENERAL' }, 'Hi');
    const mine = await threadOf(w.me.token, { type: 'GENERAL' });
    await send(w.neighbour.token, { type: 'GENERAL' }, 'Hi too');
    const theirs = await threadOf(w.neighbour.token, { type: 'GENERAL' });
    // The other technician's job (the neighbour's): their last write is visible to them.
    await app.owner.job.updateMany({ where: { id: w.neighbour.job.id }, data: { technicianId: w.otherTech.staff.id } });
    const subscribe = async (...args: Parameters<typeof subscribeLive>) => {
      const sub = await subscribeLive(...args);
      subscriptions.push(sub);
      return sub;
    };
    const subMe = await subscribe(app, 'portal', { token: w.me.token });
    const subOwner = await subscribe(app, 'admin', { token: w.owner.token });
    const subOtherTech = await subscribe(app, 'admin', { token: w.otherTech.token });

    at(1);
    await reply(w.owner.token, mine, 'Hello!');
    await reply(w.owner.token, mine, 'Internal: VIP', true);
    await app.call('admin', 'mutation($t: ID!, $s: ID) { assignThread(threadId: $t, staffUserId: $s) { id } }', { t: mine, s: w.dispatcher.staff.id }, { token: w.owner.token });
    await reply(w.owner.token, theirs, 'Hello neighbour');
    at(2);
    await app.call('portal', REPLY_IN, { threadId: mine, message: { body: 'Thanks' } }, { token: w.me.token });
    at(3);
    await app.call('admin', TEAM_MARK_READ, { threadId: mine }, { token: w.owner.token });
    // The last writes: once they have arrived, everything before them has been dealt with.
    await app.owner.job.updateMany({ where: { id: w.me.job.id }, data: { title: 'Furnace tune-up (2)' } });
    await app.owner.job.updateMany({ where: { id: w.neighbour.job.id }, data: { title: 'Boiler check' } });
    const about = (id: string) => (e: ReceivedEvent) => e.subjectId === id;
    await subMe.until(about(w.me.job.id));
    await subOwner.until(about(w.neighbour.job.id));
    await subOtherTech.until(about(w.neighbour.job.id));

    const threadEvents = (sub: LiveSubscription) => sub.events.filter((e) => e.subject === 'THREAD').map((e) => [e.subjectId, e.change]);
    // The reply, their own message, and the business reading it ("Seen by").
    expect(threadEvents(subMe)).toEqual([
      [mine, 'CHANGED'],
      [mine, 'CHANGED'],
      [mine, 'CHANGED'],
    ]);
    expect(subMe.events.some((e) => e.subjectId === theirs)).toBe(false);
    // Staff hear of everything in the threads they may see, notes and assignments included.
    expect(threadEvents(subOwner)).toEqual([
      [mine, 'CHANGED'],
      [mine, 'CHANGED'],
      [mine, 'CHANGED'],
      [theirs, 'CHANGED'],
      [mine, 'CHANGED'],
      [mine, 'CHANGED'],
    ]);
    // A technician hears nothing of threads not about their own jobs.
    expect(threadEvents(subOtherTech)).toEqual([]);
    expect([...subMe.errors, ...subOwner.errors, ...subOtherTech.errors]).toEqual([]);

    // The stored events: the internal note's names no customer, so no customer's replay carries it.
    const stored = await app.owner.liveEvent.findMany({ where: { tenantId: w.tenantId, subjectType: 'thread', subjectId: mine }, orderBy: { id: 'asc' } });
    expect(stored.filter((e) => e.customerId === null)).toHaveLength(2);
    const replayed = await withScope(
      app.db,
      { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id },
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM live_events WHERE subject_type = 'thread' AND subject_id = ${mine}::uuid`,
    );
    expect(replayed[0]?.n).toBe(stored.length - 2);
  });
});

describe('canned replies', () => {
  const LIST = '{ cannedReplies { id title bodies { locale text } } }';
  const SAVE = 'mutation($input: CannedReplyInput!) { saveCannedReply(input: $input) { id title bodies { locale text } } }';
  const DELETE = 'mutation($id: ID!) { deleteCannedReply(id: $id) { id title } }';

  it('the office keeps them in each portal language; every member of staff reads them; nobody else', async () => {
    const w = await world();
    type Reply = { id: string; title: string; bodies: { locale: string; text: string }[] };
    const save = (token: string, input: Record<string, unknown>) => app.call<{ saveCannedReply: Reply }>('admin', SAVE, { input }, { token });
    const created = await save(w.owner.token, {
      title: ' Thanks ',
      bodies: [
        { locale: 'fr', text: 'Merci !' },
        { locale: 'en', text: 'Thank you!' },
      ],
    });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.saveCannedReply;
    expect(created.data?.saveCannedReply).toEqual({
      id,
      title: 'Thanks',
      bodies: [
        { locale: 'en', text: 'Thank you!' },
        { locale: 'fr', text: 'Merci !' },
      ],
    });

    const updated = await save(w.dispatcher.token, { id, title: 'Thank you', bodies: [{ locale: 'es', text: '¡Gracias!' }] });
    expect(updated.data?.saveCannedReply.bodies).toEqual([{ locale: 'es', text: '¡Gracias!' }]);
    const listed = await app.call<{ cannedReplies: Reply[] }>('admin', LIST, {}, { token: w.tech.token });
    expect(listed.data?.cannedReplies.map((r) => r.title)).toEqual(['Thank you']);

    expect(codeOf(await save(w.tech.token, { title: 'Mine', bodies: [{ locale: 'en', text: 'x' }] }))?.code).toBe('FORBIDDEN');
    expect(codeOf(await save(w.owner.token, { title: '', bodies: [{ locale: 'en', text: 'x' }] }))).toMatchObject({ field: 'title', reason: 'REQUIRED' });
    expect(codeOf(await save(w.owner.token, { title: 'x', bodies: [] }))).toMatchObject({ field: 'bodies', reason: 'REQUIRED' });
    expect(codeOf(await save(w.owner.token, { title: 'x', bodies: [{ locale: 'de', text: 'Danke' }] }))).toMatchObject({
      field: 'bodies.0.locale',
      reason: 'UNSUPPORTED_LANGUAGE',
    });
    expect(
      codeOf(
        await save(w.owner.token, {
          title: 'x',
          bodies: [
            { locale: 'en', text: 'a' },
            { locale: 'en', text: 'b' },
          ],
        }),
      ),
    ).toMatchObject({ field: 'bodies.1.locale', reason: 'DUPLICATE_LANGUAGE' });
    expect(codeOf(await save(w.owner.token, { title: 'x', bodies: [{ locale: 'en', text: ' ' }] }))).toMatchObject({ field: 'bodies.0.text', reason: 'REQUIRED' });

    // Another business: none of them, and not by id.
    expect((await app.call<{ cannedReplies: Reply[] }>('admin', LIST, {}, { token: w.nextOwner.token })).data?.cannedReplies).toEqual([]);
    expect(codeOf(await save(w.nextOwner.token, { id, title: 'Stolen', bodies: [{ locale: 'en', text: 'x' }] }))?.code).toBe('NOT_FOUND');
    expect(codeOf(await app.call('admin', DELETE, { id }, { token: w.nextOwner.token }))?.code).toBe('NOT_FOUND');
    // Customers: neither the API nor the table.
    expect(codeOf(await app.call('portal', LIST, {}, { token: w.me.token }))?.code).toBe('BAD_USER_INPUT');
    const rows = await withScope(
      app.db,
      { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id },
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM canned_replies`,
    );
    expect(rows[0]?.n).toBe(0);

    expect(codeOf(await app.call('admin', DELETE, { id }, { token: w.tech.token }))?.code).toBe('FORBIDDEN');
    const deleted = await app.call<{ deleteCannedReply: { id: string; title: string } }>('admin', DELETE, { id }, { token: w.owner.token });
    expect(deleted.data?.deleteCannedReply).toEqual({ id, title: 'Thank you' });
    expect((await app.call<{ cannedReplies: Reply[] }>('admin', LIST, {}, { token: w.owner.token })).data?.cannedReplies).toEqual([]);
  });
});

describe('replies by email (appendEmailReply)', () => {
  it('stores the reply in its thread as an EMAIL message, with the files that pass the upload checks, and tells the other side', async () => {
    const w = await world();
    at(0);
    await send(w.me.token, { type: 'GENERAL' }, 'Question');
    const threadId = await threadOf(w.me.token, { type: 'GENERAL' });
    at(1);
    await reply(w.owner.token, threadId, 'Answer');
    const system = <T>(work: Parameters<typeof inTenantScope<T>>[2]) => inTenantScope(app.deps, { tenantId: w.tenantId, role: 'system' }, work);

    at(2);
    const row = await system((ctx) =>
      appendEmailReply(ctx, {
        threadId,
        author: { kind: 'customer', customerId: w.me.customer.id },
        body: '\r\nThanks,\u0007 see the photo.\r\n',
        attachments: [
          { fileName: '../../etc/photo.png', contentType: 'image/png', bytes: PNG },
          { fileName: 'invoice.pdf.exe', contentType: 'application/pdf', bytes: DISGUISED_EXE },
          { fileName: 'huge.png', contentType: 'image/png', bytes: Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]) },
        ],
      }),
    );
    expect(row).toMatchObject({ threadId, channel: 'email', authorKind: 'customer', body: 'Thanks, see the photo.', internal: false });
    const shown = (await portalThread(w.me.token, threadId)).messages.nodes.at(-1);
    expect(shown).toMatchObject({ id: row.id, channel: 'EMAIL', mine: true, author: { kind: 'CUSTOMER' } });
    expect(shown?.attachments.map((a) => [a.fileName, a.contentType])).toEqual([['photo.png', 'image/png']]);
    expect(Buffer.from(await (await fetch(`${app.url}${shown!.attachments[0]!.url}`)).arrayBuffer())).toEqual(PNG);
    // The team is told as for a message written in the portal.
    expect(await teamUnread(w.owner.token)).toBe(1);
    expect(await app.owner.notification.count({ where: { tenantId: w.tenantId, staffUserId: w.owner.staff.id, kind: 'messageReceived' } })).toBe(2);

    at(3);
    const staffReply = await system((ctx) => appendEmailReply(ctx, { threadId, author: { kind: 'staff', staffUserId: w.dispatcher.staff.id }, body: 'Got it.', attachments: [] }));
    expect(staffReply).toMatchObject({ authorKind: 'staff', authorStaffId: w.dispatcher.staff.id, channel: 'email' });
    // Their own email reply read the thread up to it: only the new answer is unread.
    expect(await myUnread(w.me.token)).toBe(1);

    // Who may not write there: another customer, someone inactive, a technician off the job; and an empty reply.
    await expect(
      system((ctx) => appendEmailReply(ctx, { threadId, author: { kind: 'customer', customerId: w.neighbour.customer.id }, body: 'x', attachments: [] })),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await app.owner.staffUser.updateMany({ where: { id: w.otherTech.staff.id }, data: { status: 'deactivated' } });
    await expect(
      system((ctx) => appendEmailReply(ctx, { threadId, author: { kind: 'staff', staffUserId: w.otherTech.staff.id }, body: 'x', attachments: [] })),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'STAFF_NOT_ACTIVE' },
    });
    await expect(system((ctx) => appendEmailReply(ctx, { threadId, author: { kind: 'staff', staffUserId: w.tech.staff.id }, body: 'x', attachments: [] }))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'TECHNICIAN_NOT_ON_JOB' },
    });
    await expect(
      system((ctx) =>
        appendEmailReply(ctx, {
          threadId,
          author: { kind: 'customer', customerId: w.me.customer.id },
          body: ' \n ',
          attachments: [{ fileName: 'a.exe', contentType: 'image/png', bytes: DISGUISED_EXE }],
        }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'REQUIRED' } });
    // Another business's scope cannot find the thread.
    await expect(
      inTenantScope(app.deps, { tenantId: w.next.id, role: 'system' }, (ctx) =>
        appendEmailReply(ctx, { threadId, author: { kind: 'customer', customerId: w.me.customer.id }, body: 'x', attachments: [] }),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});

describe('removal', () => {
  it('a business removed takes its conversations, messages and canned replies with it', async () => {
    const w = await world();
    at(0);
    await send(w.me.token, { type: 'JOB', id: w.me.job.id }, 'Hello');
    const threadId = await threadOf(w.me.token, { type: 'JOB', id: w.me.job.id });
    await reply(w.owner.token, threadId, 'Hi', false);
    await app.owner.messageThread.updateMany({ where: { id: threadId }, data: { assigneeId: w.dispatcher.staff.id } });
    await app.owner.cannedReply.create({ data: { tenantId: w.tenantId, title: 'Hi', bodies: { en: 'Hello!' } } });
    await app.owner.tenant.delete({ where: { id: w.tenantId } });
    expect(await app.owner.message.count({ where: { tenantId: w.tenantId } })).toBe(0);
    expect(await app.owner.messageThread.count({ where: { tenantId: w.tenantId } })).toBe(0);
    expect(await app.owner.cannedReply.count({ where: { tenantId: w.tenantId } })).toBe(0);
  });
});
