// Every access to a document, logged (issue 19): views and downloads by customers and staff,
// uploads and changes of sharing, with who, when and from where; the office reads a document's
// history, nobody else's events reach a customer, technicians and other tenants read nothing, and
// nobody changes or removes an event. Also: a file that does not decrypt is a plain internal error.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setScope, type RlsScope } from '../db/rls.js';
import { masterKey } from '../storage/master-keys.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeDispatchWorld, makeJob } from '../test/factory.js';

let app: TestApp;
type World = Awaited<ReturnType<typeof makeDispatchWorld>>;
let w: World;
let other: World;
let neighbour: Awaited<ReturnType<typeof makeBookingCustomer>>;

beforeAll(async () => {
  app = await startTestApp();
  w = await makeDispatchWorld(app);
  other = await makeDispatchWorld(app);
  neighbour = await makeBookingCustomer(app, w.tenantId);
});
afterAll(() => app.close());

const PDF = Buffer.from('%PDF-1.4\nthe furnace warranty\n%%EOF\n');
const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const from = (ip: string, userAgent: string) => ({ headers: { 'x-forwarded-for': ip, 'user-agent': userAgent } });

const HISTORY = `query($id: ID!, $first: Int, $after: String) { document(id: $id) { id accessHistory(first: $first, after: $after) {
  nodes { action at actorType actorId actorName ip browser os } pageInfo { hasNextPage endCursor } } } }`;
