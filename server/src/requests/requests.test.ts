// Service requests: submitting with attachments uploaded through signed links, the checks on
// those files, the read side, isolation of every id-taking field, and the feature switch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeTenant } from '../test/factory.js';

let app: TestApp;

// Bytes that are what they claim: a PNG signature and a PDF header are all the sniffer reads.
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
// A Windows executable renamed photo.jpg.
const DISGUISED_EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(64)]);

interface Customer {
  tenantId: string;
  customerId: string;
  token: string;
  records: Awaited<ReturnType<typeof makeCustomerRecords>>;
  assetId: string;
}

async function makeCustomerWithAsset(tenantId: string): Promise<Customer> {
  const { account } = await makeCustomer(app.owner, tenantId);
  if (!account) throw new Error('account expected');
  const records = await makeCustomerRecords(app.owner, tenantId, account.customerId);
  const assetType = await app.owner.assetType.create({ data: { tenantId, code: `furnace-${randomUUID()}` } });
  const asset = await app.owner.asset.create({ data: { tenantId, customerId: account.customerId, assetTypeId: assetType.id, name: 'Furnace' } });
  return { tenantId, customerId: account.customerId, token: (await customerToken(app, account)).token, records, assetId: asset.id };
}

let me: Customer;
let neighbour: Customer;
let stranger: Customer;

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app.owner);
  const other = await makeTenant(app.owner);
  me = await makeCustomerWithAsset(tenant.id);
  neighbour = await makeCustomerWithAsset(tenant.id);
  stranger = await makeCustomerWithAsset(other.id);
});
afterAll(() => app.close());

const CREATE_UPLOAD = 'mutation($name: String!) { createAttachmentUpload(fileName: $name) { uploadId uploadUrl maxBytes allowedTypes } }';
const SUBMIT = `mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) {
  id description urgency status preferredAt assetId jobId job { id } attachments { id fileName contentType sizeBytes url } } }`;

