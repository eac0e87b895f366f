// Smoke test of the bench on a tiny dataset in a database of its own (the generator empties
// the tenant tables): the generator's shape, the baseline answering like Portico, and
// PostGraphile answering the same facts under the same row-level security.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { provisionDatabase, type ProvisionedDatabase } from '@portico/server/provision';
import { factsOf } from './facts.js';
import { countRows, datasetMarker, generateDataset } from './generate.js';
import { checkFacts, failureOf, fetchTarget, signClients, startInProcess, type Client } from './index.js';
import { measureLive } from './live.js';

const secret = new TextEncoder().encode('bench-secret-bench-secret-bench-secret-0');
// Unset when beforeAll failed part-way; the tests run only after it succeeded.
let database: ProvisionedDatabase | undefined;
let servers: Awaited<ReturnType<typeof startInProcess>> | undefined;
let clients: Client[];

beforeAll(async () => {
  database = await provisionDatabase({
    serverUrl: inject('ownerUrl'),
    embedded: { dataDir: '', port: 0 },
    database: { mode: 'fresh', name: `portico_bench_test_${process.pid}` },
    appPassword: 'portico-app-test',
  });
  await generateDataset(database.ownerUrl, { tenants: 2, customersPerTenant: 50 });
  clients = await signClients(database.ownerUrl, secret);
  servers = await startInProcess(database.appUrl ?? '', database.ownerUrl, secret);
}, 60_000);

afterAll(async () => {
  await servers?.close();
  await database?.release();
});