type Event = { action: string; at: string; actorType: string; actorId: string | null; actorName: string | null; ip: string | null; browser: string | null; os: string | null };
type History = { document: { id: string; accessHistory: { nodes: Event[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };

/** One minute later: events are ordered by their time. */
const tick = () => {
  app.clock.now = new Date(app.clock.now.getTime() + 60_000);
};

/** A document of w's customer, uploaded and filed by the dispatcher from the office's address. */
async function uploadedDocument(shared = false): Promise<string> {
  const office = from('203.0.113.10', CHROME_LINUX);
  const upload = await app.call<{ createDocumentUpload: { uploadId: string; uploadUrl: string } }>(
    'admin',
    'mutation { createDocumentUpload(fileName: "warranty.pdf") { uploadId uploadUrl } }',
    {},
    { token: w.tokens.dispatcher, ...office },
  );
  expect((await fetch(`${app.url}${upload.data!.createDocumentUpload.uploadUrl}`, { method: 'PUT', body: PDF })).status).toBe(200);
  const created = await app.call<{ createDocument: { id: string } }>(
    'admin',
    'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
    { input: { uploadId: upload.data!.createDocumentUpload.uploadId, customerId: w.me.customer.id, kind: 'warranty', title: 'Furnace warranty', shared } },
    { token: w.tokens.dispatcher, ...office },
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createDocument.id;
}

async function fetchFile(link: string, ip: string, userAgent: string) {
  const res = await fetch(`${app.url}${link}`, from(ip, userAgent));
  return { status: res.status, disposition: res.headers.get('content-disposition') ?? '', length: res.headers.get('content-length'), body: Buffer.from(await res.arrayBuffer()) };
}

/** Rows of document_access_events as a database scope sees them. */
function eventsSeenBy(scope: RlsScope, documentId: string) {
  return app.db.$transaction(async (tx) => {
    await setScope(tx, scope);
    return tx.documentAccessEvent.findMany({ where: { documentId } });
  });
}

describe("a document's access history", () => {
  it('records uploads, sharing, views and downloads by the customer and staff, with where from; the office reads it newest first', async () => {
    const id = await uploadedDocument();
    tick();
    const share = 'mutation($id: ID!, $shared: Boolean!) { setDocumentShared(id: $id, shared: $shared) { id shared } }';
    expect((await app.call('admin', share, { id, shared: true }, { token: w.tokens.owner, ...from('203.0.113.11', CHROME_LINUX) })).errors).toBeUndefined();
    tick();

    const links = await app.call<{ document: { viewUrl: string; downloadUrl: string } }>(
      'portal',
      'query($id: ID!) { document(id: $id) { viewUrl downloadUrl } }',
      { id },
      { token: w.me.token },
    );
    const viewed = await fetchFile(links.data!.document.viewUrl, '198.51.100.7', SAFARI_IPHONE);
    expect(viewed).toMatchObject({ status: 200, length: String(PDF.length) });
    expect(viewed.disposition).toMatch(/^inline;/);
    expect(viewed.body.equals(PDF)).toBe(true);
    tick();
    const downloadedAt = app.clock.now.toISOString();
    const downloaded = await fetchFile(links.data!.document.downloadUrl, '198.51.100.7', SAFARI_IPHONE);
    expect(downloaded.disposition).toMatch(/^attachment;/);
    expect(downloaded.body.equals(PDF)).toBe(true);
    tick();

    const staffLink = await app.call<{ document: { downloadUrl: string } }>('admin', 'query($id: ID!) { document(id: $id) { downloadUrl } }', { id }, { token: w.tokens.admin });
    expect((await fetchFile(staffLink.data!.document.downloadUrl, '203.0.113.12', CHROME_LINUX)).status).toBe(200);
    tick();
    expect((await app.call('admin', share, { id, shared: false }, { token: w.tokens.owner, ...from('203.0.113.11', CHROME_LINUX) })).errors).toBeUndefined();

    const res = await app.call<History>('admin', HISTORY, { id, first: 10 }, { token: w.tokens.dispatcher });
    expect(res.errors).toBeUndefined();
    const names = await app.owner.staffUser.findMany({ where: { tenantId: w.tenantId }, select: { id: true, name: true, role: true } });
    const nameOf = (role: string) => names.find((s) => s.role === role)?.name;
    const nodes = res.data!.document.accessHistory.nodes;
    expect(nodes.map((n) => [n.action, n.actorType, n.actorName, n.ip])).toEqual([
      ['unshared', 'staff', nameOf('owner'), '203.0.113.11'],
      ['downloaded', 'staff', nameOf('admin'), '203.0.113.12'],
      ['downloaded', 'customer', w.me.customer.name, '198.51.100.7'],
      ['viewed', 'customer', w.me.customer.name, '198.51.100.7'],
      ['shared', 'staff', nameOf('owner'), '203.0.113.11'],
      ['uploaded', 'staff', nameOf('dispatcher'), '203.0.113.10'],
    ]);
    expect(nodes[2]).toMatchObject({ browser: 'Safari', os: 'iOS', actorId: w.me.customer.id, at: downloadedAt });
    expect(nodes[0]).toMatchObject({ browser: 'Chrome', os: 'Linux', at: app.clock.now.toISOString() });
    // The user agent is kept whole (up to 300 characters) for the record.
    const stored = await app.owner.documentAccessEvent.findFirst({ where: { documentId: id, action: 'viewed' } });
    expect(stored?.userAgent).toBe(SAFARI_IPHONE);

    // Pages: two at a time, from the cursor.
    const first = await app.call<History>('admin', HISTORY, { id, first: 2 }, { token: w.tokens.owner });
    const second = await app.call<History>('admin', HISTORY, { id, first: 2, after: first.data!.document.accessHistory.pageInfo.endCursor }, { token: w.tokens.owner });
    expect(first.data!.document.accessHistory.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.document.accessHistory.nodes.map((n) => n.action)).toEqual(['downloaded', 'viewed']);

    // The customer sees their own view and download (and nobody else's, nor staff's)...
    const own = await app.call<{ myDocumentAccess: { nodes: { action: string; documentId: string; documentTitle: string | null }[] } }>(
      'portal',
      'query { myDocumentAccess(first: 10) { nodes { action documentId documentTitle } } }',
      {},
      { token: w.me.token },
    );
    expect(own.data!.myDocumentAccess.nodes).toEqual([
      { action: 'downloaded', documentId: id, documentTitle: null },
      { action: 'viewed', documentId: id, documentTitle: null },
    ]);
    const theirs = await app.call<{ myDocumentAccess: { nodes: unknown[] } }>('portal', 'query { myDocumentAccess { nodes { action } } }', {}, { token: neighbour.token });
    expect(theirs.data!.myDocumentAccess.nodes).toEqual([]);
    // ...and it is in their activity log, which the office reads.
    const activity = await app.call<{ customer: { activity: { nodes: { action: string }[] } } }>(
      'admin',
      'query($id: ID!) { customer(id: $id) { activity(first: 50) { nodes { action } } } }',
      { id: w.me.customer.id },
      { token: w.tokens.owner },
    );
    expect(activity.data!.customer.activity.nodes.map((n) => n.action)).toEqual(expect.arrayContaining(['document.viewed', 'document.downloaded']));
  });

  it('is the office’s: a technician is refused, and another tenant’s staff find no such document', async () => {
    const id = await uploadedDocument(true);
    // On a job of the technician's own, so that the document itself is theirs to see.
    const job = await makeJob(app.owner, w.tenantId, w.me.customer.id, {
      siteId: w.me.site.id,
      serviceTypeId: w.serviceType.id,
      start: new Date('2026-11-24T15:00:00Z'),
      technicianId: w.tech1.id,
    });
    await app.owner.document.update({ where: { tenantId_id: { tenantId: w.tenantId, id } }, data: { jobId: job.id } });
    const seen = await app.call<{ document: { id: string } }>('admin', 'query($id: ID!) { document(id: $id) { id } }', { id }, { token: w.tokens.tech1 });
    expect(seen.data?.document.id).toBe(id);
    // Another technician does not find it at all.
    const notTheirs = await app.call('admin', 'query($id: ID!) { document(id: $id) { id } }', { id }, { token: w.tokens.tech2 });
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tech = await app.call<History>('admin', HISTORY, { id }, { token: w.tokens.tech1 });
    expect(tech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(tech.data).toBeNull();
    const stranger = await app.call<History>('admin', HISTORY, { id }, { token: other.tokens.owner });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(stranger.data)).not.toContain('uploaded');
    const missing = await app.call<History>('admin', HISTORY, { id: randomUUID() }, { token: w.tokens.owner });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('in the database: a customer reads only their own events, a technician and another tenant none', async () => {
    const id = await uploadedDocument(true);
    const links = await app.call<{ document: { downloadUrl: string } }>('portal', 'query($id: ID!) { document(id: $id) { downloadUrl } }', { id }, { token: w.me.token });
    expect((await fetchFile(links.data!.document.downloadUrl, '198.51.100.8', CHROME_LINUX)).status).toBe(200);

    const staff = await eventsSeenBy({ tenantId: w.tenantId, role: 'staff', staffId: randomUUID(), staffRole: 'owner' }, id);
    expect(staff.map((e) => e.action).sort()).toEqual(['downloaded', 'shared', 'uploaded']);
    const mine = await eventsSeenBy({ tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id, contactRights: '*' }, id);
    expect(mine.map((e) => [e.action, e.actorId])).toEqual([['downloaded', w.me.customer.id]]);
    expect(await eventsSeenBy({ tenantId: w.tenantId, role: 'customer', customerId: neighbour.customer.id, contactRights: '*' }, id)).toEqual([]);
    expect(await eventsSeenBy({ tenantId: w.tenantId, role: 'staff', staffId: w.tech1.id, staffRole: 'technician' }, id)).toEqual([]);
    expect(await eventsSeenBy({ tenantId: other.tenantId, role: 'staff', staffId: randomUUID(), staffRole: 'owner' }, id)).toEqual([]);
    expect(await eventsSeenBy({ tenantId: other.tenantId, role: 'system' }, id)).toEqual([]);
  });

  it('a customer cannot record an event as someone else, nor on a document they cannot see', async () => {
    const unshared = await uploadedDocument(false);
    const asCustomer = (data: { actorId: string; documentId: string }) =>
      app.db.$transaction(async (tx) => {
        await setScope(tx, { tenantId: w.tenantId, role: 'customer', customerId: w.me.customer.id, contactRights: '*' });
        return tx.documentAccessEvent.createMany({ data: [{ tenantId: w.tenantId, action: 'downloaded', actorType: 'customer', at: app.clock.now, ...data }] });
      });
    await expect(asCustomer({ actorId: neighbour.customer.id, documentId: unshared })).rejects.toThrow(/row-level security/);
    await expect(asCustomer({ actorId: w.me.customer.id, documentId: unshared })).rejects.toThrow(/row-level security/);
  });

  it('is append-only: no role of the application changes or removes an event', async () => {
    const id = await uploadedDocument();
    for (const scope of [
      { tenantId: w.tenantId, role: 'staff', staffId: randomUUID(), staffRole: 'owner' },
      { tenantId: w.tenantId, role: 'system' },
    ] as const) {
      const attempt = (sql: 'update' | 'delete') =>
        app.db.$transaction(async (tx) => {
          await setScope(tx, scope);
          return sql === 'update'
            ? tx.$executeRaw`UPDATE document_access_events SET ip = '10.0.0.1' WHERE document_id = ${id}::uuid`
            : tx.$executeRaw`DELETE FROM document_access_events WHERE document_id = ${id}::uuid`;
        });
      await expect(attempt('update')).rejects.toThrow(/permission denied/);
      await expect(attempt('delete')).rejects.toThrow(/permission denied/);
    }
    expect(await app.owner.documentAccessEvent.findMany({ where: { documentId: id }, select: { action: true, ip: true } })).toEqual([{ action: 'uploaded', ip: '203.0.113.10' }]);
  });
});

describe('a file that does not decrypt', () => {
  it('answers the download with the generic internal error, naming no key, and logs nothing as downloaded', async () => {
    const id = await uploadedDocument(true);
    // The same files, read by an instance given another master key.
    const wrong = await startTestApp({ storage: { ...app.deps.config.storage, masterKeys: { current: masterKey(randomBytes(32)), previous: [] } } });
    try {
      const links = await wrong.call<{ document: { downloadUrl: string } }>('portal', 'query($id: ID!) { document(id: $id) { downloadUrl } }', { id }, { token: w.me.token });
      const res = await fetch(`${wrong.url}${links.data!.document.downloadUrl}`);
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL' } }] });
      expect(body).not.toMatch(/master|key|decrypt/i);
    } finally {
      await wrong.close();
    }
    expect(await app.owner.documentAccessEvent.count({ where: { documentId: id, action: 'downloaded' } })).toBe(0);
  });
});
