// The response promised per priority (issue 21): the office sets it, customers read it, a request
// takes its respondBy from it; the preferred window's checks; the office's first response (a
// status change or a reply in the request's thread) and the inbox's overdue highlight and filter.
// Who may read and set the promises, and that nobody reaches another business's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_START, startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeDispatchWorld } from '../test/factory.js';

let app: TestApp;
type World = Awaited<ReturnType<typeof makeDispatchWorld>>;
let w: World;
let other: World;

beforeAll(async () => {
  app = await startTestApp();
  w = await makeDispatchWorld(app);
  other = await makeDispatchWorld(app);
});
afterAll(() => app.close());

const PROMISES = '{ requestResponsePromises { urgency responseMinutes note extraChargeMinor } }';
const SET = `mutation($p: [RequestResponsePromiseInput!]!) { setRequestResponsePromises(promises: $p) { urgency responseMinutes note extraChargeMinor } }`;
const SUBMIT = `mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id urgency preferredAt preferredUntil respondBy } }`;
const INBOX = `query($overdue: Boolean) { serviceRequestsInbox(overdue: $overdue) { nodes { id respondBy firstResponseAt overdue respondedLate } } }`;

const FIVE = [
  { urgency: 'low', responseMinutes: 4320 },
  { urgency: 'normal', responseMinutes: 1440 },
  { urgency: 'high', responseMinutes: 480 },
  { urgency: 'urgent', responseMinutes: 240, note: 'Same day' },
  { urgency: 'emergency', responseMinutes: 120, note: 'Extra charge applies', extraChargeMinor: 15000 },
];

const minutesLater = (minutes: number) => new Date(TEST_START.getTime() + minutes * 60_000);

async function setFive(world: World) {
  const res = await app.call<{ setRequestResponsePromises: unknown[] }>('admin', SET, { p: FIVE }, { token: world.tokens.admin });
  expect(res.errors).toBeUndefined();
  return res.data!.setRequestResponsePromises;
}

async function submit(token: string, input: Record<string, unknown>) {
  return app.call<{ submitServiceRequest: { id: string; respondBy: string | null; preferredUntil: string | null } }>(
    'portal',
    SUBMIT,
    { input: { description: 'The copier jams on every page', attachmentIds: [], ...input } },
    { token },
  );
}