describe('bench', () => {
  it("names a dataset by its shape, and by how often its customers hold sessions when that is not the full size's", () => {
    expect(datasetMarker({ tenants: 200, customersPerTenant: 500 })).toMatch(/^portico-bench dataset v\d+ 200x500$/);
    expect(datasetMarker({ tenants: 20, customersPerTenant: 500, sessionEvery: 5 })).toMatch(/^portico-bench dataset v\d+ 20x500 sessions 1\/5$/);
    expect(datasetMarker({ tenants: 20, customersPerTenant: 500, sessionEvery: 50 })).toBe(datasetMarker({ tenants: 20, customersPerTenant: 500 }));
  });

  it('generates ten jobs and ten invoices with one to four lines per customer, and a session for every fiftieth', async () => {
    const owner = new pg.Client({ connectionString: database!.ownerUrl });
    await owner.connect();
    const counts = await countRows(owner);
    // The generator rebuilds what it dropped for speed: the no-overlap constraint and every index
    // the migrations made (the suite's own database, migrated and untouched by the generator, says how many).
    const CONSTRAINTS = `SELECT (SELECT count(*)::int FROM pg_constraint WHERE conname = 'jobs_technician_no_overlap') AS exclusion,
              (SELECT count(*)::int FROM pg_indexes WHERE tablename IN ('jobs', 'invoices', 'invoice_lines')) AS indexes`;
    const rebuilt = await owner.query<{ exclusion: number; indexes: number }>(CONSTRAINTS);
    await owner.end();
    const migrated = new pg.Client({ connectionString: inject('ownerUrl') });
    await migrated.connect();
    const expected = await migrated.query<{ exclusion: number; indexes: number }>(CONSTRAINTS);
    await migrated.end();
    expect(expected.rows[0]!.indexes).toBeGreaterThanOrEqual(9);
    expect(rebuilt.rows[0]).toEqual({ exclusion: 1, indexes: expected.rows[0]!.indexes });
    expect(counts).toMatchObject({ tenants: 2, customers: 100, jobs: 1000, invoices: 1000, sessions: 2 });
    expect(counts.invoice_lines).toBeGreaterThanOrEqual(1000);
    expect(counts.invoice_lines).toBeLessThanOrEqual(4000);
    expect(clients).toHaveLength(2);
  });

  it('the baseline answers the invoice list exactly as Portico does', async () => {
    for (const client of clients) {
      const [portico, baseline] = await Promise.all([fetchTarget(servers!.urls.portico, 'invoices', client), fetchTarget(servers!.urls.baseline, 'invoices', client)]);
      expect(failureOf(portico.status, portico.body)).toBeNull();
      expect(baseline.body).toEqual(portico.body);
      const page = (baseline.body as { data: { invoices: { nodes: { lines: unknown[] }[] } } }).data.invoices;
      // Ten invoices per customer, the tenth a draft, which customers never see.
      expect(page.nodes).toHaveLength(9);
      expect(page.nodes.every((n) => n.lines.length >= 1)).toBe(true);
    }
  });

  it('the baseline dashboard shows upcoming appointments, unpaid and overdue invoices', async () => {
    const res = await fetchTarget(servers!.urls.baseline, 'dashboard', clients[0] as Client);
    expect(failureOf(res.status, res.body)).toBeNull();
    const dashboard = (
      res.body as {
        data: { dashboard: { counts: Record<string, number>; nextAppointments: { site: { label: string } }[]; unpaidInvoices: unknown[]; overdueAmountMinor: number } };
      }
    ).data.dashboard;
    expect(dashboard.counts).toMatchObject({ upcomingAppointments: 2, assets: 2, documents: 2 });
    expect(dashboard.counts.overdueInvoices).toBeGreaterThanOrEqual(1);
    expect(dashboard.nextAppointments).toHaveLength(2);
    expect(dashboard.nextAppointments[0]?.site.label).toBeTruthy();
    expect(dashboard.unpaidInvoices.length).toBe(dashboard.counts.unpaidInvoices);
    expect(dashboard.overdueAmountMinor).toBeGreaterThan(0);
  });

  it("the baseline serves a tenant's published reviews to anyone, and NOT_FOUND for an unknown tenant", async () => {
    const res = await fetch(`${servers!.urls.baseline}/public/v1/tenants/${clients[0]?.tenantSlug}/reviews`);
    const body = (await res.json()) as { count: number; reviews: unknown[] };
    expect(res.status).toBe(200);
    expect(body.count).toBeGreaterThan(0);
    expect(body.reviews.length).toBe(Math.min(10, body.count));
    expect((await fetch(`${servers!.urls.baseline}/public/v1/tenants/no-such-tenant/reviews`)).status).toBe(404);
  });

  it('the baseline refuses a request without a valid token', async () => {
    const res = await fetchTarget(servers!.urls.baseline, 'invoices', { tenantSlug: 'x', token: 'not-a-token', customerId: '' });
    expect(failureOf(res.status, res.body)).toContain('UNAUTHENTICATED');
  });

  it('PostGraphile answers the dashboard and the invoice list with the same facts as the baseline, for every customer', async () => {
    for (const target of ['dashboard', 'invoices'] as const) {
      for (const client of clients) {
        const [postgraphile, baseline] = await Promise.all([
          fetchTarget(servers!.urls.postgraphile, target, client, 0, 'postgraphile'),
          fetchTarget(servers!.urls.baseline, target, client, 0, 'baseline'),
        ]);
        expect(failureOf(postgraphile.status, postgraphile.body)).toBeNull();
        expect(factsOf(target, 'postgraphile', postgraphile.body)).toEqual(factsOf(target, 'portico', baseline.body));
      }
    }
    // The bench's own check before the load says the same for all three servers.
    const checked = await checkFacts(servers!.urls, 'dashboard', clients);
    expect(checked).toEqual({ failures: {}, sameFacts: { baseline: true, portico: true, postgraphile: true }, sameJson: true });
  });

  it("row-level security keeps PostGraphile's generated root connection to the signed-in customer's own invoices", async () => {
    const res = await fetch(`${servers!.urls.postgraphile}/graphql/portal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clients[0]!.token}` },
      body: JSON.stringify({ query: '{ allInvoices { totalCount } allCustomers { totalCount } }' }),
    });
    // Ten invoices per customer, one a draft (hidden from customers); of the 100 customers, only themself.
    expect(await res.json()).toEqual({ data: { allInvoices: { totalCount: 9 }, allCustomers: { totalCount: 1 } } });
  });

  it('PostGraphile shows nothing to a request without a valid token', async () => {
    const res = await fetchTarget(servers!.urls.postgraphile, 'invoices', { tenantSlug: 'x', token: 'not-a-token', customerId: '' }, 0, 'postgraphile');
    expect(res.body).toEqual({ data: { currentCustomer: null } });
  });

  it('the live scenario delivers every write to its subscriber (timings are reported, not tested)', async () => {
    const steps = await measureLive(servers!.urls.portico.replace(/^http/, 'ws'), database!.ownerUrl, clients, {
      steps: [clients.length],
      eventsPerStep: 6,
      intervalMs: 0,
      log: () => undefined,
    });
    expect(steps.map((s) => ({ subscribers: s.subscribers, events: s.events, received: s.received }))).toEqual([{ subscribers: clients.length, events: 6, received: 6 }]);
  });
});
