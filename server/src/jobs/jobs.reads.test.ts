// The portal's job reads (jobs, job, serviceHistory) answer in one SQL statement besides opening
// the scope, with what the portal's pages ask of them, and row-level security alone keeps other
// customers' and other businesses' jobs out of that statement (platform/page-read.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStatements, startTestApp, type GraphQLResult, type TestApp } from '../test/app.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';
import { customerToken, makeAsset, makeAssetType, makeCustomer, makeCustomerRecords, makeJob, makeSite, makeStaff, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// The jobs page's query (portal-web/src/routes/[tenant=slug]/portal/jobs/+page.ts), with the
// list's filters added.
const JOBS = `query PortalJobs($when: JobWhen, $after: String, $siteId: ID, $assetId: ID, $first: Int = 20) {
  jobs(when: $when, first: $first, after: $after, siteId: $siteId, assetId: $assetId) {
    nodes { id title status scheduledStart site { label } serviceType { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The job page's query (portal-web/src/routes/[tenant=slug]/portal/jobs/[id]/+page.ts).
const JOB = `query PortalJob($id: ID!) {
  job(id: $id) {
    id title status description customerNotes declineReason scheduledStart scheduledEnd completedAt technicianName
    canChange changeDeadline calendarFileUrl
    serviceType { id name durationMinutes }
    site { id label addressLine1 addressLine2 city postalCode region country }
    asset { id name }
    partsUsed { name quantity }
    documents { id title kind contentType fileName downloadUrl }
    review { id rating comment status response }
  }
}`;

// No portal page lists serviceHistory; this is what the portal's service timeline shows of a job
// (portal-web/src/lib/history.ts), with the list's filters and page.
const HISTORY = `query($siteId: ID, $assetId: ID, $after: String, $first: Int = 15) {
  serviceHistory(siteId: $siteId, assetId: $assetId, first: $first, after: $after) {
    nodes { id title status technicianName partsUsed { name quantity } documents { id title fileName contentType downloadUrl } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const DAY = 86_400_000;
const at = (days: number) => new Date(app.clock.now.getTime() + days * DAY);

/** A customer with upcoming and past jobs at two sites, some on an asset, with documents and a review; `scale` multiplies the jobs. */
async function customerWithJobs(tenantId: string, scale = 1) {
  const { account } = await makeCustomer(app.owner, tenantId);
  if (!account) throw new Error('account expected');
  const customerId = account.customerId;
  const records = await makeCustomerRecords(app.owner, tenantId, customerId);
  const home = records.site;
  const cabin = await makeSite(app.owner, tenantId, customerId, 'Cabin');
  const type = await makeAssetType(app.owner, tenantId, { en: 'Furnace' });
  const furnace = await makeAsset(app.owner, tenantId, customerId, type.id, { siteId: home.id, name: 'Basement furnace' });
  const technician = await makeStaff(app.owner, tenantId, 'technician');
  const base = { siteId: home.id, serviceTypeId: records.job.serviceTypeId };
  const upcoming = [];
  for (let i = 1; i <= 3 * scale; i++) {
    // Pairs of jobs share a start time (the id decides between them); one of each has the technician and the furnace.
    const first = i % 2 === 1;
    upcoming.push(
      await makeJob(app.owner, tenantId, customerId, {
        ...base,
        start: at(Math.ceil(i / 2)),
        assetId: first ? furnace.id : undefined,
        technicianId: first ? technician.id : undefined,
        title: `Visit ${i}`,
      }),
    );
  }
  const past = [];
  for (let i = 1; i <= 2 * scale; i++) {
    const job = await makeJob(app.owner, tenantId, customerId, {
      ...base,
      siteId: cabin.id,
      start: at(-i),
      status: 'completed',
      assetId: furnace.id,
      technicianId: technician.id,
      title: `Repair ${i}`,
    });
    await app.owner.document.create({
      data: {
        tenantId,
        customerId,
        jobId: job.id,
        kind: 'photo',
        title: `Photo ${i}`,
        fileName: 'p.jpg',
        contentType: 'image/jpeg',
        sizeBytes: 10,
        storageKey: job.id,
        shared: true,
      },
    });
    past.push(job);
  }
  await app.owner.job.updateMany({ where: { id: past[0]!.id }, data: { partsUsed: [{ name: 'Filter', quantity: 2 }], customerNotes: 'Changed the filter.' } });
  const review = await app.owner.review.create({ data: { tenantId, customerId, jobId: past[0]!.id, rating: 4, comment: 'Quick and tidy.', status: 'published' } });
  const { token } = await customerToken(app, account);
  return { tenantId, token, records, home, cabin, furnace, technician, upcoming, past, review };
}

type Customer = Awaited<ReturnType<typeof customerWithJobs>>;

/** Runs a request and expects it to have sent one statement besides opening the scope and committing. */
async function inOneStatement<T>(request: () => Promise<GraphQLResult<T>>): Promise<T> {
  app.statements.length = 0;
  const res = await request();
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(pageStatements(app.statements)).toHaveLength(1);
  return res.data!;
}

const jobs = (who: Customer, vars: Record<string, unknown>) => inOneStatement(() => app.call<{ jobs: Page }>('portal', JOBS, vars, { token: who.token }));
const history = (who: Customer, vars: Record<string, unknown>) => inOneStatement(() => app.call<{ serviceHistory: Page }>('portal', HISTORY, vars, { token: who.token }));
/** PostgreSQL's order of uuids is that of their lowercase text. */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (page: Page) => page.nodes.map((n) => n.id);

let small: Customer;
let large: Customer;
/** Another customer of the same business and a customer of another business, each with jobs of their own. */
let neighbour: Customer;
let stranger: Customer;
beforeAll(async () => {
  const tenant = await makeTenant(app.owner);
  small = await customerWithJobs(tenant.id, 1);
  large = await customerWithJobs(tenant.id, 4);
  neighbour = await customerWithJobs(tenant.id, 2);
  stranger = await customerWithJobs((await makeTenant(app.owner)).id, 2);
});

describe('jobs in one statement', () => {
  it('answers the jobs page in one statement for a small and a large customer, upcoming and past, page after page', async () => {
    for (const who of [small, large]) {
      for (const when of ['UPCOMING', 'PAST']) {
        let page = (await jobs(who, { when, first: 2 })).jobs;
        const seen = ids(page);
        while (page.pageInfo.hasNextPage) {
          page = (await jobs(who, { when, first: 2, after: page.pageInfo.endCursor })).jobs;
          seen.push(...ids(page));
        }
        const all = (await jobs(who, { when, first: 100 })).jobs;
        expect(seen).toEqual(ids(all));
        const expected = when === 'UPCOMING' ? who.upcoming : [...who.past, who.records.job];
        expect([...seen].sort()).toEqual(expected.map((j) => j.id).sort());
      }
    }
  });

  it('gives each job its site and service type from that statement, soonest first with ties broken by id', async () => {
    const { jobs: page } = await jobs(large, { when: 'UPCOMING', first: 100 });
    const byStart = [...large.upcoming].sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime() || byId(a.id, b.id));
    expect(ids(page)).toEqual(byStart.map((j) => j.id));
    expect(page.nodes[0]).toMatchObject({ site: { label: 'Home' }, serviceType: { name: 'Tune-up' } });
  });

  it("answers a page link to a job that has left the list with an empty page, as Prisma's cursor pagination did", async () => {
    const who = await customerWithJobs((await makeTenant(app.owner)).id, 2);
    const first = (await jobs(who, { when: 'UPCOMING', first: 2 })).jobs;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await jobs(who, { when: 'UPCOMING', first: 100, after: first.pageInfo.endCursor })).jobs;
    expect(rest.nodes).toHaveLength(who.upcoming.length - 2);
    await app.owner.job.updateMany({ where: { id: first.nodes[1]!.id as string }, data: { status: 'cancelled' } });
    const after = (await jobs(who, { when: 'UPCOMING', first: 100, after: first.pageInfo.endCursor })).jobs;
    expect(after).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('filters by site or asset in the same one statement', async () => {
    const atCabin = (await jobs(small, { siteId: small.cabin.id })).jobs;
    expect(ids(atCabin)).toEqual(small.past.map((j) => j.id));
    expect(atCabin.nodes[0]).toMatchObject({ site: { label: 'Cabin' } });
    const onFurnace = (await jobs(small, { assetId: small.furnace.id, when: 'PAST' })).jobs;
    expect(ids(onFurnace)).toEqual(small.past.map((j) => j.id));
    const both = (await jobs(large, { siteId: large.home.id, assetId: large.furnace.id, when: 'UPCOMING', first: 1 })).jobs;
    const next = (await jobs(large, { siteId: large.home.id, assetId: large.furnace.id, when: 'UPCOMING', first: 100, after: both.pageInfo.endCursor })).jobs;
    expect([...ids(both), ...ids(next)].sort()).toEqual(
      large.upcoming
        .filter((j) => j.assetId === large.furnace.id)
        .map((j) => j.id)
        .sort(),
    );
  });

  it("answers NOT_FOUND for another customer's site or asset from that statement", async () => {
    for (const vars of [
      { siteId: neighbour.cabin.id },
      { assetId: neighbour.furnace.id },
      { siteId: stranger.home.id },
      { siteId: small.home.id, assetId: neighbour.furnace.id },
    ]) {
      app.statements.length = 0;
      const res = await app.call('portal', JOBS, vars, { token: small.token });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toMatch(vars.assetId ? /asset/ : /site/);
      expect(pageStatements(app.statements)).toHaveLength(1);
    }
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers and businesses out', async () => {
    for (const vars of [{ when: 'PAST' }, { when: 'UPCOMING', first: 2 }, { siteId: small.cabin.id }, { assetId: small.furnace.id }, { siteId: neighbour.cabin.id }]) {
      const answer = await expectRowLevelSecurityAlone(app, () => app.call<{ jobs: Page }>('portal', JOBS, vars, { token: small.token }));
      if (!vars.siteId || vars.siteId === small.cabin.id) expect(answer.data?.jobs.nodes.length).toBeGreaterThan(0);
    }
    const first = await app.call<{ jobs: Page }>('portal', JOBS, { when: 'UPCOMING', first: 1 }, { token: small.token });
    const answer = await expectRowLevelSecurityAlone(app, () =>
      app.call<{ jobs: Page }>('portal', JOBS, { when: 'UPCOMING', first: 1, after: first.data?.jobs.pageInfo.endCursor }, { token: small.token }),
    );
    expect(answer.data?.jobs.nodes).toHaveLength(1);
  });
});

describe('a job in one statement', () => {
  const job = (who: Customer, id: string) => inOneStatement(() => app.call<{ job: Record<string, unknown> }>('portal', JOB, { id }, { token: who.token }));

  it('answers the job page in one statement with its service type, site, asset, technician, documents and review', async () => {
    const [repair] = small.past;
    const { job: shown } = await job(small, repair!.id);
    expect(shown).toMatchObject({
      id: repair!.id,
      title: 'Repair 1',
      status: 'completed',
      customerNotes: 'Changed the filter.',
      technicianName: 'Staff technician',
      canChange: false,
      serviceType: { name: 'Tune-up', durationMinutes: 60 },
      site: { id: small.cabin.id, label: 'Cabin', addressLine1: '1 Cabin St', country: 'US' },
      asset: { id: small.furnace.id, name: 'Basement furnace' },
      partsUsed: [{ name: 'Filter', quantity: 2 }],
      documents: [{ title: 'Photo 1', kind: 'photo', fileName: 'p.jpg' }],
      review: { id: small.review.id, rating: 4, comment: 'Quick and tidy.', status: 'published', response: null },
    });
    expect(shown.calendarFileUrl).toMatch(/^\/files\/v1\/appointment-ics\//);
  });

  it('answers a job without asset, documents or review in one statement too', async () => {
    const { job: shown } = await job(small, small.upcoming[1]!.id);
    expect(shown).toMatchObject({ asset: null, documents: [], review: null, technicianName: null });
  });

  it('answers in one statement while the business has documents and reviews switched off, showing neither', async () => {
    const tenant = await makeTenant(app.owner);
    const who = await customerWithJobs(tenant.id);
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureDocuments: false, featureReviews: false } });
    const { job: shown } = await job(who, who.past[0]!.id);
    expect(shown).toMatchObject({ documents: [], review: null, asset: { name: 'Basement furnace' } });
  });

  it("answers NOT_FOUND for another customer's or business's job, and for a malformed id before any statement", async () => {
    for (const id of [neighbour.past[0]!.id, stranger.past[0]!.id]) {
      app.statements.length = 0;
      const res = await app.call('portal', JOB, { id }, { token: small.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(pageStatements(app.statements)).toHaveLength(1);
    }
    app.statements.length = 0;
    const res = await app.call('portal', JOB, { id: 'not-an-id' }, { token: small.token });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(pageStatements(app.statements)).toHaveLength(0);
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers and businesses out', async () => {
    const answer = await expectRowLevelSecurityAlone(app, () => app.call<{ job: Record<string, unknown> }>('portal', JOB, { id: small.past[0]!.id }, { token: small.token }));
    expect(answer.data?.job).toMatchObject({ id: small.past[0]!.id, review: { rating: 4 } });
    const foreign = await expectRowLevelSecurityAlone(app, () => app.call('portal', JOB, { id: neighbour.past[0]!.id }, { token: small.token }));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('service history in one statement', () => {
  it('answers in one statement for everything, a site or an asset, page after page', async () => {
    const completed = [...large.past, large.records.job].sort((a, b) => b.scheduledStart.getTime() - a.scheduledStart.getTime() || byId(b.id, a.id));
    let page = (await history(large, { first: 3 })).serviceHistory;
    const seen = ids(page);
    while (page.pageInfo.hasNextPage) {
      page = (await history(large, { first: 3, after: page.pageInfo.endCursor })).serviceHistory;
      seen.push(...ids(page));
    }
    expect(seen).toEqual(completed.map((j) => j.id));
    expect(ids((await history(large, { siteId: large.home.id })).serviceHistory)).toEqual([large.records.job.id]);
    const onFurnace = (await history(large, { assetId: large.furnace.id })).serviceHistory;
    expect(ids(onFurnace)).toEqual(large.past.map((j) => j.id));
    expect(onFurnace.nodes[0]).toMatchObject({ technicianName: 'Staff technician', partsUsed: [{ name: 'Filter', quantity: 2 }], documents: [{ title: 'Photo 1' }] });
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers and businesses out', async () => {
    for (const vars of [{}, { siteId: small.cabin.id }, { assetId: small.furnace.id, first: 1 }, { assetId: stranger.furnace.id }]) {
      const answer = await expectRowLevelSecurityAlone(app, () => app.call<{ serviceHistory: Page }>('portal', HISTORY, vars, { token: small.token }));
      if (!('assetId' in vars) || vars.assetId === small.furnace.id) expect(answer.data?.serviceHistory.nodes.length).toBeGreaterThan(0);
    }
  });
});
