// The notification centre through the real endpoints: what the producers write (in the same
// transaction as what causes it), what each person's preference lets through (the bell, email,
// both, neither), reading and marking read page by page, and that nobody else — another customer,
// a colleague, a technician, another business — can read or mark a person's notifications.
// The test clock starts on Friday 20 Nov 2026, 09:00 in Chicago; Monday 23 Nov 09:00 CST is 15:00Z.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeBookingCustomer, makeBookingTenant, makeCustomer, makeCustomerRecords, makeTenant, signedInStaff, staffToken } from '../test/factory.js';
import { withScope } from '../test/rls-scope.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MON_0900 = '2026-11-23T15:00:00.000Z';
const FIELDS = 'id kind subjectType subjectId createdAt readAt params { title start change number amountMinor currency customer urgency excerpt rating status }';
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) { myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const COUNT = '{ myUnreadNotificationCount }';
const MARK = `mutation($id: ID!) { markNotificationRead(id: $id) { ${FIELDS} } }`;
const MARK_ALL = 'mutation { markAllNotificationsRead { marked readAt unreadCount } }';
const PREFS = '{ myNotificationPreferences { kind channel roleReceives } }';
const SET_PREFS = 'mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { kind channel roleReceives } }';
const BOOK = 'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status } }';
const CONFIRM = 'mutation($id: ID!) { confirmAppointment(id: $id) { id status } }';
const SUBMIT = 'mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id urgency } }';
const CREATE_INVOICE = 'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id number totalMinor } }';
const ISSUE = 'mutation($id: ID!) { issueInvoice(id: $id) { id number totalMinor } }';
const START = 'mutation($input: StartInvoicePaymentInput!) { startInvoicePayment(input: $input) { clientSecret } }';
const PAY = 'mutation($input: ConfirmSandboxPaymentInput!) { confirmSandboxPayment(input: $input) { id status } }';

type Endpoint = 'portal' | 'admin';
interface View {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  readAt: string | null;
  params: Record<string, unknown>;
}
interface Page {
  nodes: View[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function list(endpoint: Endpoint, token: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const res = await app.call<{ myNotifications: Page }>(endpoint, LIST, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.myNotifications;
}

async function unread(endpoint: Endpoint, token: string): Promise<number> {
  const res = await app.call<{ myUnreadNotificationCount: number }>(endpoint, COUNT, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.myUnreadNotificationCount;
}

const setPrefs = (endpoint: Endpoint, token: string, preferences: { kind: string; channel: string }[]) =>
  app.call<{ updateMyNotificationPreferences: { kind: string; channel: string; roleReceives: boolean }[] }>(endpoint, SET_PREFS, { input: { preferences } }, { token });

const mailTo = (tenantId: string, to: string) => app.owner.outboxEmail.findMany({ where: { tenantId, toAddress: to }, orderBy: { createdAt: 'asc' } });

/** A booking business (appointment requests) with an owner, an admin, a dispatcher, its technician, two customers, and a business next door. */
async function world(mode: 'instant' | 'request' = 'request') {
  const setup = await makeBookingTenant(app.owner, { mode });
  const tenantId = setup.tenant.id;
  const owner = await signedInStaff(app, tenantId, 'owner');
  const admin = await signedInStaff(app, tenantId, 'admin');
  const dispatcher = await signedInStaff(app, tenantId, 'dispatcher');
  const technicianRow = setup.technicians[0]!;
  const technician = { staff: technicianRow, token: (await staffToken(app, technicianRow)).token };
  const me = await makeBookingCustomer(app, tenantId);
  const neighbour = await makeBookingCustomer(app, tenantId);
  const next = await makeBookingTenant(app.owner, { mode });
  const nextOwner = await signedInStaff(app, next.tenant.id, 'owner');
  const stranger = await makeBookingCustomer(app, next.tenant.id);
  return { ...setup, tenantId, owner, admin, dispatcher, technician, me, neighbour, next, nextOwner, stranger };
}
type World = Awaited<ReturnType<typeof world>>;

const book = (w: World) =>
  app.call<{ bookAppointment: { id: string; status: string } }>(
    'portal',
    BOOK,
    { input: { serviceTypeId: w.serviceType.id, start: MON_0900, siteId: w.me.site.id, description: 'It rattles.' } },
    { token: w.me.token },
  );

/** Writes a notification behind the app's back, as notify.ts would, `minutes` after the test clock's start. */
async function insert(tenantId: string, to: { customerId: string } | { staffUserId: string }, minutes: number, kind = 'customerId' in to ? 'jobCompleted' : 'newBooking') {
  return app.owner.notification.create({
    data: {
      tenantId,
      ...to,
      kind,
      subjectType: 'job',
      subjectId: randomUUID(),
      params: { title: `Visit ${minutes}` },
      createdAt: new Date(app.clock.now.getTime() + minutes * 60_000),
    },
  });
}

describe('what happens tells people', () => {
  it('staff confirming an appointment request puts bookingConfirmed in the customer’s bell and emails them; their own request was only a receipt', async () => {
    const w = await world('request');
    const booked = await book(w);
    expect(booked.data?.bookAppointment.status).toBe('requested');
    // The customer asked themself: an email receipt, nothing in their bell.
    expect(await unread('portal', w.me.token)).toBe(0);
    expect((await mailTo(w.tenantId, w.me.customer.email)).map((m) => m.subject)).toEqual([expect.stringMatching(/^Request received: Furnace tune-up/)]);
    // The office hears of it (appointmentRequest goes to owner, admin and dispatcher by default).
    const ownerList = await list('admin', w.owner.token);
    expect(ownerList.nodes).toMatchObject([{ kind: 'appointmentRequest', subjectType: 'job', subjectId: booked.data!.bookAppointment.id, readAt: null }]);
    expect(ownerList.nodes[0]!.params).toMatchObject({ title: 'Furnace tune-up', start: MON_0900, customer: w.me.customer.name });

    const confirmed = await app.call('admin', CONFIRM, { id: booked.data!.bookAppointment.id }, { token: w.dispatcher.token });
    expect(confirmed.errors).toBeUndefined();
    const mine = await list('portal', w.me.token);
    expect(mine.nodes).toHaveLength(1);
    expect(mine.nodes[0]).toMatchObject({ kind: 'bookingConfirmed', subjectType: 'job', subjectId: booked.data!.bookAppointment.id, readAt: null });
    expect(mine.nodes[0]!.params).toMatchObject({ title: 'Furnace tune-up', start: MON_0900, change: null });
    expect((await mailTo(w.tenantId, w.me.customer.email)).map((m) => m.subject)).toContainEqual(expect.stringMatching(/^Confirmed: Furnace tune-up on Monday, November 23, 2026/));
    // The neighbour heard nothing.
    expect(await unread('portal', w.neighbour.token)).toBe(0);
  });

  it('issuing an invoice tells the customer (invoiceIssued) with its number and total', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const owner = await signedInStaff(app, tenant.id, 'owner');
    const draft = await app.call<{ createInvoice: { id: string } }>(
      'admin',
      CREATE_INVOICE,
      { input: { customerId: customer.id, lines: [{ description: 'Labour', unitPriceMinor: 12900 }] } },
      { token: owner.token },
    );
    expect(await unread('portal', token)).toBe(0);
    const issued = await app.call<{ issueInvoice: { id: string; number: string; totalMinor: number } }>(
      'admin',
      ISSUE,
      { id: draft.data!.createInvoice.id },
      { token: owner.token },
    );
    expect(issued.errors).toBeUndefined();
    const [row] = (await list('portal', token)).nodes;
    expect(row).toMatchObject({ kind: 'invoiceIssued', subjectType: 'invoice', subjectId: issued.data!.issueInvoice.id });
    expect(row!.params).toMatchObject({ number: issued.data!.issueInvoice.number, amountMinor: 12900, currency: 'USD' });
    expect(await mailTo(tenant.id, customer.email)).toHaveLength(1);
  });

  it('a payment that succeeds online tells the customer and the owners and admins (paymentReceived), not a dispatcher', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const { invoice } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
    const { token } = await customerToken(app, account!);
    const owner = await signedInStaff(app, tenant.id, 'owner');
    const admin = await signedInStaff(app, tenant.id, 'admin');
    const dispatcher = await signedInStaff(app, tenant.id, 'dispatcher');
    const started = await app.call<{ startInvoicePayment: { clientSecret: string } }>('portal', START, { input: { invoiceId: invoice.id } }, { token });
    const paid = await app.call<{ confirmSandboxPayment: { status: string } }>(
      'portal',
      PAY,
      { input: { clientSecret: started.data!.startInvoicePayment.clientSecret, cardNumber: '4242424242424242', expiry: '12/30', cvc: '123' } },
      { token },
    );
    expect(paid.data?.confirmSandboxPayment.status).toBe('succeeded');
    const [mine] = (await list('portal', token)).nodes;
    expect(mine).toMatchObject({ kind: 'paymentReceived', subjectType: 'invoice', subjectId: invoice.id });
    expect(mine!.params).toMatchObject({ number: invoice.number, amountMinor: 15000, currency: 'USD' });
    for (const member of [owner, admin]) {
      const [theirs] = (await list('admin', member.token)).nodes;
      expect(theirs).toMatchObject({ kind: 'paymentReceived', subjectId: invoice.id });
      expect(theirs!.params).toMatchObject({ customer: customer.name, amountMinor: 15000 });
    }
    expect(await unread('admin', dispatcher.token)).toBe(0);
    // Staff get payments in the bell only by default: the one email is the customer's receipt.
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id, customerId: null } })).toBe(0);
    expect(await mailTo(tenant.id, customer.email)).toHaveLength(1);
  });

  it('an urgent service request tells the office in the bell and by email; a normal one tells nobody', async () => {
    const w = await world();
    const normal = await app.call('portal', SUBMIT, { input: { description: 'Dripping tap', urgency: 'normal' } }, { token: w.me.token });
    expect(normal.errors).toBeUndefined();
    expect(await unread('admin', w.owner.token)).toBe(0);
    const urgent = await app.call<{ submitServiceRequest: { id: string } }>(
      'portal',
      SUBMIT,
      { input: { description: 'Water everywhere in the basement.\nPlease come fast.', urgency: 'urgent' } },
      { token: w.me.token },
    );
    for (const member of [w.owner, w.admin, w.dispatcher]) {
      const [row] = (await list('admin', member.token)).nodes;
      expect(row).toMatchObject({ kind: 'urgentRequest', subjectType: 'request', subjectId: urgent.data!.submitServiceRequest.id, readAt: null });
      expect(row!.params).toMatchObject({ customer: w.me.customer.name, urgency: 'urgent', excerpt: 'Water everywhere in the basement.' });
      expect(await mailTo(w.tenantId, member.staff.email)).toHaveLength(1);
    }
    expect(await unread('admin', w.technician.token)).toBe(0);
    expect(await unread('admin', w.nextOwner.token)).toBe(0);
  });

  it('a write that fails tells nobody', async () => {
    const w = await world('instant');
    expect((await book(w)).errors).toBeUndefined();
    const rows = await app.owner.notification.count({ where: { tenantId: w.tenantId } });
    const taken = await book(w);
    expect(taken.errors?.[0]?.extensions?.code).toBeDefined();
    expect(await app.owner.notification.count({ where: { tenantId: w.tenantId } })).toBe(rows);
  });
});