describe('the promises', () => {
  it('owners and admins set all five; the office and the customer read them, lowest priority first', async () => {
    const world = await makeDispatchWorld(app);
    const set = await setFive(world);
    expect(set).toEqual([
      { urgency: 'low', responseMinutes: 4320, note: null, extraChargeMinor: null },
      { urgency: 'normal', responseMinutes: 1440, note: null, extraChargeMinor: null },
      { urgency: 'high', responseMinutes: 480, note: null, extraChargeMinor: null },
      { urgency: 'urgent', responseMinutes: 240, note: 'Same day', extraChargeMinor: null },
      { urgency: 'emergency', responseMinutes: 120, note: 'Extra charge applies', extraChargeMinor: 15000 },
    ]);
    const byOwner = await app.call('admin', SET, { p: FIVE.slice(3) }, { token: world.tokens.owner });
    expect(byOwner.errors).toBeUndefined();
    const dispatcher = await app.call<{ requestResponsePromises: { urgency: string }[] }>('admin', PROMISES, {}, { token: world.tokens.dispatcher });
    expect(dispatcher.data!.requestResponsePromises.map((p) => p.urgency)).toEqual(['urgent', 'emergency']);
    const portal = await app.call<{ requestResponsePromises: { urgency: string; note: string | null }[] }>('portal', PROMISES, {}, { token: world.me.token });
    expect(portal.data!.requestResponsePromises).toEqual([
      { urgency: 'urgent', responseMinutes: 240, note: 'Same day', extraChargeMinor: null },
      { urgency: 'emergency', responseMinutes: 120, note: 'Extra charge applies', extraChargeMinor: 15000 },
    ]);
  });

  it('refuses a dispatcher or a technician setting them, and a technician reading them', async () => {
    for (const token of [w.tokens.dispatcher, w.tokens.tech1]) {
      const res = await app.call('admin', SET, { p: FIVE }, { token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.call('admin', PROMISES, {}, { token: w.tokens.tech1 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.call('portal', PROMISES, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.call('admin', PROMISES, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('checks each promise, naming the field and the reason', async () => {
    const cases: [Record<string, unknown>[], string, string][] = [
      [[{ urgency: 'low', responseMinutes: 14 }], 'promises.0.responseMinutes', 'RESPONSE_TIME_OUT_OF_RANGE'],
      [[{ urgency: 'low', responseMinutes: 43_201 }], 'promises.0.responseMinutes', 'RESPONSE_TIME_OUT_OF_RANGE'],
      [[{ urgency: 'low', responseMinutes: 60, note: 'x'.repeat(201) }], 'promises.0.note', 'TOO_LONG'],
      [[{ urgency: 'low', responseMinutes: 60, extraChargeMinor: -1 }], 'promises.0.extraChargeMinor', 'OUT_OF_RANGE'],
      [
        [
          { urgency: 'low', responseMinutes: 60 },
          { urgency: 'low', responseMinutes: 90 },
        ],
        'promises.1.urgency',
        'DUPLICATE_PRIORITY',
      ],
    ];
    for (const [p, field, reason] of cases) {
      const res = await app.call('admin', SET, { p }, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
  });

  it('keeps each business to its own promises', async () => {
    const a = await makeDispatchWorld(app);
    const b = await makeDispatchWorld(app);
    await setFive(a);
    const theirs = await app.call<{ requestResponsePromises: unknown[] }>('admin', PROMISES, {}, { token: b.tokens.owner });
    expect(theirs.data!.requestResponsePromises).toEqual([]);
    const theirCustomer = await app.call<{ requestResponsePromises: unknown[] }>('portal', PROMISES, {}, { token: b.me.token });
    expect(theirCustomer.data!.requestResponsePromises).toEqual([]);
    // B replacing its promises leaves A's alone.
    await app.call('admin', SET, { p: [{ urgency: 'low', responseMinutes: 30 }] }, { token: b.tokens.owner });
    expect(await app.owner.requestResponsePromise.count({ where: { tenantId: a.tenantId } })).toBe(5);
  });

  it('is behind the requests switch in the portal', async () => {
    const world = await makeDispatchWorld(app);
    await app.owner.tenant.update({ where: { id: world.tenantId }, data: { featureRequests: false } });
    const res = await app.call('portal', PROMISES, {}, { token: world.me.token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FEATURE_OFF' });
  });
});

describe('a new request', () => {
  it('takes its respondBy from its priority’s promise at submission, and none without one', async () => {
    const world = await makeDispatchWorld(app);
    await app.call('admin', SET, { p: FIVE.slice(4) }, { token: world.tokens.owner });
    const emergency = await submit(world.me.token, { urgency: 'emergency' });
    expect(emergency.errors).toBeUndefined();
    expect(emergency.data!.submitServiceRequest.respondBy).toBe(minutesLater(120).toISOString());
    const low = await submit(world.me.token, { urgency: 'low' });
    expect(low.data!.submitServiceRequest.respondBy).toBeNull();
    // A later change of the promise leaves requests already in as they were.
    await app.call('admin', SET, { p: [{ urgency: 'emergency', responseMinutes: 30 }] }, { token: world.tokens.owner });
    const stored = await app.owner.serviceRequest.findFirst({ where: { id: emergency.data!.submitServiceRequest.id } });
    expect(stored?.respondBy).toEqual(minutesLater(120));
  });

  it('keeps a preferred window that ends after it starts', async () => {
    const res = await submit(w.me.token, { preferredAt: minutesLater(24 * 60).toISOString(), preferredUntil: minutesLater(24 * 60 + 180).toISOString() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitServiceRequest.preferredUntil).toBe(minutesLater(24 * 60 + 180).toISOString());
  });

  it('refuses a window that ends before it starts, starts in the past or too far ahead, or has no start', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ preferredAt: minutesLater(600).toISOString(), preferredUntil: minutesLater(540).toISOString() }, 'preferredUntil', 'PREFERRED_WINDOW_END_BEFORE_START'],
      [{ preferredAt: minutesLater(-1).toISOString(), preferredUntil: minutesLater(60).toISOString() }, 'preferredAt', 'PREFERRED_TIME_PAST'],
      [{ preferredAt: minutesLater(181 * 24 * 60).toISOString() }, 'preferredAt', 'PREFERRED_TIME_TOO_FAR'],
      [{ preferredUntil: minutesLater(600).toISOString() }, 'preferredAt', 'PREFERRED_WINDOW_NEEDS_START'],
      [{ preferredAt: minutesLater(600).toISOString(), preferredUntil: minutesLater(600 + 25 * 60).toISOString() }, 'preferredUntil', 'PREFERRED_WINDOW_TOO_LONG'],
    ];
    for (const [input, field, reason] of cases) {
      const res = await submit(w.me.token, input);
      expect(res.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
  });
});

describe('the response clock in the inbox', () => {
  type Row = { id: string; respondBy: string | null; firstResponseAt: string | null; overdue: boolean; respondedLate: boolean };
  const inbox = async (world: World, overdue?: boolean) => {
    const res = await app.call<{ serviceRequestsInbox: { nodes: Row[] } }>('admin', INBOX, { overdue }, { token: world.tokens.dispatcher });
    expect(res.errors).toBeUndefined();
    return res.data!.serviceRequestsInbox.nodes;
  };
  const request = (world: World, respondBy: Date | null, customerId = world.me.customer.id) =>
    app.owner.serviceRequest.create({ data: { tenantId: world.tenantId, customerId, description: 'Paper jam', urgency: 'urgent', respondBy } });

  it('highlights and filters requests past respondBy without a response', async () => {
    const world = await makeDispatchWorld(app);
    const late = await request(world, minutesLater(-1));
    const due = await request(world, minutesLater(60));
    const none = await request(world, null);
    const all = await inbox(world);
    expect(Object.fromEntries(all.map((r) => [r.id, r.overdue]))).toEqual({ [late.id]: true, [due.id]: false, [none.id]: false });
    expect((await inbox(world, true)).map((r) => r.id)).toEqual([late.id]);
    expect((await inbox(world, false)).map((r) => r.id).sort()).toEqual([late.id, due.id, none.id].sort());
  });

  it('stops at the first status change; a later change keeps the first time', async () => {
    const world = await makeDispatchWorld(app);
    const late = await request(world, minutesLater(-30));
    const res = await app.call('admin', 'mutation($id: ID!) { markRequestReviewed(id: $id) { id } }', { id: late.id }, { token: world.tokens.dispatcher });
    expect(res.errors).toBeUndefined();
    app.clock.now = minutesLater(90);
    try {
      await app.call(
        'admin',
        'mutation($id: ID!, $r: String!) { declineRequest(id: $id, reason: $r) { id } }',
        { id: late.id, r: 'Out of area' },
        { token: world.tokens.dispatcher },
      );
    } finally {
      app.clock.now = new Date(TEST_START);
    }
    const [row] = await inbox(world);
    expect(row).toMatchObject({ id: late.id, firstResponseAt: TEST_START.toISOString(), overdue: false, respondedLate: true });
    expect(await inbox(world, true)).toEqual([]);
  });

  it('stops at a reply the customer sees in the request’s thread, not at an internal note or the customer’s own message', async () => {
    const world = await makeDispatchWorld(app);
    const req = await request(world, minutesLater(-5));
    const anchor = { type: 'REQUEST', id: req.id };
    const customerWrites = await app.call(
      'portal',
      'mutation($a: ThreadAnchorInput!, $m: NewMessageInput!) { sendMessage(anchor: $a, message: $m) { id } }',
      { a: anchor, m: { body: 'Any news?' } },
      { token: world.me.token },
    );
    expect(customerWrites.errors).toBeUndefined();
    const thread = await app.owner.messageThread.findFirst({ where: { tenantId: world.tenantId, requestId: req.id } });
    const threadId = thread?.id ?? '';
    const note = await app.call(
      'admin',
      'mutation($t: ID!, $m: NewMessageInput!) { replyToThread(threadId: $t, message: $m, internal: true) { id } }',
      { t: threadId, m: { body: 'Check the contract first' } },
      { token: world.tokens.dispatcher },
    );
    expect(note.errors).toBeUndefined();
    expect((await inbox(world, true)).map((r) => r.id)).toEqual([req.id]);
    const reply = await app.call(
      'admin',
      'mutation($t: ID!, $m: NewMessageInput!) { replyToThread(threadId: $t, message: $m) { id } }',
      { t: threadId, m: { body: 'A technician is on the way.' } },
      { token: world.tokens.dispatcher },
    );
    expect(reply.errors).toBeUndefined();
    expect(await inbox(world, true)).toEqual([]);
    expect((await inbox(world))[0]).toMatchObject({ firstResponseAt: TEST_START.toISOString(), overdue: false });
  });

  it('shows a business only its own overdue requests, and not to technicians', async () => {
    const a = await makeDispatchWorld(app);
    await request(a, minutesLater(-10));
    expect(await inbox(other, true)).toEqual([]);
    const tech = await app.call('admin', INBOX, { overdue: true }, { token: a.tokens.tech1 });
    expect(tech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The customer's portal never sees the office's first-response time.
    const neighbour = await makeBookingCustomer(app, a.tenantId);
    const theirs = await app.call<{ serviceRequests: { nodes: unknown[] } }>('portal', '{ serviceRequests { nodes { id } } }', {}, { token: neighbour.token });
    expect(theirs.data!.serviceRequests.nodes).toEqual([]);
  });
});
