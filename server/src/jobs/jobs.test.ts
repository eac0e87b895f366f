import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeCustomerRecords, makeJob, makeSite, makeStaff, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Node = { id: string };
type Page = { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** A Chicago business; the test clock is 2026-11-20 15:00 UTC (09:00 there). */
async function makeWorld() {
  const tenant = await makeTenant(app.owner);
  const { account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('account expected');
  const customerId = account.customerId;
  const records = await makeCustomerRecords(app.owner, tenant.id, customerId);
  const home = records.site;
  const cabin = await makeSite(app.owner, tenant.id, customerId, 'Cabin');
  const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace' });
  const furnace = await makeAsset(app.owner, tenant.id, customerId, type.id, { siteId: home.id, name: 'Basement furnace' });
  const technician = await makeStaff(app.owner, tenant.id, 'technician');
  const base = { siteId: home.id, serviceTypeId: records.job.serviceTypeId };
  const job = (start: string, more: Partial<Parameters<typeof makeJob>[3]> = {}) => makeJob(app.owner, tenant.id, customerId, { ...base, start: new Date(start), ...more });
  const jobs = {
    nextWeek: await job('2026-11-24T15:00:00Z', { assetId: furnace.id, technicianId: technician.id }),
    sunday: await job('2026-11-22T15:00:00Z', { siteId: cabin.id }),
    // Started half an hour ago and not over: still upcoming.
    underway: await job('2026-11-20T14:30:00Z', { status: 'in_progress' }),
    cancelled: await job('2026-11-23T15:00:00Z', { status: 'cancelled' }),
    // Its time has passed though nobody closed it.
    stale: await job('2026-11-10T15:00:00Z'),
    recordsJob: records.job,
    october: await job('2026-10-01T15:00:00Z', { status: 'completed', siteId: cabin.id, assetId: furnace.id }),
  };
  await app.owner.job.updateMany({ where: { id: jobs.october.id }, data: { partsUsed: [{ name: 'Filter', quantity: 2 }, { name: 'Belt' }] } });
  const { token } = await customerToken(app, account);
  return { tenant, customerId, token, records, home, cabin, furnace, technician, jobs };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let world: World;
let neighbour: World;
let stranger: World;
beforeAll(async () => {
  world = await makeWorld();
  neighbour = await makeWorld();
  stranger = await makeWorld();
  // The neighbour is another customer of the same business.
  const { account } = await makeCustomer(app.owner, world.tenant.id);
  const records = await makeCustomerRecords(app.owner, world.tenant.id, account!.customerId);
  const type = await makeAssetType(app.owner, world.tenant.id, { en: 'Boiler' });
  const asset = await makeAsset(app.owner, world.tenant.id, account!.customerId, type.id);
  neighbour = { ...neighbour, records, home: records.site, furnace: asset, jobs: { ...neighbour.jobs, recordsJob: records.job } };
});

const LIST = `query($when: JobWhen, $status: JobStatus, $siteId: ID, $assetId: ID, $first: Int, $after: String) {
  jobs(when: $when, status: $status, siteId: $siteId, assetId: $assetId, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;

async function list(vars: Record<string, unknown>) {
  const res = await app.call<{ jobs: Page }>('portal', LIST, vars, { token: world.token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.jobs;
}

describe('jobs list', () => {
  it('upcoming jobs are the open ones not yet over, soonest first, across pages', async () => {
    const { jobs } = world;
    const first = await list({ when: 'UPCOMING', first: 2 });
    expect(first.nodes.map((n) => n.id)).toEqual([jobs.underway.id, jobs.sunday.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ when: 'UPCOMING', first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual([jobs.nextWeek.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('past jobs are the rest (closed or over), latest first, across pages', async () => {
    const { jobs } = world;
    const first = await list({ when: 'PAST', first: 2 });
    expect(first.nodes.map((n) => n.id)).toEqual([jobs.cancelled.id, jobs.stale.id]);
    const second = await list({ when: 'PAST', first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual([jobs.recordsJob.id, jobs.october.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('a job moves from upcoming to past once its end has passed', async () => {
    app.clock.now = new Date('2026-11-20T15:31:00Z');
    try {
      expect((await list({ when: 'UPCOMING' })).nodes.map((n) => n.id)).not.toContain(world.jobs.underway.id);
      expect((await list({ when: 'PAST' })).nodes.map((n) => n.id)).toContain(world.jobs.underway.id);
    } finally {
      app.clock.now = new Date('2026-11-20T15:00:00Z');
    }
  });

  it('filters by status, site and asset', async () => {
    const { jobs } = world;
    expect((await list({ status: 'completed' })).nodes.map((n) => n.id)).toEqual([jobs.recordsJob.id, jobs.october.id]);
    expect((await list({ siteId: world.cabin.id })).nodes.map((n) => n.id)).toEqual([jobs.sunday.id, jobs.october.id]);
    expect((await list({ assetId: world.furnace.id })).nodes.map((n) => n.id)).toEqual([jobs.nextWeek.id, jobs.october.id]);
    expect((await list({ assetId: world.furnace.id, when: 'PAST' })).nodes.map((n) => n.id)).toEqual([jobs.october.id]);
  });
});

const DETAIL = `query($id: ID!) { job(id: $id) {
  id title status timeZone localDate localStartTime localEndTime scheduledStart completedAt customerNotes
  partsUsed { name quantity } technicianName site { label } serviceType { name durationMinutes }
  asset { id name typeName } documents { id title kind }
} }`;

describe('job detail', () => {
  it("shows date and times in the business's time zone, with service type, asset and technician", async () => {
    const res = await app.call<{ job: Record<string, unknown> }>('portal', DETAIL, { id: world.jobs.nextWeek.id }, { token: world.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.job).toMatchObject({
      timeZone: 'America/Chicago',
      localDate: '2026-11-24',
      localStartTime: '09:00',
      localEndTime: '10:00',
      scheduledStart: '2026-11-24T15:00:00.000Z',
      technicianName: 'Staff technician',
      site: { label: 'Home' },
      serviceType: { name: 'Tune-up', durationMinutes: 60 },
      asset: { id: world.furnace.id, name: 'Basement furnace', typeName: 'Furnace' },
      documents: [],
    });
  });

  it('local times follow daylight saving time, and parts used are listed', async () => {
    const res = await app.call<{ job: Record<string, unknown> }>('portal', DETAIL, { id: world.jobs.october.id }, { token: world.token });
    // 15:00 UTC is 10:00 in Chicago in October (CDT) but 09:00 in late November (CST).
    expect(res.data?.job).toMatchObject({ localDate: '2026-10-01', localStartTime: '10:00', localEndTime: '11:00', completedAt: '2026-10-01T16:00:00.000Z' });
    expect(res.data?.job.partsUsed).toEqual([
      { name: 'Filter', quantity: 2 },
      { name: 'Belt', quantity: 1 },
    ]);
  });

  it('lists only the documents shared for the job and shows no trace of internal notes', async () => {
    const res = await app.call<{ job: { documents: Node[] } }>('portal', DETAIL, { id: world.jobs.recordsJob.id }, { token: world.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.job.documents.map((d) => d.id)).toEqual([world.records.sharedDocument.id]);
    expect(JSON.stringify(res)).not.toMatch(/rude|charge extra/i);
    const probe = await app.call('portal', `query($id: ID!) { job(id: $id) { internalNotes } }`, { id: world.jobs.recordsJob.id }, { token: world.token });
    expect(probe.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows no documents while the business has documents switched off', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id);
    const records = await makeCustomerRecords(app.owner, tenant.id, account!.customerId);
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureDocuments: false } });
    const { token } = await customerToken(app, account!);
    const res = await app.call<{ job: { documents: Node[] } }>('portal', DETAIL, { id: records.job.id }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.job.documents).toEqual([]);
  });
});

describe('service history', () => {
  const HISTORY = `query($siteId: ID, $assetId: ID, $first: Int, $after: String) {
    serviceHistory(siteId: $siteId, assetId: $assetId, first: $first, after: $after) {
      nodes { id completedAt technicianName partsUsed { name } documents { id } } pageInfo { hasNextPage endCursor }
    }
  }`;
  const history = (vars: Record<string, unknown>) => app.call<{ serviceHistory: Page }>('portal', HISTORY, vars, { token: world.token });

  it('lists completed jobs latest first, for everything, one site or one asset, across pages', async () => {
    const { jobs } = world;
    const all = await history({ first: 1 });
    expect(all.data?.serviceHistory.nodes.map((n) => n.id)).toEqual([jobs.recordsJob.id]);
    const next = await history({ first: 1, after: all.data?.serviceHistory.pageInfo.endCursor });
    expect(next.data?.serviceHistory.nodes.map((n) => n.id)).toEqual([jobs.october.id]);
    expect(next.data?.serviceHistory.pageInfo.hasNextPage).toBe(false);
    expect((await history({ siteId: world.home.id })).data?.serviceHistory.nodes.map((n) => n.id)).toEqual([jobs.recordsJob.id]);
    expect((await history({ assetId: world.furnace.id })).data?.serviceHistory.nodes.map((n) => n.id)).toEqual([jobs.october.id]);
  });

  it('refuses a site and an asset at once, naming the field', async () => {
    const res = await history({ siteId: world.home.id, assetId: world.furnace.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assetId' });
  });
});

describe('sites', () => {
  it("lists the customer's sites with access instructions", async () => {
    await app.owner.site.update({ where: { tenantId_id: { tenantId: world.tenant.id, id: world.cabin.id } }, data: { accessInstructions: 'Key under the mat' } });
    const res = await app.call<{ sites: { id: string; label: string; accessInstructions: string | null }[] }>(
      'portal',
      '{ sites { id label accessInstructions } }',
      {},
      { token: world.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.sites).toEqual([
      { id: world.cabin.id, label: 'Cabin', accessInstructions: 'Key under the mat' },
      { id: world.home.id, label: 'Home', accessInstructions: null },
    ]);
    const one = await app.call<{ site: { label: string } }>('portal', 'query($id: ID!) { site(id: $id) { label } }', { id: world.home.id }, { token: world.token });
    expect(one.data?.site.label).toBe('Home');
  });
});

describe('foreign and malformed ids', () => {
  const cases: [string, string, (w: World) => Record<string, string>][] = [
    ['job(id)', 'query($id: ID!) { job(id: $id) { id } }', (w) => ({ id: w.jobs.recordsJob.id })],
    ['site(id)', 'query($id: ID!) { site(id: $id) { id } }', (w) => ({ id: w.home.id })],
    ['asset(id)', 'query($id: ID!) { asset(id: $id) { id } }', (w) => ({ id: w.furnace.id })],
    ['jobs(siteId)', 'query($id: ID!) { jobs(siteId: $id) { nodes { id } } }', (w) => ({ id: w.home.id })],
    ['jobs(assetId)', 'query($id: ID!) { jobs(assetId: $id) { nodes { id } } }', (w) => ({ id: w.furnace.id })],
    ['serviceHistory(siteId)', 'query($id: ID!) { serviceHistory(siteId: $id) { nodes { id } } }', (w) => ({ id: w.home.id })],
    ['serviceHistory(assetId)', 'query($id: ID!) { serviceHistory(assetId: $id) { nodes { id } } }', (w) => ({ id: w.furnace.id })],
    ['assets(siteId)', 'query($id: ID!) { assets(siteId: $id) { id } }', (w) => ({ id: w.home.id })],
  ];
  for (const [name, query, idsOf] of cases) {
    it(`${name}: another customer's, another business's and a malformed id are NOT_FOUND`, async () => {
      const own = await app.call('portal', query, idsOf(world), { token: world.token });
      expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
      for (const vars of [idsOf(neighbour), idsOf(stranger), { id: 'not-an-id' }, { id: '00000000-0000-4000-8000-000000000000' }]) {
        const res = await app.call('portal', query, vars, { token: world.token });
        expect(res.errors?.[0]?.extensions?.code, `${name} ${JSON.stringify(vars)}`).toBe('NOT_FOUND');
        expect(res.data).toBeNull();
      }
    });
  }
});

describe('loading', () => {
  it('listing 2 or 50 jobs with every relation issues the same number of SQL statements', async () => {
    const tenant = await makeTenant(app.owner);
    const technician = await makeStaff(app.owner, tenant.id, 'technician');
    const type = await makeAssetType(app.owner, tenant.id, { en: 'Furnace', fr: 'Chaudière' });
    const serviceType = await app.owner.serviceType.create({ data: { tenantId: tenant.id, name: 'Repair', durationMinutes: 60, priceMinor: 100 } });
    const customerWith = async (count: number) => {
      const { account } = await makeCustomer(app.owner, tenant.id);
      const customerId = account!.customerId;
      const site = await makeSite(app.owner, tenant.id, customerId);
      const rows = Array.from({ length: count }, (_, i) => ({
        assetId: randomUUID(),
        jobId: randomUUID(),
        start: new Date(Date.UTC(2026, 0, 1, 12) + (count * 1000 + i) * 86_400_000),
      }));
      const tenantId = tenant.id;
      // Bulk inserts keep the test fast; the query under test is what counts.
      await app.owner.asset.createMany({
        data: rows.map((r) => ({ id: r.assetId, tenantId, customerId, siteId: site.id, assetTypeId: type.id, name: 'Unit', warrantyEndOn: new Date('2027-01-01') })),
      });
      await app.owner.job.createMany({
        data: rows.map((r) => ({
          id: r.jobId,
          tenantId,
          customerId,
          siteId: site.id,
          serviceTypeId: serviceType.id,
          assetId: r.assetId,
          technicianId: technician.id,
          title: 'Repair',
          status: 'completed' as const,
          scheduledStart: r.start,
          scheduledEnd: new Date(r.start.getTime() + 3_600_000),
          completedAt: r.start,
        })),
      });
      await app.owner.document.createMany({
        data: rows.map((r) => ({
          tenantId,
          customerId,
          jobId: r.jobId,
          kind: 'photo' as const,
          title: 'Photo',
          fileName: 'p.jpg',
          contentType: 'image/jpeg',
          sizeBytes: 1,
          storageKey: r.jobId,
          shared: true,
        })),
      });
      return (await customerToken(app, account!)).token;
    };
    const query = `{ jobs(first: 50) { nodes { id localDate technicianName site { label } serviceType { name } documents { id }
      asset { name typeName category warrantyStatus appointmentCount site { label } maintenanceHistory(limit: 3) { id } } } } }`;
    const count = async (token: string) => {
      app.statements.length = 0;
      const res = await app.call<{ jobs: { nodes: unknown[] } }>('portal', query, {}, { token });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return { statements: app.statements.length, jobs: res.data?.jobs.nodes.length };
    };
    const small = await count(await customerWith(2));
    const large = await count(await customerWith(50));
    expect(small.jobs).toBe(2);
    expect(large.jobs).toBe(50);
    // Opening the scope; the list with each job's site, technician, service type, documents and
    // asset (jobs.preload.ts); then the asset's own fields, each one statement for all the assets:
    // its type and the type's names, the job counts, the maintenance history; COMMIT. (The customer's
    // locale came with the scope: app_open_request returns the customer's row.)
    expect(small.statements).toBe(7);
    expect(large.statements).toBe(small.statements);
  });
});
