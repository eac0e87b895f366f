// Documents through the admin endpoint: upload through a signed link, file under a customer
// and job, share and unshare (the portal follows), technicians on their own jobs only,
// isolation of every id, and the feature switch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeBookingCustomer, makeDispatchWorld, makeJob } from '../test/factory.js';

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

const PDF = Buffer.from('%PDF-1.4\nreport\n%%EOF\n');
const UPLOAD = 'mutation($name: String!) { createDocumentUpload(fileName: $name) { uploadId uploadUrl allowedTypes } }';
const CREATE = 'mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id title kind shared jobId customerId fileName contentType sizeBytes downloadUrl } }';
const SHARE = 'mutation($id: ID!, $shared: Boolean!) { setDocumentShared(id: $id, shared: $shared) { id shared } }';

function jobOf(world: World, technicianId?: string) {
  return makeJob(app.owner, world.tenantId, world.me.customer.id, {
    siteId: world.me.site.id,
    serviceTypeId: world.serviceType.id,
    start: new Date('2026-11-24T15:00:00Z'),
    technicianId,
  });
}

/** An upload of `token`'s staff member with the PDF's bytes received. */
async function uploaded(token: string, name = 'report.pdf'): Promise<string> {
  const res = await app.call<{ createDocumentUpload: { uploadId: string; uploadUrl: string; allowedTypes: string[] } }>('admin', UPLOAD, { name }, { token });
  expect(res.errors).toBeUndefined();
  expect(res.data!.createDocumentUpload.allowedTypes).toContain('application/pdf');
  const put = await fetch(`${app.url}${res.data!.createDocumentUpload.uploadUrl}`, { method: 'PUT', body: PDF });
  expect(put.status).toBe(200);
  return res.data!.createDocumentUpload.uploadId;
}

type Doc = { id: string; shared: boolean; downloadUrl: string };
const portalDocs = async (world: World) =>
  (await app.call<{ documents: { nodes: { id: string }[] } }>('portal', 'query { documents { nodes { id } } }', {}, { token: world.me.token })).data!.documents.nodes.map(
    (n) => n.id,
  );

