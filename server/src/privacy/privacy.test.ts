// Privacy (issue 22): exports built by the worker and downloaded behind a signed link, erasure with
// its blocking rules, legal retention and automatic erasure, the privacy notice's acceptance, and
// isolation of every new field.
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { withScope } from '../test/rls-scope.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, signedInStaff, staffToken } from '../test/factory.js';
import { runDueErasures, runRetention, deleteExpiredExports } from './privacy-tasks.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REQUEST_EXPORT = `mutation($whole: Boolean!) { requestDataExport(wholeAccount: $whole) { id kind status wholeAccount } }`;
const PRIVACY = `{ privacy { isPrimary erasureBlockedReason notice { text version acceptedVersion mustAccept }
  requests { id kind status wholeAccount reason dueAt expiresAt byteSize downloadUrl } } }`;
const REQUEST_ERASURE = `mutation { requestErasure { id kind status dueAt } }`;
const ACCEPT = `mutation($v: Int!) { acceptPrivacyNotice(version: $v) { version acceptedVersion acceptedAt mustAccept } }`;
const ADMIN_LIST = `query($status: PrivacyRequestStatus, $customerId: ID) { privacyRequests(status: $status, customerId: $customerId) { id kind status customerId customerName reason downloadUrl } }`;
const CONFIRM = `mutation($id: ID!) { confirmErasure(id: $id) { id status customerName } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectErasure(id: $id, reason: $reason) { id status reason } }`;
const SETTINGS = `mutation($input: PrivacySettingsInput!) { updatePrivacySettings(input: $input) { privacyNotice privacyNoticeVersion legalRetentionYears erasureAutoDays exportLinkDays } }`;

interface Req {
  id: string;
  kind: string;
  status: string;
  wholeAccount: boolean;
  reason: string | null;
  dueAt: string | null;
  expiresAt: string | null;
  byteSize: number | null;
  downloadUrl: string | null;
}
interface Overview {
  privacy: {
    isPrimary: boolean;
    erasureBlockedReason: string | null;
    notice: { text: string | null; version: number; acceptedVersion: number | null; mustAccept: boolean };
    requests: Req[];
  };
}

async function world() {
  const tenant = await makeTenant(app.owner);
  const storage = app.deps.storage;
  const writer = await makeStaff(app.owner, tenant.id, 'dispatcher');
  const customer = async () => {
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    if (!account) throw new Error('account expected');
    const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
    await storage.put(records.sharedDocument.storageKey, new TextEncoder().encode(`report of ${customer.id}`), 'application/pdf');
    const thread = await app.owner.messageThread.create({
      data: { tenantId: tenant.id, customerId: customer.id, anchorType: 'job', jobId: records.job.id, lastMessageAt: app.clock.now },
    });
    await app.owner.message.create({ data: { tenantId: tenant.id, threadId: thread.id, authorKind: 'customer', body: `Hello from ${customer.email}` } });
    await app.owner.message.create({ data: { tenantId: tenant.id, threadId: thread.id, authorKind: 'staff', authorStaffId: writer.id, internal: true, body: 'internal only' } });
    const session = await customerToken(app, account);
    return { customer, account, records, threadId: thread.id, token: session.token, sessionId: session.sessionId };
  };
  const me = await customer();
  const neighbour = await customer();
  const admin = await signedInStaff(app, tenant.id, 'admin');
  const tech = await signedInStaff(app, tenant.id, 'technician');
  const dispatcher = await signedInStaff(app, tenant.id, 'dispatcher');
  return { tenant, me, neighbour, admin, tech, dispatcher };
}
type World = Awaited<ReturnType<typeof world>>;

async function payAll(w: World, customerId = w.me.customer.id) {
  await app.owner.invoice.updateMany({ where: { tenantId: w.tenant.id, customerId }, data: { status: 'paid', paidMinor: 15000 } });
}

async function download(url: string): Promise<Response> {
  return fetch(`${app.url}${url}`);
}

async function overview(token: string): Promise<Overview['privacy']> {
  const res = await app.call<Overview>('portal', PRIVACY, {}, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.privacy;
}

function unzip(bytes: ArrayBuffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(bytes));
}

