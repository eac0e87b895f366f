import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeJob, makeSite, makeStaff, makeTenant, staffToken } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const INTERNAL = 'Internal: customer argued about the price';

/**
 * A Chicago business; the test clock is 2026-11-20 15:00 UTC. The customer has a home with a
 * furnace and a cabin; the home's history has an older and a newer completed visit, an upcoming
 * one, a cancelled one, invoices (one a draft), documents (one unshared) and internal notes.
 */
async function makeWorld() {
  const tenant = await makeTenant(app.owner);
  const tenantId = tenant.id;
  const { account } = await makeCustomer(app.owner, tenantId);
  if (!account) throw new Error('account expected');
  const customerId = account.customerId;
  const home = await makeSite(app.owner, tenantId, customerId, 'Home');
  const cabin = await makeSite(app.owner, tenantId, customerId, 'Cabin');
  const type = await makeAssetType(app.owner, tenantId, { en: 'Furnace' });
  const furnace = await makeAsset(app.owner, tenantId, customerId, type.id, { siteId: home.id, name: 'Furnace' });
  const technician = await app.owner.staffUser.update({
    where: { tenantId_id: { tenantId, id: (await makeStaff(app.owner, tenantId, 'technician')).id } },
    data: { name: 'Luis Ortega' },
  });
  const serviceType = await app.owner.serviceType.create({ data: { tenantId, name: 'Tune-up', durationMinutes: 60, priceMinor: 100 } });
  const job = (start: string, more: { status?: 'completed' | 'scheduled' | 'cancelled'; siteId?: string; assetId?: string; title: string }) =>
    makeJob(app.owner, tenantId, customerId, { siteId: home.id, serviceTypeId: serviceType.id, technicianId: technician.id, start: new Date(start), ...more });
  const jobs = {
    older: await job('2026-09-01T15:00:00Z', { status: 'completed', assetId: furnace.id, title: 'Older tune-up' }),
    newer: await job('2026-11-02T15:00:00Z', { status: 'completed', title: 'Newer repair' }),
    upcoming: await job('2026-12-01T15:00:00Z', { status: 'scheduled', assetId: furnace.id, title: 'Upcoming check' }),
    cancelled: await job('2026-10-01T15:00:00Z', { status: 'cancelled', title: 'Cancelled visit' }),
    cabin: await job('2026-10-15T15:00:00Z', { status: 'completed', siteId: cabin.id, title: 'Cabin visit' }),
  };
  await app.owner.job.update({
    where: { tenantId_id: { tenantId, id: jobs.older.id } },
    data: { partsUsed: [{ name: 'Filter 16x25', quantity: 2 }], internalNotes: { create: { body: INTERNAL } } },
  });
  const invoice = (jobId: string, issueDate: string | null, status: 'issued' | 'draft' = 'issued') =>
    app.owner.invoice.create({
      data: {
        tenantId,
        customerId,
        jobId,
        number: status === 'draft' ? null : `INV-${randomUUID().slice(0, 8)}`,
        status,
        currency: 'USD',
        issueDate: issueDate ? new Date(issueDate) : null,
        totalMinor: 12900,
        subtotalMinor: 12900,
      },
    });
  const invoices = {
    older: await invoice(jobs.older.id, '2026-09-03'),
    draft: await invoice(jobs.newer.id, null, 'draft'),
    cabin: await invoice(jobs.cabin.id, '2026-10-16'),
  };
  const document = (jobId: string, title: string, createdAt: string, shared = true) =>
    app.owner.document.create({
      data: {
        tenantId,
        customerId,
        jobId,
        kind: 'photo',
        title,
        fileName: 'p.jpg',
        contentType: 'image/jpeg',
        sizeBytes: 10,
        storageKey: randomUUID(),
        shared,
        createdAt: new Date(createdAt),
      },
    });
  const documents = {
    photo: await document(jobs.newer.id, 'After the repair', '2026-11-02T18:00:00Z'),
    unshared: await document(jobs.newer.id, 'Staff only photo', '2026-11-02T18:30:00Z', false),
  };
  const { token } = await customerToken(app, account);
  return { tenant, customerId, token, home, cabin, furnace, technician, jobs, invoices, documents };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let world: World;
let stranger: World;
let neighbour: { token: string; siteId: string; assetId: string };
beforeAll(async () => {
  world = await makeWorld();
  stranger = await makeWorld();
  const { account } = await makeCustomer(app.owner, world.tenant.id);
  const site = await makeSite(app.owner, world.tenant.id, account!.customerId);
  const type = await makeAssetType(app.owner, world.tenant.id, { en: 'Boiler' });
  const asset = await makeAsset(app.owner, world.tenant.id, account!.customerId, type.id, { siteId: site.id });
  neighbour = { token: (await customerToken(app, account!)).token, siteId: site.id, assetId: asset.id };
});

const TIMELINE = `query($siteId: ID, $assetId: ID, $kinds: [HistoryKind!], $from: String, $to: String, $first: Int, $after: String) {
  serviceTimeline(siteId: $siteId, assetId: $assetId, kinds: $kinds, from: $from, to: $to, first: $first, after: $after) {
    nodes {
      kind at localDate
      job { id title status technicianName partsUsed { name quantity } documents { id title } }
      invoice { id number totalMinor }
      document { id title kind }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Entry = {
  kind: string;
  localDate: string;
  job: { id: string; title: string; technicianName: string | null; partsUsed: { name: string }[]; documents: { id: string }[] };
  invoice: { id: string } | null;
  document: { id: string } | null;
};
type Timeline = { serviceTimeline: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const timeline = (vars: Record<string, unknown>, token = world.token) => app.call<Timeline>('portal', TIMELINE, vars, { token });
const ids = (entries: Entry[] | undefined) => (entries ?? []).map((e) => `${e.kind}:${e.invoice?.id ?? e.document?.id ?? e.job.id}`);

describe('service timeline', () => {
  it("lists a site's visits, the invoices billing them and the shared documents, newest first", async () => {
    const { jobs, invoices, documents } = world;
    const res = await timeline({ siteId: world.home.id });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(ids(res.data?.serviceTimeline.nodes)).toEqual([
      `JOB:${jobs.upcoming.id}`,
      `DOCUMENT:${documents.photo.id}`,
      `JOB:${jobs.newer.id}`,
      `INVOICE:${invoices.older.id}`,
      `JOB:${jobs.older.id}`,
    ]);
    const older = res.data?.serviceTimeline.nodes.find((e) => e.kind === 'JOB' && e.job.id === jobs.older.id);
    expect(older?.job).toMatchObject({ technicianName: 'Luis Ortega', partsUsed: [{ name: 'Filter 16x25', quantity: 2 }] });
    const newer = res.data?.serviceTimeline.nodes.find((e) => e.kind === 'JOB' && e.job.id === jobs.newer.id);
    expect(newer?.job.documents.map((d) => d.id)).toEqual([documents.photo.id]);
    // The invoice is dated on its issue day in the business's time zone and names the visit it bills.
    const invoice = res.data?.serviceTimeline.nodes.find((e) => e.kind === 'INVOICE');
    expect(invoice).toMatchObject({ localDate: '2026-09-03', job: { id: jobs.older.id } });
    // Never a draft, an unshared file, a cancelled visit, another site's visit or an internal note.
    const text = JSON.stringify(res.data);
    for (const hidden of [invoices.draft.id, documents.unshared.id, jobs.cancelled.id, jobs.cabin.id, invoices.cabin.id, INTERNAL]) expect(text).not.toContain(hidden);
  });

  it("lists one asset's history only", async () => {
    const res = await timeline({ assetId: world.furnace.id });
    expect(ids(res.data?.serviceTimeline.nodes)).toEqual([`JOB:${world.jobs.upcoming.id}`, `INVOICE:${world.invoices.older.id}`, `JOB:${world.jobs.older.id}`]);
  });

  it('filters by kind and by days in the business time zone', async () => {
    const invoicesOnly = await timeline({ siteId: world.home.id, kinds: ['INVOICE'] });
    expect(ids(invoicesOnly.data?.serviceTimeline.nodes)).toEqual([`INVOICE:${world.invoices.older.id}`]);
    const documentsOnly = await timeline({ siteId: world.home.id, kinds: ['DOCUMENT'] });
    expect(ids(documentsOnly.data?.serviceTimeline.nodes)).toEqual([`DOCUMENT:${world.documents.photo.id}`]);
    const visits = await timeline({ siteId: world.home.id, kinds: ['JOB'], from: '2026-09-01', to: '2026-11-02' });
    expect(ids(visits.data?.serviceTimeline.nodes)).toEqual([`JOB:${world.jobs.newer.id}`, `JOB:${world.jobs.older.id}`]);
    // The older visit ended 16:00 UTC on 1 September, 11:00 in Chicago: the 2nd excludes it.
    const fromSecond = await timeline({ siteId: world.home.id, kinds: ['JOB'], from: '2026-09-02', to: '2026-11-02' });
    expect(ids(fromSecond.data?.serviceTimeline.nodes)).toEqual([`JOB:${world.jobs.newer.id}`]);
    const bad = await timeline({ siteId: world.home.id, from: '2026-02-30' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('pages with a cursor and no entry twice', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: Awaited<ReturnType<typeof timeline>> = await timeline({ siteId: world.home.id, first: 2, after });
      expect(res.errors).toBeUndefined();
      seen.push(...ids(res.data?.serviceTimeline.nodes));
      after = res.data?.serviceTimeline.pageInfo.endCursor ?? null;
      if (!res.data?.serviceTimeline.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const broken = await timeline({ siteId: world.home.id, after: 'bm9wZQ' });
    expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('wants a site or an asset, not both and not neither', async () => {
    expect((await timeline({})).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteId' });
    expect((await timeline({ siteId: world.home.id, assetId: world.furnace.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assetId' });
  });

  it('leaves out invoices and documents while the business has those sections switched off', async () => {
    const w = await makeWorld();
    await app.owner.tenant.update({ where: { id: w.tenant.id }, data: { featureInvoices: false, featureDocuments: false } });
    const res = await timeline({ siteId: w.home.id }, w.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.serviceTimeline.nodes.map((e) => e.kind)).toEqual(['JOB', 'JOB', 'JOB']);
    expect(JSON.stringify(res.data)).not.toContain(w.documents.photo.id);
  });
});

describe('service timeline isolation', () => {
  it("another customer's, another business's and a made-up site or asset are NOT_FOUND", async () => {
    for (const vars of [
      { siteId: neighbour.siteId },
      { assetId: neighbour.assetId },
      { siteId: stranger.home.id },
      { assetId: stranger.furnace.id },
      { siteId: randomUUID() },
      { assetId: 'not-an-id' },
    ]) {
      const res = await timeline(vars);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
    // And the neighbour does not reach this customer's home either.
    expect((await timeline({ siteId: world.home.id }, neighbour.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("the business's own technician, and anyone signed out, get nothing from the portal's timeline", async () => {
    const { token } = await staffToken(app, world.technician);
    const asTechnician = await timeline({ siteId: world.home.id }, token);
    expect(asTechnician.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(asTechnician.data ?? null).toBeNull();
    const signedOut = await app.call<Timeline>('portal', TIMELINE, { siteId: world.home.id });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('service timeline loading', () => {
  it('a page of 2 or 40 entries costs the same number of SQL statements', async () => {
    const tenant = await makeTenant(app.owner);
    const tenantId = tenant.id;
    const technician = await makeStaff(app.owner, tenantId, 'technician');
    const serviceType = await app.owner.serviceType.create({ data: { tenantId, name: 'Groom', durationMinutes: 60, priceMinor: 100 } });
    const siteWith = async (visits: number) => {
      const { account } = await makeCustomer(app.owner, tenantId);
      const customerId = account!.customerId;
      const site = await makeSite(app.owner, tenantId, customerId);
      const rows = Array.from({ length: visits }, (_, i) => ({ id: randomUUID(), start: new Date(Date.UTC(2026, 0, 1, 12) + i * 86_400_000) }));
      await app.owner.job.createMany({
        data: rows.map((r) => ({
          id: r.id,
          tenantId,
          customerId,
          siteId: site.id,
          serviceTypeId: serviceType.id,
          technicianId: technician.id,
          title: 'Groom',
          status: 'completed' as const,
          scheduledStart: r.start,
          scheduledEnd: r.start,
          completedAt: r.start,
        })),
      });
      await app.owner.invoice.createMany({
        data: rows.map((r, i) => ({ tenantId, customerId, jobId: r.id, number: `N-${r.id}`, status: 'issued' as const, currency: 'USD', issueDate: r.start, totalMinor: i })),
      });
      await app.owner.document.createMany({
        data: rows.map((r) => ({
          tenantId,
          customerId,
          jobId: r.id,
          kind: 'photo' as const,
          title: 'Photo',
          fileName: 'p.jpg',
          contentType: 'image/jpeg',
          sizeBytes: 1,
          storageKey: r.id,
          shared: true,
          createdAt: r.start,
        })),
      });
      return { token: (await customerToken(app, account!)).token, siteId: site.id };
    };
    const count = async ({ token, siteId }: { token: string; siteId: string }, first: number) => {
      app.statements.length = 0;
      const res = await app.call<Timeline>('portal', TIMELINE, { siteId, first }, { token });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return { statements: app.statements.length, entries: res.data?.serviceTimeline.nodes.length };
    };
    const small = await count(await siteWith(1), 3);
    const large = await count(await siteWith(20), 40);
    expect(small.entries).toBe(3);
    expect(large.entries).toBe(40);
    expect(large.statements).toBe(small.statements);
  });
});

describe('an animal on the portal', () => {
  it('has notes, an age in months in the business time zone and a count of completed visits', async () => {
    const tenant = await makeTenant(app.owner, { timeZone: 'Europe/Paris' });
    const { account } = await makeCustomer(app.owner, tenant.id);
    const customerId = account!.customerId;
    const site = await makeSite(app.owner, tenant.id, customerId);
    const poodle = await makeAssetType(app.owner, tenant.id, { en: 'Poodle', fr: 'Caniche' }, { category: 'animal' });
    const dog = await makeAsset(app.owner, tenant.id, customerId, poodle.id, { name: 'Noisette', installedOn: '2021-11-20' });
    await app.owner.asset.update({ where: { tenantId_id: { tenantId: tenant.id, id: dog.id } }, data: { notes: 'Shy with the dryer.' } });
    const serviceType = await app.owner.serviceType.create({ data: { tenantId: tenant.id, name: 'Groom', durationMinutes: 60, priceMinor: 100 } });
    for (const [start, status] of [
      ['2026-06-01T08:00:00Z', 'completed'],
      ['2026-09-01T08:00:00Z', 'completed'],
      ['2026-12-01T08:00:00Z', 'scheduled'],
      ['2026-10-01T08:00:00Z', 'cancelled'],
    ] as const) {
      await makeJob(app.owner, tenant.id, customerId, { siteId: site.id, serviceTypeId: serviceType.id, assetId: dog.id, start: new Date(start), status });
    }
    const { token } = await customerToken(app, account!);
    const query = 'query($id: ID!) { asset(id: $id) { category notes ageMonths visitCount appointmentCount } }';
    const res = await app.call<{ asset: Record<string, unknown> }>('portal', query, { id: dog.id }, { token });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    // 15:00 UTC on 20 November 2026 is the 20th in Paris: five years to the day.
    expect(res.data?.asset).toEqual({ category: 'animal', notes: 'Shy with the dryer.', ageMonths: 60, visitCount: 2, appointmentCount: 3 });
    const other = await makeCustomer(app.owner, tenant.id);
    const foreign = await app.call('portal', query, { id: dog.id }, { token: (await customerToken(app, other.account!)).token });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