async function reserve(who: Customer, name = 'photo.png') {
  const res = await app.call<{ createAttachmentUpload: { uploadId: string; uploadUrl: string; maxBytes: number; allowedTypes: string[] } }>(
    'portal',
    CREATE_UPLOAD,
    { name },
    { token: who.token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createAttachmentUpload;
}

function put(uploadUrl: string, bytes: Buffer) {
  return fetch(`${app.url}${uploadUrl}`, { method: 'PUT', headers: { 'content-type': 'image/jpeg' }, body: bytes });
}

async function upload(who: Customer, name: string, bytes: Buffer): Promise<string> {
  const reserved = await reserve(who, name);
  const res = await put(reserved.uploadUrl, bytes);
  expect(res.status).toBe(200);
  return reserved.uploadId;
}

function submit(who: Customer, input: Record<string, unknown>) {
  return app.call<{
    submitServiceRequest: { id: string; attachments: { id: string; fileName: string; contentType: string; sizeBytes: number; url: string }[] } & Record<string, unknown>;
  }>('portal', SUBMIT, { input: { description: 'The furnace makes a banging noise.', ...input } }, { token: who.token });
}

const countRequests = (customerId: string) => app.owner.serviceRequest.count({ where: { customerId } });

describe('submitting a request with attachments', () => {
  it('uploads a photo and a PDF, submits them with the request, and serves them back through signed links', async () => {
    const photo = await upload(me, 'C:\\Users\\me\\noise.png', PNG);
    const manual = await upload(me, 'manual.pdf', PDF);
    const preferredAt = new Date(app.clock.now.getTime() + 2 * 86_400_000).toISOString();
    const res = await submit(me, { urgency: 'high', assetId: me.assetId, preferredAt, attachmentIds: [photo, manual] });
    expect(res.errors).toBeUndefined();
    const request = res.data!.submitServiceRequest;
    expect(request).toMatchObject({ urgency: 'high', status: 'submitted', preferredAt, assetId: me.assetId, jobId: null, job: null });
    expect(request.attachments.map((a) => [a.id, a.fileName, a.contentType, a.sizeBytes])).toEqual([
      [photo, 'noise.png', 'image/png', PNG.length],
      [manual, 'manual.pdf', 'application/pdf', PDF.length],
    ]);
    const download = await fetch(`${app.url}${request.attachments[0]!.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);

    const logged = await app.owner.activityLog.findMany({ where: { customerId: me.customerId, action: 'request.submitted' } });
    expect(logged.map((l) => l.subjectId)).toContain(request.id);
  });

  it('tells the client what it accepts', async () => {
    const reserved = await reserve(me);
    expect(reserved.maxBytes).toBe(10 * 1024 * 1024);
    expect(reserved.allowedTypes).toEqual(expect.arrayContaining(['image/jpeg', 'image/png', 'image/heic', 'application/pdf']));
    expect(reserved.uploadUrl).toMatch(new RegExp(`^/files/v1/uploads/${reserved.uploadId}\\?token=`));
  });

  it('refuses an executable disguised as photo.jpg and stores nothing', async () => {
    const reserved = await reserve(me, 'photo.jpg');
    const res = await put(reserved.uploadUrl, DISGUISED_EXE);
    expect(res.status).toBe(415);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(body.errors[0]!.message).toMatch(/JPEG.*PDF/);
    const row = await app.owner.upload.findFirstOrThrow({ where: { id: reserved.uploadId } });
    expect(row.uploadedAt).toBeNull();
    expect(await app.deps.storage.exists(row.storageKey)).toBe(false);
    // And it cannot be attached.
    const attempt = await submit(me, { attachmentIds: [reserved.uploadId] });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    const reserved = await reserve(me, 'huge.png');
    const res = await put(reserved.uploadUrl, Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const row = await app.owner.upload.findFirstOrThrow({ where: { id: reserved.uploadId } });
    expect(row.uploadedAt).toBeNull();
    expect(await app.deps.storage.exists(row.storageKey)).toBe(false);
  });

  it('an upload link works only for its own upload, and not after the session ended', async () => {
    const mine = await reserve(me);
    const other = await reserve(me);
    const swapped = mine.uploadUrl.replace(mine.uploadId, other.uploadId);
    expect((await put(swapped, PNG)).status).toBe(404);
    const { account } = await makeCustomer(app.owner, me.tenantId);
    const session = await customerToken(app, account!);
    const reserved = await reserve({ ...me, token: session.token });
    await app.owner.session.update({ where: { tenantId_id: { tenantId: me.tenantId, id: session.sessionId } }, data: { revokedAt: app.clock.now } });
    expect((await put(reserved.uploadUrl, PNG)).status).toBe(404);
  });

  it('an upload can be attached only once', async () => {
    const photo = await upload(me, 'once.png', PNG);
    expect((await submit(me, { attachmentIds: [photo] })).errors).toBeUndefined();
    const before = await countRequests(me.customerId);
    const again = await submit(me, { attachmentIds: [photo] });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await countRequests(me.customerId)).toBe(before);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an empty description', { description: '   ' }, 'description'],
    ['a description over 4000 characters', { description: 'x'.repeat(4001) }, 'description'],
    ['a preferred time in the past', { preferredAt: '2026-11-01T10:00:00Z' }, 'preferredAt'],
    ['more than 5 attachments', { attachmentIds: Array.from({ length: 6 }, () => randomUUID()) }, 'attachmentIds'],
  ];
  for (const [what, input, field] of invalid) {
    it(`refuses ${what}, naming the field, and creates nothing`, async () => {
      const before = await countRequests(me.customerId);
      const res = await submit(me, input);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await countRequests(me.customerId)).toBe(before);
    });
  }

  it('refuses an empty file name', async () => {
    const res = await app.call('portal', CREATE_UPLOAD, { name: ' / ' }, { token: me.token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
  });
});

describe('ids of other customers and tenants', () => {
  const others = () =>
    [
      ['another customer', neighbour],
      ['another tenant', stranger],
    ] as const;

  it('an asset of another customer or tenant, or a malformed one, is NOT_FOUND and creates nothing', async () => {
    const before = await countRequests(me.customerId);
    for (const assetId of [neighbour.assetId, stranger.assetId, 'not-an-id', randomUUID()]) {
      const res = await submit(me, { assetId });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await countRequests(me.customerId)).toBe(before);
  });

  it("another customer's or tenant's upload is NOT_FOUND, and stays unused", async () => {
    for (const [, other] of others()) {
      const theirs = await upload(other, 'theirs.png', PNG);
      const res = await submit(me, { attachmentIds: [theirs] });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.owner.upload.findFirstOrThrow({ where: { id: theirs } })).consumedAt).toBeNull();
    }
  });

  it("another customer's or tenant's request is NOT_FOUND, exactly like a missing one, and so is its attachment", async () => {
    const ask = (id: string) => app.call('portal', 'query($id: ID!) { serviceRequest(id: $id) { id } }', { id }, { token: me.token });
    const missing = await ask(randomUUID());
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ask('nope')).errors).toEqual(missing.errors);
    for (const [, other] of others()) {
      const photo = await upload(other, 'theirs.png', PNG);
      const theirs = (await submit(other, { attachmentIds: [photo] })).data!.submitServiceRequest;
      const res = await ask(theirs.id);
      expect(res.data).toBeNull();
      expect(res.errors).toEqual(missing.errors);
      // A link the owner got is bound to the owner's session; retargeting mine at it fails.
      const mine = (await submit(me, { attachmentIds: [await upload(me, 'm.png', PNG)] })).data!.submitServiceRequest;
      const retargeted = mine.attachments[0]!.url.replace(mine.attachments[0]!.id, theirs.attachments[0]!.id);
      expect((await fetch(`${app.url}${retargeted}`)).status).toBe(404);
    }
  });
});

describe('reading requests', () => {
  it('lists only my requests, newest first, filters by status, and links a converted request to its job', async () => {
    const fresh = await makeCustomerWithAsset(me.tenantId);
    const base = app.clock.now.getTime();
    const make = (description: string, minutesAgo: number, extra: Record<string, unknown> = {}) =>
      app.owner.serviceRequest.create({
        data: { tenantId: fresh.tenantId, customerId: fresh.customerId, description, createdAt: new Date(base - minutesAgo * 60_000), ...extra },
      });
    const converted = await make('converted', 30, { status: 'converted', jobId: fresh.records.job.id });
    const declined = await make('declined', 20, { status: 'declined', declineReason: 'We do not service boats.' });
    const open = await make('open', 10);
    await app.owner.requestAttachment.createMany({
      data: [converted, declined, open].map((r) => ({
        tenantId: r.tenantId,
        requestId: r.id,
        fileName: 'a.png',
        contentType: 'image/png',
        sizeBytes: 1,
        storageKey: `tenants/${r.tenantId}/uploads/${randomUUID()}`,
      })),
    });
    await make('neighbour', 5).then(() => undefined);
    await app.owner.serviceRequest.create({ data: { tenantId: neighbour.tenantId, customerId: neighbour.customerId, description: 'not mine' } });

    const list = `query($status: RequestStatus) { serviceRequests(status: $status) { nodes { id status declineReason job { id title site { label } } attachments { fileName url } } } }`;
    app.statements.length = 0;
    const all = await app.call<{
      serviceRequests: {
        nodes: { id: string; status: string; declineReason: string | null; job: { id: string; title: string; site: { label: string } } | null; attachments: { url: string }[] }[];
      };
    }>('portal', list, {}, { token: fresh.token });
    expect(all.errors).toBeUndefined();
    const nodes = all.data!.serviceRequests.nodes;
    expect(nodes.map((n) => n.status)).toEqual(['submitted', 'submitted', 'declined', 'converted']);
    expect(nodes.find((n) => n.id === converted.id)?.job).toEqual({ id: fresh.records.job.id, title: 'Furnace tune-up', site: { label: 'Home' } });
    expect(nodes.find((n) => n.id === declined.id)?.declineReason).toBe('We do not service boats.');
    expect(nodes.find((n) => n.id === open.id)?.attachments[0]?.url).toMatch(/^\/files\/v1\/attachment\//);
    // Jobs, sites and attachments are batched: the statement count does not grow with the list.
    const statementsForFour = app.statements.length;
    for (let i = 0; i < 6; i++) await make(`more ${i}`, 40 + i, { status: 'converted', jobId: fresh.records.job.id });
    app.statements.length = 0;
    await app.call('portal', list, {}, { token: fresh.token });
    expect(app.statements.length).toBe(statementsForFour);

    const declinedOnly = await app.call<{ serviceRequests: { nodes: { id: string }[] } }>('portal', list, { status: 'declined' }, { token: fresh.token });
    expect(declinedOnly.data?.serviceRequests.nodes.map((n) => n.id)).toEqual([declined.id]);
  });
});

describe('when the business switched service requests off', () => {
  it('every request operation and attachment link answers FORBIDDEN with a clear message', async () => {
    const tenant = await makeTenant(app.owner);
    const who = await makeCustomerWithAsset(tenant.id);
    const reserved = await reserve(who);
    const photo = await upload(who, 'p.png', PNG);
    const request = (await submit(who, { attachmentIds: [photo] })).data!.submitServiceRequest;
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureRequests: false } });

    const calls = [
      app.call('portal', '{ serviceRequests { nodes { id } } }', {}, { token: who.token }),
      app.call('portal', 'query($id: ID!) { serviceRequest(id: $id) { id } }', { id: request.id }, { token: who.token }),
      app.call('portal', CREATE_UPLOAD, { name: 'x.png' }, { token: who.token }),
      submit(who, {}),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/Service requests is not available/);
    }
    expect((await put(reserved.uploadUrl, PNG)).status).toBe(403);
    expect((await fetch(`${app.url}${request.attachments[0]!.url}`)).status).toBe(403);
  });
});
