// The service requests inbox: review, convert into a job (attachments shared as job documents),
// decline; what the customer then sees and is emailed; races, roles, isolation, the feature switch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ORIGIN, startTestApp, type TestApp } from '../test/app.js';
import { makeDispatchWorld } from '../test/factory.js';

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

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a photo')]);

/** A submitted request of the world's customer with one stored photo attached. */
async function requestOf(world: World, status: 'submitted' | 'reviewed' | 'converted' | 'declined' | 'completed' = 'submitted') {
  const request = await app.owner.serviceRequest.create({
    data: { tenantId: world.tenantId, customerId: world.me.customer.id, assetId: world.me.asset.id, description: 'The furnace makes a noise', status },
  });
  const storageKey = `tenants/${world.tenantId}/uploads/${randomUUID()}`;
  await app.deps.storage.put(storageKey, PNG, 'image/png');
  await app.owner.requestAttachment.create({
    data: { tenantId: world.tenantId, requestId: request.id, fileName: 'noise.png', contentType: 'image/png', sizeBytes: PNG.length, storageKey },
  });
  return request;
}

const plan = (world: World, extra: Record<string, unknown> = {}) => ({
  siteId: world.me.site.id,
  serviceTypeId: world.serviceType.id,
  start: new Date('2026-11-24T15:00:00Z').toISOString(),
  title: 'Furnace noise',
  autoAssign: true,
  ...extra,
});

const CONVERT =
  'mutation($id: ID!, $job: JobPlanInput!) { convertRequestToJob(id: $id, job: $job) { id status jobId job { id title assetId technicianId documents { title kind shared } } } }';
const REVIEW = 'mutation($id: ID!) { markRequestReviewed(id: $id) { id status } }';
const DECLINE = 'mutation($id: ID!, $reason: String!) { declineRequest(id: $id, reason: $reason) { id status declineReason } }';