describe('uploading and sharing', () => {
  it('an unshared document stays out of the portal until staff share it, and back out when unshared', async () => {
    const job = await jobOf(w);
    const uploadId = await uploaded(w.tokens.dispatcher);
    const res = await app.call<{ createDocument: Doc }>(
      'admin',
      CREATE,
      { input: { uploadId, customerId: w.me.customer.id, jobId: job.id, kind: 'report', title: ' Service report ' } },
      { token: w.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    const doc = res.data!.createDocument;
    expect(doc).toMatchObject({
      title: 'Service report',
      kind: 'report',
      shared: false,
      jobId: job.id,
      fileName: 'report.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const download = await fetch(`${app.url}${doc.downloadUrl}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect(await portalDocs(w)).not.toContain(doc.id);
    expect((await app.call('admin', SHARE, { id: doc.id, shared: true }, { token: w.tokens.dispatcher })).data).toEqual({ setDocumentShared: { id: doc.id, shared: true } });
    expect(await portalDocs(w)).toContain(doc.id);
    const jobInPortal = await app.call<{ job: { documents: { id: string }[] } }>(
      'portal',
      'query($id: ID!) { job(id: $id) { documents { id } } }',
      { id: job.id },
      { token: w.me.token },
    );
    expect(jobInPortal.data!.job.documents.map((d) => d.id)).toEqual([doc.id]);
    await app.call('admin', SHARE, { id: doc.id, shared: false }, { token: w.tokens.dispatcher });
    expect(await portalDocs(w)).not.toContain(doc.id);
    const logged = await app.owner.activityLog.findMany({ where: { subjectId: doc.id }, orderBy: { createdAt: 'asc' } });
    expect(logged.map((l) => l.action).sort()).toEqual(['document.added', 'document.shared', 'document.unshared']);
  });

  it("an upload is used once; an unsent one, another staff member's or a bad title is refused", async () => {
    const uploadId = await uploaded(w.tokens.owner);
    const input = { uploadId, customerId: w.me.customer.id, kind: 'contract', title: 'Contract', shared: true };
    const badTitle = await app.call('admin', CREATE, { input: { ...input, title: ' ' } }, { token: w.tokens.owner });
    expect(badTitle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await app.call('admin', CREATE, { input }, { token: w.tokens.owner })).errors).toBeUndefined();
    expect((await app.call('admin', CREATE, { input }, { token: w.tokens.owner })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Reserved but never PUT.
    const empty = await app.call<{ createDocumentUpload: { uploadId: string } }>('admin', UPLOAD, { name: 'x.pdf' }, { token: w.tokens.owner });
    const unsent = await app.call('admin', CREATE, { input: { ...input, uploadId: empty.data!.createDocumentUpload.uploadId } }, { token: w.tokens.owner });
    expect(unsent.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Another staff member's upload.
    const theirs = await uploaded(w.tokens.admin);
    expect((await app.call('admin', CREATE, { input: { ...input, uploadId: theirs } }, { token: w.tokens.owner })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("a staff upload is invisible to customers: it cannot be attached to the customer's request", async () => {
    const uploadId = await uploaded(w.tokens.owner);
    const res = await app.call(
      'portal',
      'mutation($ids: [ID!]!) { submitServiceRequest(input: { description: "x", attachmentIds: $ids }) { id } }',
      { ids: [uploadId] },
      { token: w.me.token },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('technicians', () => {
  it('add photos to their own jobs and list only those documents; not to other jobs or without a job', async () => {
    const mine = await jobOf(w, w.tech1.id);
    const theirs = await jobOf(w, w.tech2.id);
    const photo = async (jobId: string | null) =>
      app.call<{ createDocument: Doc }>(
        'admin',
        CREATE,
        { input: { uploadId: await uploaded(w.tokens.tech1, 'p.pdf'), customerId: w.me.customer.id, jobId, kind: 'photo', title: 'Photo', shared: true } },
        { token: w.tokens.tech1 },
      );
    const ok = await photo(mine.id);
    expect(ok.errors).toBeUndefined();
    expect((await photo(theirs.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await photo(null)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const officeDoc = await app.call<{ createDocument: Doc }>(
      'admin',
      CREATE,
      { input: { uploadId: await uploaded(w.tokens.owner), customerId: w.me.customer.id, kind: 'contract', title: 'Contract' } },
      { token: w.tokens.owner },
    );
    const listed = await app.call<{ documents: { nodes: { id: string }[] } }>(
      'admin',
      'query($c: ID!) { documents(customerId: $c, first: 100) { nodes { id } } }',
      { c: w.me.customer.id },
      { token: w.tokens.tech1 },
    );
    expect(listed.data!.documents.nodes.map((n) => n.id)).toContain(ok.data!.createDocument.id);
    expect(listed.data!.documents.nodes.map((n) => n.id)).not.toContain(officeDoc.data!.createDocument.id);
    const unshare = await app.call('admin', SHARE, { id: officeDoc.data!.createDocument.id, shared: true }, { token: w.tokens.tech1 });
    expect(unshare.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byJob = await app.call('admin', 'query($j: ID!) { documents(jobId: $j) { nodes { id } } }', { j: theirs.id }, { token: w.tokens.tech1 });
    expect(byJob.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('isolation and the feature switch', () => {
  it("another tenant's customer, job, document or upload, or a malformed id, is NOT_FOUND", async () => {
    const foreignJob = await jobOf(other);
    const neighbour = await makeBookingCustomer(app, w.tenantId);
    const neighboursJob = await makeJob(app.owner, w.tenantId, neighbour.customer.id, {
      siteId: neighbour.site.id,
      serviceTypeId: w.serviceType.id,
      start: new Date('2026-11-24T18:00:00Z'),
    });
    const foreignUpload = await uploaded(other.tokens.owner);
    const foreignDoc = await app.call<{ createDocument: Doc }>(
      'admin',
      CREATE,
      { input: { uploadId: foreignUpload, customerId: other.me.customer.id, kind: 'report', title: 'R' } },
      { token: other.tokens.owner },
    );
    const foreignDocId = foreignDoc.data!.createDocument.id;
    const base = async () => ({ uploadId: await uploaded(w.tokens.owner), customerId: w.me.customer.id, kind: 'report', title: 'R' });
    for (const extra of [
      { customerId: other.me.customer.id },
      { jobId: foreignJob.id },
      { jobId: neighboursJob.id },
      { uploadId: await uploaded(other.tokens.owner) },
      { customerId: 'x' },
    ]) {
      const res = await app.call('admin', CREATE, { input: { ...(await base()), ...extra } }, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(extra)).toBe('NOT_FOUND');
    }
    for (const id of [foreignDocId, randomUUID(), 'x']) {
      expect((await app.call('admin', SHARE, { id, shared: true }, { token: w.tokens.owner })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    for (const vars of [{ c: other.me.customer.id }, { j: foreignJob.id }]) {
      const res = await app.call('admin', 'query($c: ID, $j: ID) { documents(customerId: $c, jobId: $j) { nodes { id } } }', vars, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await app.owner.document.findFirstOrThrow({ where: { id: foreignDocId } })).shared).toBe(false);
  });

  it('when the business switched documents off, documents admin is FORBIDDEN', async () => {
    const world = await makeDispatchWorld(app);
    await app.owner.tenant.update({ where: { id: world.tenantId }, data: { featureDocuments: false } });
    for (const [query, vars] of [
      [UPLOAD, { name: 'a.pdf' }],
      ['query($c: ID!) { documents(customerId: $c) { nodes { id } } }', { c: world.me.customer.id }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: world.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
