// The messaging hub through the real endpoints on the real database: threads anchored to a job,
// a request, an invoice or nothing; replies, internal notes, read marks and unread counts on both
// sides; the edit window; attachments; assignment and canned replies; and who may see what
// (another customer, another business, a technician off the job), by GraphQL and by raw SQL.
// The test clock starts on Friday 20 Nov 2026, 15:00Z (09:00 in Chicago).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';

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