describe('preferences', () => {
  it('a customer chooses per kind: none tells nothing, email only emails without a row, in-app writes a row without email', async () => {
    const tenant = await makeTenant(app.owner);
    const owner = await signedInStaff(app, tenant.id, 'owner');
    const people = [];
    for (const channel of ['none', 'email', 'inApp', 'both'] as const) {
      const { customer, account } = await makeCustomer(app.owner, tenant.id);
      const { token } = await customerToken(app, account!);
      const set = await setPrefs('portal', token, [{ kind: 'invoiceIssued', channel }]);
      expect(set.errors).toBeUndefined();
      expect(set.data?.updateMyNotificationPreferences).toContainEqual({ kind: 'invoiceIssued', channel, roleReceives: true });
      const draft = await app.call<{ createInvoice: { id: string } }>(
        'admin',
        CREATE_INVOICE,
        { input: { customerId: customer.id, lines: [{ description: 'Labour', unitPriceMinor: 5000 }] } },
        { token: owner.token },
      );
      expect((await app.call('admin', ISSUE, { id: draft.data!.createInvoice.id }, { token: owner.token })).errors).toBeUndefined();
      people.push({ channel, customer, token });
    }
    const told = await Promise.all(
      people.map(async (p) => ({ channel: p.channel, rows: (await list('portal', p.token)).nodes.length, emails: (await mailTo(tenant.id, p.customer.email)).length })),
    );
    expect(told).toEqual([
      { channel: 'none', rows: 0, emails: 0 },
      { channel: 'email', rows: 0, emails: 1 },
      { channel: 'inApp', rows: 1, emails: 0 },
      { channel: 'both', rows: 1, emails: 1 },
    ]);
  });

  it('each member of staff chooses for themself; the kinds their role does not get say so', async () => {
    const w = await world();
    expect((await setPrefs('admin', w.dispatcher.token, [{ kind: 'urgentRequest', channel: 'none' }])).errors).toBeUndefined();
    expect((await setPrefs('admin', w.admin.token, [{ kind: 'urgentRequest', channel: 'inApp' }])).errors).toBeUndefined();
    await app.call('portal', SUBMIT, { input: { description: 'Gas smell', urgency: 'emergency' } }, { token: w.me.token });
    expect(await unread('admin', w.dispatcher.token)).toBe(0);
    expect(await mailTo(w.tenantId, w.dispatcher.staff.email)).toHaveLength(0);
    expect(await unread('admin', w.admin.token)).toBe(1);
    expect(await mailTo(w.tenantId, w.admin.staff.email)).toHaveLength(0);
    expect(await unread('admin', w.owner.token)).toBe(1);
    expect(await mailTo(w.tenantId, w.owner.staff.email)).toHaveLength(1);

    const technician = await app.call<{ myNotificationPreferences: { kind: string; channel: string; roleReceives: boolean }[] }>('admin', PREFS, {}, { token: w.technician.token });
    expect(technician.data?.myNotificationPreferences).toContainEqual({ kind: 'urgentRequest', channel: 'both', roleReceives: false });
    const owner = await app.call<{ myNotificationPreferences: { kind: string; roleReceives: boolean }[] }>('admin', PREFS, {}, { token: w.owner.token });
    expect(owner.data?.myNotificationPreferences.map((p) => p.kind)).toEqual([
      'newBooking',
      'appointmentRequest',
      'urgentRequest',
      'paymentReceived',
      'reviewSubmitted',
      'messageReceived',
      'supplyOrderPlaced',
    ]);
    expect(owner.data?.myNotificationPreferences.every((p) => p.roleReceives)).toBe(true);
    // The dispatcher's choice is theirs alone.
    expect((await app.owner.staffUser.findFirstOrThrow({ where: { id: w.owner.staff.id } })).notificationPreferences).toEqual({});
  });

  it('refuses a kind of the other side and a kind given twice, changing nothing', async () => {
    const w = await world();
    const staffKind = await setPrefs('portal', w.me.token, [{ kind: 'newBooking', channel: 'none' }]);
    expect(staffKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', reason: 'NOT_YOUR_KIND' });
    const customerKind = await setPrefs('admin', w.owner.token, [{ kind: 'invoiceIssued', channel: 'none' }]);
    expect(customerKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_YOUR_KIND' });
    const twice = await setPrefs('portal', w.me.token, [
      { kind: 'jobCompleted', channel: 'none' },
      { kind: 'jobCompleted', channel: 'both' },
    ]);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_KIND' });
    const badChannel = await setPrefs('portal', w.me.token, [{ kind: 'jobCompleted', channel: 'loud' }]);
    expect(badChannel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.owner.customer.findFirstOrThrow({ where: { id: w.me.customer.id } })).notificationPreferences).toEqual({});
  });
});

describe('reading and marking read', () => {
  it('lists newest first a page at a time, unread only on request, and paging goes on after a row read meanwhile', async () => {
    const w = await world();
    const rows = [];
    for (let i = 0; i < 5; i++) rows.push(await insert(w.tenantId, { customerId: w.me.customer.id }, i));
    const newest = [...rows].reverse().map((r) => r.id);
    const first = await list('portal', w.me.token, { first: 2 });
    expect(first.nodes.map((n) => n.id)).toEqual(newest.slice(0, 2));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list('portal', w.me.token, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual(newest.slice(2, 4));
    const last = await list('portal', w.me.token, { first: 2, after: second.pageInfo.endCursor });
    expect(last.nodes.map((n) => n.id)).toEqual(newest.slice(4));
    expect(last.pageInfo.hasNextPage).toBe(false);

    const firstUnread = await list('portal', w.me.token, { first: 2, unreadOnly: true });
    // Reading the page's last row does not lose the next page.
    const marked = await app.call<{ markNotificationRead: View }>('portal', MARK, { id: newest[1] }, { token: w.me.token });
    expect(marked.data?.markNotificationRead).toMatchObject({ id: newest[1], readAt: app.clock.now.toISOString() });
    const nextUnread = await list('portal', w.me.token, { first: 2, unreadOnly: true, after: firstUnread.pageInfo.endCursor });
    expect(nextUnread.nodes.map((n) => n.id)).toEqual(newest.slice(2, 4));
    expect((await list('portal', w.me.token, { unreadOnly: true })).nodes.map((n) => n.id)).toEqual([newest[0], ...newest.slice(2)]);
    expect(await unread('portal', w.me.token)).toBe(4);
    // Marking again keeps the first time.
    app.clock.now = new Date(app.clock.now.getTime() + 60_000);
    try {
      const again = await app.call<{ markNotificationRead: View }>('portal', MARK, { id: newest[1] }, { token: w.me.token });
      expect(again.data?.markNotificationRead.readAt).toBe(marked.data?.markNotificationRead.readAt);
      const all = await app.call<{ markAllNotificationsRead: { marked: number; readAt: string; unreadCount: number } }>('portal', MARK_ALL, {}, { token: w.me.token });
      expect(all.data?.markAllNotificationsRead).toEqual({ marked: 4, readAt: app.clock.now.toISOString(), unreadCount: 0 });
    } finally {
      app.clock.now = new Date(app.clock.now.getTime() - 60_000);
    }
    expect(await unread('portal', w.me.token)).toBe(0);
    expect((await list('portal', w.me.token, { unreadOnly: true })).nodes).toEqual([]);
  });

  it('a malformed cursor is PAGE_EXPIRED; a cursor of someone else’s row gives an empty page', async () => {
    const w = await world();
    await insert(w.tenantId, { customerId: w.me.customer.id }, 0);
    const theirs = await insert(w.tenantId, { customerId: w.neighbour.customer.id }, 1);
    const bad = await app.call('portal', LIST, { after: 'not-a-cursor' }, { token: w.me.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_EXPIRED' });
    const foreign = Buffer.from(theirs.id, 'utf8').toString('base64url');
    expect((await list('portal', w.me.token, { after: foreign })).nodes).toEqual([]);
  });
});

describe('isolation', () => {
  it('another customer, a member of staff and another business cannot read or mark a customer’s notification', async () => {
    const w = await world();
    const mine = await insert(w.tenantId, { customerId: w.me.customer.id }, 0);
    for (const other of [w.neighbour.token, w.stranger.token]) {
      expect((await list('portal', other)).nodes).toEqual([]);
      expect(await unread('portal', other)).toBe(0);
      expect((await app.call('portal', MARK, { id: mine.id }, { token: other })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.call<{ markAllNotificationsRead: { marked: number } }>('portal', MARK_ALL, {}, { token: other })).data?.markAllNotificationsRead.marked).toBe(0);
    }
    for (const member of [w.owner, w.technician, w.nextOwner]) {
      expect((await list('admin', member.token)).nodes).toEqual([]);
      expect((await app.call('admin', MARK, { id: mine.id }, { token: member.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await app.call('portal', MARK, { id: 'not-an-id' }, { token: w.me.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.owner.notification.findUniqueOrThrow({ where: { tenantId_id: { tenantId: w.tenantId, id: mine.id } } })).readAt).toBeNull();
    expect(await unread('portal', w.me.token)).toBe(1);
  });

  it('a colleague, a technician, a customer and another business cannot read or mark a member of staff’s notification', async () => {
    const w = await world();
    const ownersOwn = await insert(w.tenantId, { staffUserId: w.owner.staff.id }, 0);
    const techniciansOwn = await insert(w.tenantId, { staffUserId: w.technician.staff.id }, 1);
    for (const member of [w.admin, w.dispatcher, w.technician, w.nextOwner]) {
      const seen = (await list('admin', member.token)).nodes.map((n) => n.id);
      expect(seen).not.toContain(ownersOwn.id);
      expect((await app.call('admin', MARK, { id: ownersOwn.id }, { token: member.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // A technician sees their own, and only theirs.
    expect((await list('admin', w.technician.token)).nodes.map((n) => n.id)).toEqual([techniciansOwn.id]);
    expect((await app.call('admin', MARK, { id: techniciansOwn.id }, { token: w.owner.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A customer's token is no staff session, and the portal never lists staff rows.
    expect((await app.call('admin', COUNT, {}, { token: w.me.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.call('portal', MARK, { id: ownersOwn.id }, { token: w.me.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await unread('admin', w.owner.token)).toBe(1);
  });

  it('without a session every operation asks to sign in', async () => {
    for (const endpoint of ['portal', 'admin'] as const) {
      for (const query of [COUNT, PREFS, MARK_ALL]) {
        expect((await app.call(endpoint, query, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('row-level security alone hides other people’s rows and lets a customer write only their own or the office’s', async () => {
    const w = await world();
    const mine = await insert(w.tenantId, { customerId: w.me.customer.id }, 0);
    const owners = await insert(w.tenantId, { staffUserId: w.owner.staff.id }, 1);
    const seen = (scope: Parameters<typeof withScope>[1]) => withScope(app.db, scope, (tx) => tx.notification.findMany({ select: { id: true } }));
    expect(await seen({ tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id })).toEqual([{ id: mine.id }]);
    expect(await seen({ tenantId: w.tenantId, role: 'customer', customerId: w.neighbour.customer.id })).toEqual([]);
    expect(await seen({ tenantId: w.tenantId, role: 'staff', staffId: w.owner.staff.id, staffRole: 'owner' })).toEqual([{ id: owners.id }]);
    expect(await seen({ tenantId: w.tenantId, role: 'staff', staffId: w.dispatcher.staff.id, staffRole: 'dispatcher' })).toEqual([]);
    expect(await seen({ tenantId: w.next.tenant.id, role: 'system' })).toEqual([]);
    // Updates are refused to others too.
    const changed = await withScope(app.db, { tenantId: w.tenantId, role: 'customer', customerId: w.neighbour.customer.id }, (tx) =>
      tx.notification.updateMany({ data: { readAt: app.clock.now } }),
    );
    expect(changed.count).toBe(0);
    // A customer's transaction may tell the office, never another customer.
    const intoNeighbour = withScope(app.db, { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id }, (tx) =>
      tx.notification.createMany({ data: [{ tenantId: w.tenantId, customerId: w.neighbour.customer.id, kind: 'jobCompleted', subjectType: 'job', subjectId: randomUUID() }] }),
    );
    await expect(intoNeighbour).rejects.toThrow();
    const toOffice = await withScope(app.db, { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id }, (tx) =>
      tx.notification.createMany({ data: [{ tenantId: w.tenantId, staffUserId: w.owner.staff.id, kind: 'newBooking', subjectType: 'job', subjectId: randomUUID() }] }),
    );
    expect(toOffice.count).toBe(1);
  });
});