describe('data export', () => {
  it("builds a ZIP of the account's data as JSON and CSV per kind with its documents, emails a link, and logs each step", async () => {
    const w = await world();
    const asked = await app.call<{ requestDataExport: Req }>('portal', REQUEST_EXPORT, { whole: true }, { token: w.me.token });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestDataExport).toMatchObject({ kind: 'export', status: 'requested', wholeAccount: true });
    // One pending at a time.
    const again = await app.call('portal', REQUEST_EXPORT, { whole: true }, { token: w.me.token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXPORT_PENDING' });

    await app.drainJobs([w.tenant.id]);
    const [ready] = (await overview(w.me.token)).requests;
    expect(ready).toMatchObject({ status: 'ready', expiresAt: new Date(app.clock.now.getTime() + 7 * 86_400_000).toISOString() });
    expect(ready!.byteSize).toBeGreaterThan(0);
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenant.id, toAddress: w.me.account.email } });
    expect(mail.map((m) => m.subject)).toContain(`Your data export from ${w.tenant.name} is ready`);
    expect(mail.find((m) => m.subject.includes('export'))!.text).toContain(`/${w.tenant.slug}/portal/privacy`);

    const res = await download(ready!.downloadUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzip(await res.arrayBuffer());
    const names = Object.keys(files);
    for (const kind of ['profile', 'sites', 'assets', 'jobs', 'requests', 'invoices', 'payments', 'documents', 'messages', 'reviews', 'activity']) {
      expect(names).toContain(`${kind}.json`);
      expect(names).toContain(`${kind}.csv`);
    }
    expect(strFromU8(files['README.txt']!)).toContain('invoices.json, invoices.csv: invoices with their lines');
    const invoices = JSON.parse(strFromU8(files['invoices.json']!)) as { number: string; lines: unknown[] }[];
    expect(invoices).toEqual([expect.objectContaining({ number: w.me.records.invoice.number, lines: [expect.anything(), expect.anything()] })]);
    expect(strFromU8(files['invoices.csv']!).split('\r\n')[1]).toContain(w.me.records.invoice.number);
    const profile = JSON.parse(strFromU8(files['profile.json']!)) as { email: string }[];
    expect(profile[0]!.email).toBe(w.me.customer.email);
    const messages = JSON.parse(strFromU8(files['messages.json']!)) as { body: string }[];
    expect(messages.map((m) => m.body)).toEqual([`Hello from ${w.me.customer.email}`]);
    const documents = JSON.parse(strFromU8(files['documents.json']!)) as { id: string; file: string }[];
    expect(documents.map((d) => d.id)).toEqual([w.me.records.sharedDocument.id]);
    expect(strFromU8(files[documents[0]!.file]!)).toBe(`report of ${w.me.customer.id}`);
    // Nothing of the neighbour's.
    const everything = names.map((n) => strFromU8(files[n]!)).join('\n');
    expect(everything).not.toContain(w.neighbour.customer.id);
    expect(everything).not.toContain(w.neighbour.records.invoice.number);
    expect(everything).not.toContain('internal only');

    const actions = await app.owner.activityLog.findMany({
      where: { tenantId: w.tenant.id, customerId: w.me.customer.id, action: { startsWith: 'privacy.' } },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(['privacy.export_downloaded', 'privacy.export_ready', 'privacy.export_requested']);
  });

  it('refuses the download to another customer, and after the link expires (410); housekeeping then deletes the ZIP', async () => {
    const w = await world();
    await app.call('portal', REQUEST_EXPORT, { whole: true }, { token: w.me.token });
    await app.drainJobs([w.tenant.id]);
    const [ready] = (await overview(w.me.token)).requests;
    // The neighbour signs a link to my export with their own session: not theirs.
    const ctx = {
      principal: { kind: 'customer', tenantId: w.tenant.id, customerId: w.neighbour.customer.id, accountId: w.neighbour.account.id, sessionId: w.neighbour.sessionId },
      deps: app.deps,
      now: () => app.clock.now,
    } as unknown as RequestContext;
    expect((await download(await signedLink(ctx, 'privacy-export', ready!.id))).status).toBe(404);
    expect((await overview(w.neighbour.token)).requests).toEqual([]);

    const saved = app.clock.now;
    try {
      app.clock.now = new Date(saved.getTime() + 7 * 86_400_000 + 1000);
      const { token, sessionId } = await customerToken(app, w.me.account);
      expect((await overview(token)).requests[0]!.downloadUrl).toBeNull();
      const meCtx = {
        principal: { kind: 'customer', tenantId: w.tenant.id, customerId: w.me.customer.id, accountId: w.me.account.id, sessionId },
        deps: app.deps,
        now: () => app.clock.now,
      } as unknown as RequestContext;
      const expired = await download(await signedLink(meCtx, 'privacy-export', ready!.id));
      expect(expired.status).toBe(410);
      const row = await app.owner.privacyRequest.findFirstOrThrow({ where: { tenantId: w.tenant.id, id: ready!.id } });
      expect(await deleteExpiredExports({ ...app.deps, owner: app.owner }, { tenantIds: [w.tenant.id] })).toBe(1);
      expect(await app.deps.storage.exists(row.storageKey!)).toBe(false);
      expect(await app.owner.privacyRequest.findFirstOrThrow({ where: { tenantId: w.tenant.id, id: ready!.id } })).toMatchObject({ status: 'completed', storageKey: null });
    } finally {
      app.clock.now = saved;
    }
  });

  it("lets a contact who is not primary export only their own data, never the account's (PRIMARY_ONLY)", async () => {
    const w = await world();
    const other = await app.owner.portalAccount.create({
      data: { tenantId: w.tenant.id, customerId: w.me.customer.id, email: `second-${w.me.account.email}`, status: 'active', name: 'Second', rights: ['invoices'] },
    });
    const { token } = await customerToken(app, other);
    const refused = await app.call('portal', REQUEST_EXPORT, { whole: true }, { token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIMARY_ONLY' });
    expect((await app.call('portal', REQUEST_ERASURE, {}, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIMARY_ONLY' });
    const own = await app.call<{ requestDataExport: Req }>('portal', REQUEST_EXPORT, { whole: false }, { token });
    expect(own.errors).toBeUndefined();
    // The primary contact's own export is theirs: the second contact does not see it.
    await app.call('portal', REQUEST_EXPORT, { whole: true }, { token: w.me.token });
    await app.drainJobs([w.tenant.id]);
    const mine = await overview(token);
    expect(mine.isPrimary).toBe(false);
    expect(mine.requests.map((r) => r.id)).toEqual([own.data!.requestDataExport.id]);
    expect((await overview(w.me.token)).requests).toHaveLength(2);
    const files = unzip(await (await download(mine.requests[0]!.downloadUrl!)).arrayBuffer());
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'acceptances.csv',
      'acceptances.json',
      'activity.csv',
      'activity.json',
      'messages.csv',
      'messages.json',
      'profile.csv',
      'profile.json',
    ]);
    expect(JSON.parse(strFromU8(files['profile.json']!))).toEqual([expect.objectContaining({ email: other.email, name: 'Second' })]);
  });

  it('is run by office staff for a customer and emailed to them; technicians and other tenants cannot', async () => {
    const w = await world();
    const run = `mutation($id: ID!) { runCustomerDataExport(customerId: $id) { id status customerName } }`;
    const res = await app.call<{ runCustomerDataExport: { id: string; status: string; customerName: string } }>(
      'admin',
      run,
      { id: w.me.customer.id },
      { token: w.dispatcher.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.runCustomerDataExport).toMatchObject({ status: 'requested', customerName: w.me.customer.name });
    expect((await app.call('admin', run, { id: w.me.customer.id }, { token: w.tech.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await makeTenant(app.owner);
    const { token: otherOwner } = await staffToken(app, await makeStaff(app.owner, elsewhere.id, 'owner'));
    expect((await app.call('admin', run, { id: w.me.customer.id }, { token: otherOwner })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await app.drainJobs([w.tenant.id]);
    const list = await app.call<{ privacyRequests: { id: string; status: string; downloadUrl: string | null }[] }>(
      'admin',
      ADMIN_LIST,
      { customerId: w.me.customer.id },
      { token: w.dispatcher.token },
    );
    expect(list.data!.privacyRequests[0]).toMatchObject({ status: 'ready' });
    expect((await download(list.data!.privacyRequests[0]!.downloadUrl!)).status).toBe(200);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: w.tenant.id, toAddress: w.dispatcher.staff.email } })).toBe(1);
    // Another tenant's staff and the customer's neighbour see none of it.
    expect((await app.call<{ privacyRequests: unknown[] }>('admin', ADMIN_LIST, {}, { token: otherOwner })).data!.privacyRequests).toEqual([]);
    expect((await overview(w.neighbour.token)).requests).toEqual([]);
  });
});

describe('erasure', () => {
  it('is blocked by an unpaid invoice and by an active agreement, with the reason', async () => {
    const w = await world();
    expect((await overview(w.me.token)).erasureBlockedReason).toBe('ERASURE_BLOCKED_UNPAID');
    const unpaid = await app.call('portal', REQUEST_ERASURE, {}, { token: w.me.token });
    expect(unpaid.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ERASURE_BLOCKED_UNPAID' });
    await payAll(w);
    await app.owner.serviceAgreement.create({
      data: { tenantId: w.tenant.id, customerId: w.me.customer.id, name: 'Yearly care', priceMinor: 9900, intervalMonths: 12, nextInvoiceOn: new Date('2027-01-01') },
    });
    expect((await overview(w.me.token)).erasureBlockedReason).toBe('ERASURE_BLOCKED_CONTRACT');
    const running = await app.call('portal', REQUEST_ERASURE, {}, { token: w.me.token });
    expect(running.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ERASURE_BLOCKED_CONTRACT' });
    expect(await app.owner.privacyRequest.count({ where: { tenantId: w.tenant.id } })).toBe(0);
  });

  it('once confirmed by an admin, erases or pseudonymises personal data everywhere and keeps the invoices until the retention task', async () => {
    const w = await world();
    await payAll(w);
    await app.owner.site.updateMany({ where: { tenantId: w.tenant.id, customerId: w.me.customer.id }, data: { accessInstructions: 'Key under the mat' } });
    await app.owner.review.create({ data: { tenantId: w.tenant.id, customerId: w.me.customer.id, jobId: w.me.records.job.id, rating: 5, comment: 'Great' } });
    const asked = await app.call<{ requestErasure: Req }>('portal', REQUEST_ERASURE, {}, { token: w.me.token });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestErasure).toMatchObject({ status: 'requested', dueAt: null });
    const id = asked.data!.requestErasure.id;
    // Only owners and admins decide; a dispatcher and a technician cannot.
    for (const token of [w.dispatcher.token, w.tech.token]) expect((await app.call('admin', CONFIRM, { id }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const pending = await app.call<{ privacyRequests: { id: string }[] }>('admin', ADMIN_LIST, { status: 'requested' }, { token: w.admin.token });
    expect(pending.data!.privacyRequests.map((r) => r.id)).toEqual([id]);

    const done = await app.call<{ confirmErasure: { status: string; customerName: string } }>('admin', CONFIRM, { id }, { token: w.admin.token });
    expect(done.errors).toBeUndefined();
    expect(done.data!.confirmErasure).toEqual({ id, status: 'completed', customerName: 'Erased customer' });

    const t = w.tenant.id;
    const c = w.me.customer.id;
    const customer = await app.owner.customer.findFirstOrThrow({ where: { tenantId: t, id: c } });
    expect(customer).toMatchObject({ name: w.me.customer.name, phone: null, locale: null, notificationPreferences: {}, erasedAt: app.clock.now });
    expect(customer.email).toMatch(/^erased-[0-9a-f]{12}@invalid$/);
    expect(customer.retainUntil).toEqual(new Date('2033-11-20T15:00:00Z'));
    expect(await app.owner.portalAccount.count({ where: { tenantId: t, customerId: c } })).toBe(0);
    expect(await app.owner.session.count({ where: { tenantId: t, customerId: c } })).toBe(0);
    expect(await app.owner.site.findMany({ where: { tenantId: t, customerId: c }, select: { addressLine1: true, accessInstructions: true } })).toEqual([
      { addressLine1: '[erased]', accessInstructions: null },
    ]);
    expect((await app.owner.message.findMany({ where: { tenantId: t, threadId: w.me.threadId } })).map((m) => m.body)).toEqual(['[erased]', '[erased]']);
    expect(await app.owner.review.count({ where: { tenantId: t, customerId: c } })).toBe(0);
    // The audit log keeps what they did, not where from (its one allowed change); the neighbour's entries keep theirs.
    const trail = await app.owner.activityLog.findMany({
      where: { tenantId: t, actorType: 'customer', customerId: { in: [c, w.neighbour.customer.id] } },
      select: { customerId: true, ip: true, userAgent: true },
    });
    expect(trail.filter((e) => e.customerId === c).length).toBeGreaterThan(0);
    expect(trail.filter((e) => e.customerId === c).every((e) => e.ip === null && e.userAgent === null)).toBe(true);
    // The shared report and the internal draft (a contract: kept) — only the report goes, with its file.
    expect((await app.owner.document.findMany({ where: { tenantId: t, customerId: c }, select: { kind: true } })).map((d) => d.kind)).toEqual(['contract']);
    expect(await app.deps.storage.exists(w.me.records.sharedDocument.storageKey)).toBe(false);
    expect(await app.owner.invoice.count({ where: { tenantId: t, customerId: c } })).toBe(1);
    expect(await app.owner.invoiceLine.count({ where: { tenantId: t, invoiceId: w.me.records.invoice.id } })).toBe(2);
    // The erased customer cannot sign in: their session is gone.
    expect((await app.call('portal', PRIVACY, {}, { token: w.me.token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The neighbour is untouched.
    expect(await app.owner.portalAccount.count({ where: { tenantId: t, customerId: w.neighbour.customer.id } })).toBe(1);
    expect(await app.deps.storage.exists(w.neighbour.records.sharedDocument.storageKey)).toBe(true);

    // Retention: nothing before retainUntil, then the invoices are anonymised (kept for numbering).
    const deps = { ...app.deps, owner: app.owner };
    expect(await runRetention(deps, { tenantIds: [t] })).toBe(0);
    const saved = app.clock.now;
    try {
      app.clock.now = new Date('2033-11-20T15:00:01Z');
      expect(await runRetention(deps, { tenantIds: [t] })).toBe(1);
    } finally {
      app.clock.now = saved;
    }
    expect(await app.owner.customer.findFirstOrThrow({ where: { tenantId: t, id: c } })).toMatchObject({ name: 'Erased customer', retainUntil: null });
    expect(await app.owner.invoice.findFirstOrThrow({ where: { tenantId: t, id: w.me.records.invoice.id } })).toMatchObject({ number: w.me.records.invoice.number, notes: null });
    expect(await app.owner.privacyRequest.count({ where: { tenantId: t, customerId: c } })).toBe(0);
  });

  it('is rejected by staff with a reason the customer sees, and decided only once', async () => {
    const w = await world();
    await payAll(w);
    const id = (await app.call<{ requestErasure: Req }>('portal', REQUEST_ERASURE, {}, { token: w.me.token })).data!.requestErasure.id;
    expect((await app.call('portal', REQUEST_ERASURE, {}, { token: w.me.token })).errors?.[0]?.extensions).toMatchObject({ reason: 'ERASURE_PENDING' });
    expect((await app.call('admin', REJECT, { id, reason: '  ' }, { token: w.admin.token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const res = await app.call<{ rejectErasure: Req }>('admin', REJECT, { id, reason: 'A warranty claim is open' }, { token: w.admin.token });
    expect(res.data!.rejectErasure).toMatchObject({ status: 'rejected', reason: 'A warranty claim is open' });
    expect((await app.call('admin', CONFIRM, { id }, { token: w.admin.token })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING' });
    expect((await overview(w.me.token)).requests[0]).toMatchObject({ status: 'rejected', reason: 'A warranty claim is open' });
    // Another tenant's admin: like a missing id.
    const elsewhere = await makeTenant(app.owner);
    const { token } = await staffToken(app, await makeStaff(app.owner, elsewhere.id, 'admin'));
    expect((await app.call('admin', CONFIRM, { id }, { token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("is carried out automatically after the tenant's days when still not blocked, else rejected and the customer told", async () => {
    const w = await world();
    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { erasureAutoDays: 14 } });
    await payAll(w);
    await payAll(w, w.neighbour.customer.id);
    const mine = (await app.call<{ requestErasure: Req }>('portal', REQUEST_ERASURE, {}, { token: w.me.token })).data!.requestErasure;
    expect(mine.dueAt).toBe(new Date(app.clock.now.getTime() + 14 * 86_400_000).toISOString());
    const theirs = (await app.call<{ requestErasure: Req }>('portal', REQUEST_ERASURE, {}, { token: w.neighbour.token })).data!.requestErasure;
    // Meanwhile the neighbour books a visit: their erasure is blocked when due.
    await app.owner.job.updateMany({ where: { tenantId: w.tenant.id, customerId: w.neighbour.customer.id }, data: { status: 'scheduled' } });
    const deps = { ...app.deps, owner: app.owner };
    expect(await runDueErasures(deps, { tenantIds: [w.tenant.id] })).toBe(0);
    expect(await app.owner.customer.count({ where: { tenantId: w.tenant.id, erasedAt: { not: null } } })).toBe(0);
    const saved = app.clock.now;
    try {
      app.clock.now = new Date(saved.getTime() + 14 * 86_400_000);
      expect(await runDueErasures(deps, { tenantIds: [w.tenant.id] })).toBe(1);
    } finally {
      app.clock.now = saved;
    }
    expect(await app.owner.privacyRequest.findFirstOrThrow({ where: { tenantId: w.tenant.id, id: mine.id } })).toMatchObject({ status: 'completed' });
    expect(await app.owner.customer.findFirstOrThrow({ where: { tenantId: w.tenant.id, id: w.me.customer.id } })).toMatchObject({
      erasedAt: new Date(saved.getTime() + 14 * 86_400_000),
    });
    expect(await app.owner.privacyRequest.findFirstOrThrow({ where: { tenantId: w.tenant.id, id: theirs.id } })).toMatchObject({
      status: 'rejected',
      reason: 'ERASURE_BLOCKED_CONTRACT',
    });
    const told = await app.owner.outboxEmail.findFirstOrThrow({ where: { tenantId: w.tenant.id, toAddress: w.neighbour.customer.email } });
    expect(told.text).toContain('a service agreement, contract, project or appointment is still running');
  });
});

describe('privacy notice', () => {
  it('is accepted with its version; a changed text asks again, and an old version is STALE_VERSION', async () => {
    const w = await world();
    expect((await overview(w.me.token)).notice).toEqual({ text: null, version: 0, acceptedVersion: null, mustAccept: false });
    expect((await app.call('portal', ACCEPT, { v: 0 }, { token: w.me.token })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const set = await app.call<{ updatePrivacySettings: { privacyNoticeVersion: number } }>(
      'admin',
      SETTINGS,
      { input: { privacyNotice: 'We keep your data safe.' } },
      { token: w.admin.token },
    );
    expect(set.data!.updatePrivacySettings.privacyNoticeVersion).toBe(1);
    expect((await overview(w.me.token)).notice).toMatchObject({ text: 'We keep your data safe.', version: 1, mustAccept: true });
    const accepted = await app.call<{ acceptPrivacyNotice: { acceptedVersion: number; mustAccept: boolean } }>('portal', ACCEPT, { v: 1 }, { token: w.me.token });
    expect(accepted.data!.acceptPrivacyNotice).toMatchObject({ acceptedVersion: 1, mustAccept: false });
    expect(await app.owner.privacyAcceptance.findMany({ where: { tenantId: w.tenant.id }, select: { contactId: true, version: true } })).toEqual([
      { contactId: w.me.account.id, version: 1 },
    ]);
    // Saving the same text keeps the version; a new text raises it.
    await app.call('admin', SETTINGS, { input: { privacyNotice: 'We keep your data safe.' } }, { token: w.admin.token });
    await app.call('admin', SETTINGS, { input: { privacyNotice: 'We keep your data safer.' } }, { token: w.admin.token });
    expect((await overview(w.me.token)).notice).toMatchObject({ version: 2, acceptedVersion: 1, mustAccept: true });
    expect((await app.call('portal', ACCEPT, { v: 1 }, { token: w.me.token })).errors?.[0]?.extensions).toMatchObject({ reason: 'STALE_VERSION' });
    // The neighbour has accepted nothing; RLS alone shows each customer only their own acceptances.
    expect((await overview(w.neighbour.token)).notice.acceptedVersion).toBeNull();
    const seen = (customerId: string) =>
      withScope(app.db, { tenantId: w.tenant.id, role: 'customer', customerId }, (tx) => tx.$queryRaw<{ version: number }[]>`SELECT version FROM privacy_acceptances`);
    expect(await seen(w.me.customer.id)).toEqual([{ version: 1 }]);
    expect(await seen(w.neighbour.customer.id)).toEqual([]);
  });

  it('settings: owners and admins only, ranges checked (OUT_OF_RANGE) and nothing changed on bad input', async () => {
    const w = await world();
    for (const [field, value] of [
      ['legalRetentionYears', 31],
      ['legalRetentionYears', 0],
      ['erasureAutoDays', 91],
      ['exportLinkDays', 0],
    ] as const) {
      const res = await app.call('admin', SETTINGS, { input: { [field]: value, privacyNotice: 'x' } }, { token: w.admin.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'OUT_OF_RANGE' });
    }
    expect(await app.owner.tenant.findUniqueOrThrow({ where: { id: w.tenant.id } })).toMatchObject({ privacyNotice: null, privacyNoticeVersion: 0, legalRetentionYears: 7 });
    const ok = await app.call<{ updatePrivacySettings: unknown }>(
      'admin',
      SETTINGS,
      { input: { legalRetentionYears: 10, erasureAutoDays: 30, exportLinkDays: 3 } },
      { token: w.admin.token },
    );
    expect(ok.data!.updatePrivacySettings).toEqual({ privacyNotice: null, privacyNoticeVersion: 0, legalRetentionYears: 10, erasureAutoDays: 30, exportLinkDays: 3 });
    const off = await app.call<{ updatePrivacySettings: { erasureAutoDays: number | null } }>('admin', SETTINGS, { input: { erasureAutoDays: null } }, { token: w.admin.token });
    expect(off.data!.updatePrivacySettings.erasureAutoDays).toBeNull();
    for (const token of [w.dispatcher.token, w.tech.token, w.me.token]) {
      expect((await app.call('admin', SETTINGS, { input: { legalRetentionYears: 8 } }, { token })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});

describe('isolation', () => {
  it("RLS alone shows a customer only their account's requests, technicians none, and another tenant nothing", async () => {
    const w = await world();
    await app.call('portal', REQUEST_EXPORT, { whole: true }, { token: w.me.token });
    const seen = (scope: Parameters<typeof withScope>[1]) =>
      withScope(app.db, scope, (tx) => tx.$queryRaw<{ customer_id: string }[]>`SELECT customer_id::text FROM privacy_requests`);
    expect(await seen({ tenantId: w.tenant.id, role: 'customer', customerId: w.me.customer.id })).toEqual([{ customer_id: w.me.customer.id }]);
    expect(await seen({ tenantId: w.tenant.id, role: 'customer', customerId: w.neighbour.customer.id })).toEqual([]);
    expect(await seen({ tenantId: w.tenant.id, role: 'staff', staffId: w.tech.staff.id, staffRole: 'technician' })).toEqual([]);
    expect(await seen({ tenantId: w.tenant.id, role: 'staff', staffId: w.admin.staff.id, staffRole: 'admin' })).toHaveLength(1);
    const elsewhere = await makeTenant(app.owner);
    expect(await seen({ tenantId: elsewhere.id, role: 'system' })).toEqual([]);
    // Portal calls by a technician's token and the admin list by a technician are refused.
    expect((await app.call('admin', ADMIN_LIST, {}, { token: w.tech.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.call('portal', PRIVACY, {}, { token: w.tech.token })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