describe('the inbox', () => {
  it('lists requests newest first with their customer and attachments, filtered by status', async () => {
    const world = await makeDispatchWorld(app);
    const first = await requestOf(world);
    const reviewed = await requestOf(world, 'reviewed');
    const res = await app.call<{ serviceRequestsInbox: { nodes: { id: string; customerName: string; attachments: { fileName: string; url: string }[] }[] } }>(
      'admin',
      'query($s: RequestStatus) { serviceRequestsInbox(status: $s) { nodes { id customerName assetName attachments { fileName url } } } }',
      { s: 'submitted' },
      { token: world.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.serviceRequestsInbox.nodes.map((n) => n.id)).toEqual([first.id]);
    expect(res.data!.serviceRequestsInbox.nodes[0]).toMatchObject({ customerName: world.me.customer.name, attachments: [{ fileName: 'noise.png' }] });
    const photo = await fetch(`${app.url}${res.data!.serviceRequestsInbox.nodes[0]!.attachments[0]!.url}`);
    expect(photo.status).toBe(200);
    const all = await app.call<{ serviceRequestsInbox: { nodes: { id: string }[] } }>(
      'admin',
      'query { serviceRequestsInbox { nodes { id } } }',
      {},
      { token: world.tokens.owner },
    );
    expect(all.data!.serviceRequestsInbox.nodes.map((n) => n.id)).toEqual([reviewed.id, first.id]);
  });

  it('marking reviewed shows in the portal and emails the customer; twice is CONFLICT', async () => {
    const request = await requestOf(w);
    const res = await app.call('admin', REVIEW, { id: request.id }, { token: w.tokens.dispatcher });
    expect(res.data).toEqual({ markRequestReviewed: { id: request.id, status: 'reviewed' } });
    const portal = await app.call<{ serviceRequest: { status: string } }>(
      'portal',
      'query($id: ID!) { serviceRequest(id: $id) { status } }',
      { id: request.id },
      { token: w.me.token },
    );
    expect(portal.data!.serviceRequest.status).toBe('reviewed');
    const mail = await app.owner.outboxEmail.findMany({ where: { tenantId: w.tenantId, customerId: w.me.customer.id, subject: { contains: 'is looking at your request' } } });
    expect(mail).toHaveLength(1);
    // The portal's requests page (requests have no page of their own).
    expect(mail[0]!.text).toContain(`${TEST_ORIGIN}/${w.tenant.slug}/portal/requests\n`);
    const again = await app.call('admin', REVIEW, { id: request.id }, { token: w.tokens.dispatcher });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('declining needs a reason, which the customer sees; a customer who switched request emails off gets none', async () => {
    const request = await requestOf(w);
    const blank = await app.call('admin', DECLINE, { id: request.id, reason: '  ' }, { token: w.tokens.owner });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await app.owner.serviceRequest.findFirstOrThrow({ where: { id: request.id } })).status).toBe('submitted');
    await app.owner.portalAccount.updateMany({ where: { customerId: w.me.customer.id }, data: { notificationPreferences: { requestStatusChanged: 'inApp' } } });
    try {
      const res = await app.call('admin', DECLINE, { id: request.id, reason: 'We do not service this model.' }, { token: w.tokens.owner });
      expect(res.data).toEqual({ declineRequest: { id: request.id, status: 'declined', declineReason: 'We do not service this model.' } });
      const portal = await app.call<{ serviceRequest: unknown }>(
        'portal',
        'query($id: ID!) { serviceRequest(id: $id) { status declineReason } }',
        { id: request.id },
        { token: w.me.token },
      );
      expect(portal.data!.serviceRequest).toEqual({ status: 'declined', declineReason: 'We do not service this model.' });
      expect(await app.owner.outboxEmail.count({ where: { customerId: w.me.customer.id, subject: { contains: 'cannot take your request' } } })).toBe(0);
    } finally {
      await app.owner.portalAccount.updateMany({ where: { customerId: w.me.customer.id }, data: { notificationPreferences: {} } });
    }
  });
});

describe('converting a request into a job', () => {
  it('creates the job, links it, and shares the attachments as job documents the customer sees', async () => {
    const request = await requestOf(w);
    const res = await app.call<{ convertRequestToJob: { status: string; jobId: string; job: { id: string; assetId: string; technicianId: string; documents: unknown[] } } }>(
      'admin',
      CONVERT,
      { id: request.id, job: plan(w) },
      { token: w.tokens.dispatcher },
    );
    expect(res.errors).toBeUndefined();
    const converted = res.data!.convertRequestToJob;
    expect(converted).toMatchObject({
      status: 'converted',
      jobId: converted.job.id,
      job: { title: 'Furnace noise', assetId: w.me.asset.id, documents: [{ title: 'noise.png', kind: 'photo', shared: true }] },
    });
    expect(converted.job.technicianId).not.toBeNull();
    const portal = await app.call<{
      serviceRequest: { status: string; job: { id: string; title: string; localDate: string; documents: { fileName: string; downloadUrl: string }[] } };
    }>('portal', 'query($id: ID!) { serviceRequest(id: $id) { status job { id title localDate documents { fileName downloadUrl } } } }', { id: request.id }, { token: w.me.token });
    expect(portal.data!.serviceRequest).toMatchObject({
      status: 'converted',
      job: { id: converted.jobId, title: 'Furnace noise', localDate: '2026-11-24', documents: [{ fileName: 'noise.png' }] },
    });
    const download = await fetch(`${app.url}${portal.data!.serviceRequest.job.documents[0]!.downloadUrl}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PNG);
    expect(await app.owner.outboxEmail.count({ where: { customerId: w.me.customer.id, subject: { startsWith: 'Your request is scheduled' } } })).toBe(1);
    // The conversion shared the document, and the customer downloaded it: both in its access history.
    const events = await app.owner.documentAccessEvent.findMany({ where: { tenantId: w.tenantId, document: { jobId: converted.jobId } }, orderBy: { action: 'asc' } });
    expect(events.map((e) => [e.action, e.actorType])).toEqual([
      ['downloaded', 'customer'],
      ['shared', 'staff'],
    ]);
  });

  it('of two staff members converting at once, one wins and the other gets CONFLICT; one job exists', async () => {
    const request = await requestOf(w);
    const before = await app.owner.job.count({ where: { tenantId: w.tenantId } });
    const results = await Promise.all([
      app.call('admin', CONVERT, { id: request.id, job: plan(w, { start: '2026-11-25T15:00:00Z' }) }, { token: w.tokens.dispatcher }),
      app.call('admin', CONVERT, { id: request.id, job: plan(w, { start: '2026-11-26T15:00:00Z' }) }, { token: w.tokens.owner }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(await app.owner.job.count({ where: { tenantId: w.tenantId } })).toBe(before + 1);
    expect(await app.owner.document.count({ where: { tenantId: w.tenantId, title: 'noise.png', job: { serviceRequests: { some: { id: request.id } } } } })).toBe(1);
  });

  it('a declined, converted or completed request cannot be converted, and nothing changes', async () => {
    for (const status of ['declined', 'converted', 'completed'] as const) {
      const request = await requestOf(w, status);
      const jobs = await app.owner.job.count({ where: { tenantId: w.tenantId } });
      const res = await app.call('admin', CONVERT, { id: request.id, job: plan(w) }, { token: w.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toBe(`This request is ${status} and can no longer be converted into a job.`);
      expect(await app.owner.serviceRequest.findFirstOrThrow({ where: { id: request.id } })).toMatchObject({ status, jobId: null });
      expect(await app.owner.job.count({ where: { tenantId: w.tenantId } })).toBe(jobs);
    }
  });

  it('bad job input is BAD_USER_INPUT and leaves the request open', async () => {
    const request = await requestOf(w);
    const res = await app.call('admin', CONVERT, { id: request.id, job: plan(w, { title: '' }) }, { token: w.tokens.owner });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await app.owner.serviceRequest.findFirstOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'submitted', jobId: null });
  });
});

describe('limits', () => {
  it('technicians are FORBIDDEN the inbox', async () => {
    const request = await requestOf(w);
    for (const [query, vars] of [
      ['query { serviceRequestsInbox { nodes { id } } }', {}],
      [REVIEW, { id: request.id }],
      [DECLINE, { id: request.id, reason: 'no' }],
      [CONVERT, { id: request.id, job: plan(w) }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: w.tokens.tech1 });
      expect(res.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    expect((await app.owner.serviceRequest.findFirstOrThrow({ where: { id: request.id } })).status).toBe('submitted');
  });

  it("another tenant's or a malformed request id is NOT_FOUND, and so is a site of another customer", async () => {
    const foreign = await requestOf(other);
    for (const [query, vars] of [
      ['query($id: ID!) { inboxRequest(id: $id) { id } }', {}],
      [REVIEW, {}],
      [DECLINE, { reason: 'no' }],
      [CONVERT, { job: plan(w) }],
    ] as const) {
      for (const id of [foreign.id, randomUUID(), 'nope']) {
        const res = await app.call('admin', query, { id, ...vars }, { token: w.tokens.owner });
        expect(res.errors?.[0]?.extensions?.code, `${query} ${id}`).toBe('NOT_FOUND');
      }
    }
    expect((await app.owner.serviceRequest.findFirstOrThrow({ where: { id: foreign.id } })).status).toBe('submitted');
    const mine = await requestOf(w);
    const res = await app.call('admin', CONVERT, { id: mine.id, job: plan(w, { siteId: other.me.site.id }) }, { token: w.tokens.owner });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.owner.serviceRequest.findFirstOrThrow({ where: { id: mine.id } })).status).toBe('submitted');
  });

  it('when the business switched requests off, the inbox is FORBIDDEN', async () => {
    const world = await makeDispatchWorld(app);
    const request = await requestOf(world);
    await app.owner.tenant.update({ where: { id: world.tenantId }, data: { featureRequests: false } });
    for (const [query, vars] of [
      ['query { serviceRequestsInbox { nodes { id } } }', {}],
      [REVIEW, { id: request.id }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: world.tokens.owner });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
