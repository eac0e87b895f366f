import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStatements, startTestApp, type TestApp } from '../test/app.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeJob, makeReview, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const QUERY = `{ dashboard {
  currency amountDueMinor overdueAmountMinor
  counts { upcomingAppointments openRequests unpaidInvoices overdueInvoices awaitingReview documents assets }
  nextAppointments { id title status technicianName site { label } }
  openRequests { id description status }
  unpaidInvoices { id amountDueMinor status lines { description } }
  awaitingReview { id title }
} }`;

interface DashboardData {
  dashboard: {
    currency: string;
    amountDueMinor: number;
    overdueAmountMinor: number;
    counts: Record<string, number>;
    nextAppointments: { id: string; title: string; site: { label: string } }[];
    openRequests: { id: string; description: string; status: string }[];
    unpaidInvoices: { id: string; amountDueMinor: number; status: string }[];
    awaitingReview: { id: string; title: string }[];
  };
}

const DAY = 86_400_000;
const at = (days: number) => new Date(app.clock.now.getTime() + days * DAY);

/** A customer holding some of everything; `scale` multiplies the list-shaped parts. */
async function customerWithEverything(tenantId: string, scale = 1) {
  const { customer, account } = await makeCustomer(app.owner, tenantId);
  const records = await makeCustomerRecords(app.owner, tenantId, customer.id);
  const base = { siteId: records.site.id, serviceTypeId: records.job.serviceTypeId };
  const upcoming = [];
  for (let i = 1; i <= 4 * scale; i++) upcoming.push(await makeJob(app.owner, tenantId, customer.id, { ...base, start: at(i), title: `Visit ${i}` }));
  await makeJob(app.owner, tenantId, customer.id, { ...base, start: at(1), status: 'cancelled' });
  await makeJob(app.owner, tenantId, customer.id, { ...base, start: at(-2) });
  const recent = await makeJob(app.owner, tenantId, customer.id, { ...base, start: at(-10), status: 'completed', title: 'Recent repair' });
  await makeJob(app.owner, tenantId, customer.id, { ...base, start: at(-100), status: 'completed', title: 'Old repair' });
  await makeReview(app.owner, { tenantId, customerId: customer.id, ...base });
  for (let i = 0; i < 4 * scale; i++) {
    await app.owner.serviceRequest.create({
      data: { tenantId, customerId: customer.id, description: `Request ${i}`, status: i % 2 ? 'reviewed' : 'submitted', createdAt: new Date(at(-20).getTime() + i * 60_000) },
    });
  }
  await app.owner.serviceRequest.create({ data: { tenantId, customerId: customer.id, description: 'Declined', status: 'declined' } });
  const invoice = (status: 'issued' | 'paid' | 'draft', dueDate: string, totalMinor: number, paidMinor = 0) =>
    app.owner.invoice.create({
      data: {
        tenantId,
        customerId: customer.id,
        status,
        currency: 'USD',
        issueDate: new Date('2026-11-01'),
        dueDate: new Date(dueDate),
        totalMinor,
        subtotalMinor: totalMinor,
        paidMinor,
      },
    });
  for (let i = 0; i < scale; i++) await invoice('issued', '2026-12-01', 20000, 5000);
  await invoice('paid', '2026-11-10', 9000, 9000);
  await invoice('draft', '2026-11-10', 7000);
  return { account: account!, records, upcoming, recent };
}

describe('portal dashboard', () => {
  it("gives the customer's next appointments, open requests, money owed and jobs awaiting a review, and nothing of anyone else", async () => {
    const tenant = await makeTenant(app.owner);
    const { account, records, upcoming, recent } = await customerWithEverything(tenant.id);
    await customerWithEverything(tenant.id); // a neighbour, who must not show up
    const { token } = await customerToken(app, account);
    const res = await app.call<DashboardData>('portal', QUERY, {}, { token });
    expect(res.errors).toBeUndefined();
    const d = res.data!.dashboard;
    expect(d.currency).toBe('USD');
    // The seeded invoice (15,000, due 2026-11-15, overdue) and one of 20,000 with 5,000 paid.
    expect(d.amountDueMinor).toBe(30000);
    expect(d.overdueAmountMinor).toBe(15000);
    expect(d.unpaidInvoices.map((i) => i.id)[0]).toBe(records.invoice.id);
    expect(d.unpaidInvoices.map((i) => [i.status, i.amountDueMinor])).toEqual([
      ['overdue', 15000],
      ['partially_paid', 15000],
    ]);
    expect(d.nextAppointments.map((j) => j.id)).toEqual(upcoming.slice(0, 3).map((j) => j.id));
    expect(d.nextAppointments[0]!.site.label).toBe('Home');
    expect(d.openRequests.map((r) => r.description)).toEqual(['Request 3', 'Request 2', 'Request 1']);
    expect(d.awaitingReview.map((j) => j.id)).toEqual([recent.id]);
    expect(d.counts).toEqual({ upcomingAppointments: 4, openRequests: 4, unpaidInvoices: 2, overdueInvoices: 1, awaitingReview: 1, documents: 1, assets: 0 });
  });

  it('leaves out the sections of features the business switched off', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await customerWithEverything(tenant.id);
    await app.owner.tenant.update({ where: { id: tenant.id }, data: { featureInvoices: false, featureRequests: false, featureReviews: false, featureDocuments: false } });
    const { token } = await customerToken(app, account);
    const res = await app.call<DashboardData>('portal', QUERY, {}, { token });
    expect(res.errors).toBeUndefined();
    const d = res.data!.dashboard;
    expect([d.amountDueMinor, d.overdueAmountMinor, d.unpaidInvoices.length, d.openRequests.length, d.awaitingReview.length]).toEqual([0, 0, 0, 0, 0]);
    expect(d.counts).toMatchObject({ openRequests: 0, unpaidInvoices: 0, overdueInvoices: 0, awaitingReview: 0, documents: 0 });
    expect(d.nextAppointments).toHaveLength(3);
  });

  it('answers in one SQL statement besides opening the scope, for a small and a large customer alike', async () => {
    const tenant = await makeTenant(app.owner);
    const small = await customerWithEverything(tenant.id, 1);
    const large = await customerWithEverything(tenant.id, 5);
    const count = async (account: typeof small.account) => {
      const { token } = await customerToken(app, account);
      app.statements.length = 0;
      // As the portal's home page asks it: who is signed in, and the dashboard.
      const res = await app.call<DashboardData>('portal', QUERY.replace('{ dashboard {', '{ me { id name email tenantSlug locale } dashboard {'), {}, { token });
      expect(res.errors).toBeUndefined();
      expect(pageStatements(app.statements)).toHaveLength(1);
      return app.statements.length;
    };
    const smallCount = await count(small.account);
    const largeCount = await count(large.account);
    expect(largeCount).toBe(smallCount);
    // Opening the scope (tenant and principal included), the page's one statement, COMMIT.
    expect(smallCount).toBe(3);
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other customers and tenants out', async () => {
    const tenant = await makeTenant(app.owner);
    const other = await makeTenant(app.owner);
    const mine = await customerWithEverything(tenant.id);
    await customerWithEverything(tenant.id, 2);
    await customerWithEverything(other.id, 2);
    const { token } = await customerToken(app, mine.account);
    const answer = await expectRowLevelSecurityAlone(app, () => app.call<DashboardData>('portal', QUERY, {}, { token }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.dashboard.counts.upcomingAppointments).toBe(4);
    expect(answer.data?.dashboard.openRequests).toHaveLength(3);
  });
});
