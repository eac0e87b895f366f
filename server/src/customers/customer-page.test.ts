// The admin customer page (admin-web customers/[id]) reads in one SQL statement: its own operation
// (CustomerDetail, as admin-web's codegen printed it) answers exactly as the services did, in one
// statement besides opening the scope, and shows nothing of another customer or business with its
// own filters taken out.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../common/pagination.js';
import { withServicesAlone } from '../platform/operation-read.js';
import { pageStatements, startTestApp, type GraphQLResult, type TestApp } from '../test/app.js';
import { expectRowLevelSecurityAlone } from '../test/page-isolation.js';
import { makeAssetType, makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { webDocument } from '../test/web-documents.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const DETAIL = webDocument('admin-web', 'CustomerDetail');
const FEEDS = webDocument('admin-web', 'CustomerFeeds');
const AGREEMENTS = webDocument('admin-web', 'CustomerAgreements');

const DAY = 86_400_000;
const at = (days: number, minutes = 0) => new Date(app.clock.now.getTime() + days * DAY + minutes * 60_000);

/**
 * A customer holding some of everything the page shows (`scale` multiplies the lists): sites and
 * assets added by them and by staff, jobs (two starting together), invoices (drafts without an
 * issue date, two issued the same day), payments, documents, logged calls, emails, and activity
 * about every kind of record, by staff and by the customer.
 */
async function customerWithEverything(tenantId: string, scale = 1) {
  const { customer } = await makeCustomer(app.owner, tenantId);
  const staff = await makeStaff(app.owner, tenantId, 'dispatcher');
  const technician = await makeStaff(app.owner, tenantId, 'technician');
  const records = await makeCustomerRecords(app.owner, tenantId, customer.id);
  const site = (label: string, extra: { addedBy?: string; addedByStaffId?: string } = {}) =>
    app.owner.site.create({ data: { tenantId, customerId: customer.id, label, addressLine1: `1 ${label} St`, city: 'Springfield', postalCode: '12345', country: 'US', ...extra } });
  const cabin = await site('Cabin', { addedBy: 'customer' });
  await site('Barn', { addedBy: 'staff', addedByStaffId: staff.id });
  const type = await makeAssetType(app.owner, tenantId, { en: 'Furnace', fr: 'Chaudière' });
  const asset = await app.owner.asset.create({
    data: { tenantId, customerId: customer.id, siteId: cabin.id, assetTypeId: type.id, name: 'Basement furnace', warrantyEndOn: new Date('2027-01-31'), addedByStaffId: staff.id },
  });
  await app.owner.asset.create({ data: { tenantId, customerId: customer.id, assetTypeId: type.id, name: 'Attic fan', addedBy: 'customer', installedOn: new Date('2020-05-01') } });
  const base = { tenantId, customerId: customer.id, siteId: records.site.id, serviceTypeId: records.job.serviceTypeId };
  const job = (start: Date, extra: { technicianId?: string; status?: 'scheduled' | 'completed' | 'cancelled'; title?: string } = {}) =>
    app.owner.job.create({
      data: {
        ...base,
        title: extra.title ?? `Visit ${start.toISOString()}`,
        status: extra.status ?? 'scheduled',
        technicianId: extra.technicianId ?? null,
        scheduledStart: start,
        scheduledEnd: new Date(start.getTime() + 3_600_000),
      },
    });
  const jobs = [];
  for (let i = 0; i < 4 * scale; i++) jobs.push(await job(at(i + 1), { technicianId: i % 2 ? technician.id : undefined }));
  // Two jobs starting together: the id orders them.
  jobs.push(await job(at(30)), await job(at(30)));
  await job(at(-3), { status: 'cancelled' });
  const invoice = (status: 'issued' | 'paid' | 'draft', issueDate: string | null, number: string | null, createdAt: Date) =>
    app.owner.invoice.create({
      data: {
        tenantId,
        customerId: customer.id,
        status,
        number,
        currency: 'USD',
        issueDate: issueDate ? new Date(issueDate) : null,
        dueDate: null,
        totalMinor: 10000,
        subtotalMinor: 10000,
        createdAt,
      },
    });
  const suffix = randomUUID().slice(0, 8);
  const invoices = [];
  for (let i = 0; i < 2 * scale; i++) invoices.push(await invoice('draft', null, null, at(-1, i)));
  for (let i = 0; i < 2 * scale; i++) invoices.push(await invoice('issued', '2026-11-10', `SAME-${suffix}-${i}`, at(-10, i)));
  const paid = await invoice('paid', '2026-10-01', `PAID-${suffix}`, at(-50));
  for (let i = 0; i < 3 * scale; i++) {
    await app.owner.payment.create({
      data: {
        tenantId,
        customerId: customer.id,
        invoiceId: paid.id,
        amountMinor: 1000 + i,
        currency: 'USD',
        method: 'card',
        status: 'succeeded',
        provider: 'sandbox',
        cardBrand: 'visa',
        last4: '4242',
        receivedAt: at(-40, i),
      },
    });
  }
  await app.owner.payment.create({
    data: {
      tenantId,
      customerId: customer.id,
      invoiceId: paid.id,
      amountMinor: 500,
      currency: 'USD',
      method: 'card',
      status: 'failed',
      provider: 'sandbox',
      failureReason: 'card_declined',
      receivedAt: at(-40, 30),
    },
  });
  for (let i = 0; i < 3 * scale; i++) {
    await app.owner.document.create({
      data: {
        tenantId,
        customerId: customer.id,
        kind: 'photo',
        title: `Photo ${i}`,
        fileName: `p${i}.jpg`,
        contentType: 'image/jpeg',
        sizeBytes: 100 + i,
        storageKey: `k-${randomUUID()}`,
        shared: i % 2 === 0,
        createdAt: at(-5, i),
      },
    });
  }
  const request = await app.owner.serviceRequest.create({
    data: { tenantId, customerId: customer.id, description: `The furnace makes a loud banging noise every time it starts ${'and then some '.repeat(8)}` },
  });
  const review = await app.owner.review.create({ data: { tenantId, customerId: customer.id, jobId: records.job.id, rating: 5, authorName: 'Pat' } });
  const call = await app.owner.communication.create({
    data: {
      tenantId,
      customerId: customer.id,
      channel: 'call',
      direction: 'inbound',
      summary: 'Called about the noise',
      occurredAt: at(-2),
      staffUserId: staff.id,
      jobId: records.job.id,
    },
  });
  await app.owner.outboxEmail.create({ data: { tenantId, customerId: customer.id, toAddress: customer.email, subject: 'Your appointment', text: '…', createdAt: at(-2, 5) } });
  const activity = (action: string, subjectId: string | null, minutes: number, actor: { actorType: 'staff' | 'customer'; actorId: string | null }) =>
    app.owner.activityLog.create({ data: { tenantId, customerId: customer.id, action, subjectId, ...actor, ip: '203.0.113.9', createdAt: at(-1, minutes) } });
  const byStaff = { actorType: 'staff' as const, actorId: staff.id };
  const byCustomer = { actorType: 'customer' as const, actorId: customer.id };
  const subjects: [string, string | null][] = [
    ['job.created', jobs[0]!.id],
    ['invoice.issued', invoices[0]!.id],
    ['invoice.created', invoices.at(-1)!.id],
    ['document.added', records.sharedDocument.id],
    ['site.created', cabin.id],
    ['asset.created', asset.id],
    ['request.reviewed', request.id],
    ['review.published', review.id],
    ['communication.logged', call.id],
    ['customer.updated', customer.id],
    ['staff.role_changed', staff.id],
    ['job.status_changed', randomUUID()],
    ['profile.updated', null],
  ];
  for (const [i, [action, subjectId]] of subjects.entries()) await activity(action, subjectId, i * scale, i % 3 ? byStaff : byCustomer);
  for (let i = 0; i < 4 * scale; i++) await activity('auth.login', null, 100 + i, byCustomer);
  await activity('invoice.viewed', invoices[0]!.id, 200, { actorType: 'customer', actorId: null });
  await app.owner.oneTimeToken.create({
    data: { tenantId, customerId: customer.id, purpose: 'email_change', tokenHash: randomUUID(), newEmail: `new-${suffix}@example.com`, expiresAt: at(1), createdAt: at(-1) },
  });
  return { customer, jobs, invoices, records };
}

async function officeToken(tenantId: string) {
  return (await staffToken(app, await makeStaff(app.owner, tenantId, 'owner'))).token;
}

type Answer = Pick<GraphQLResult, 'data' | 'errors'>;
const answer = (res: GraphQLResult): Answer => ({ data: res.data, errors: res.errors });

describe('the admin customer page', () => {
  let tenantId: string;
  let token: string;
  let mine: Awaited<ReturnType<typeof customerWithEverything>>;
  let neighbour: Awaited<ReturnType<typeof customerWithEverything>>;
  beforeAll(async () => {
    tenantId = (await makeTenant(app.owner)).id;
    token = await officeToken(tenantId);
    mine = await customerWithEverything(tenantId);
    neighbour = await customerWithEverything(tenantId);
  });

  /** The answer now, and as the services gave it before the page's reads were parts. */
  async function bothWays(query: string, variables: Record<string, unknown>): Promise<{ parts: Answer; services: Answer }> {
    const parts = answer(await app.call('admin', query, variables, { token }));
    const services = answer(await withServicesAlone(() => app.call('admin', query, variables, { token })));
    return { parts, services };
  }

  it("answers the page's own operations exactly as the services do", async () => {
    for (const [query, variables] of [
      [DETAIL, { id: mine.customer.id }],
      [FEEDS, { id: mine.customer.id }],
      [AGREEMENTS, { id: mine.customer.id }],
    ] as const) {
      const { parts, services } = await bothWays(query, variables);
      expect(parts.errors).toBeUndefined();
      expect(parts).toEqual(services);
    }
    // The services read statement after statement (the comparison compares two ways of reading).
    app.statements.length = 0;
    await withServicesAlone(() => app.call('admin', DETAIL, { id: mine.customer.id }, { token }));
    expect(pageStatements(app.statements).length).toBeGreaterThan(10);
    const { parts } = await bothWays(DETAIL, { id: mine.customer.id });
    const detail = parts.data as { customer: { sites: { label: string; addedBy: { staffName: string | null } }[]; assets: { assetType: { name: string } }[] } };
    expect(detail.customer.sites.map((s) => [s.label, s.addedBy.staffName])).toEqual([
      ['Barn', 'Staff dispatcher'],
      ['Cabin', null],
      ['Home', null],
    ]);
    expect(JSON.stringify(parts.data)).not.toContain(neighbour.customer.id);
  });

  it('pages every list as the services do, whatever the cursor (a draft, a row of another customer, a row that is gone)', async () => {
    const LISTS: Record<string, string> = {
      adminJobs: 'query($id: ID!, $after: String) { page: adminJobs(customerId: $id, first: 2, after: $after) { nodes { id technicianName } pageInfo { hasNextPage endCursor } } }',
      invoices: 'query($id: ID!, $after: String) { page: invoices(customerId: $id, first: 2, after: $after) { nodes { id number status } pageInfo { hasNextPage endCursor } } }',
      customerPayments:
        'query($id: ID!, $after: String) { page: customerPayments(customerId: $id, first: 2, after: $after) { nodes { id amountMinor invoiceNumber } pageInfo { hasNextPage endCursor } } }',
      documents: 'query($id: ID!, $after: String) { page: documents(customerId: $id, first: 2, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } } }',
      communicationsTimeline:
        'query($id: ID!, $after: String) { page: communicationsTimeline(customerId: $id, first: 2, after: $after) { nodes { id kind subject { kind name } } pageInfo { hasNextPage endCursor } } }',
      activity:
        'query($id: ID!, $after: String) { page: customer(id: $id) { activity(first: 2, after: $after) { nodes { id actorName subject { kind id name } } pageInfo { hasNextPage endCursor } } } }',
    };
    type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const pageOf = (a: Answer) => {
      const page = (a.data as { page: Page & { activity?: Page } } | null)?.page;
      return page?.activity ?? page;
    };
    for (const [list, query] of Object.entries(LISTS)) {
      let after: string | null = null;
      let pages = 0;
      do {
        const { parts, services } = await bothWays(query, { id: mine.customer.id, after });
        expect(parts.errors, list).toBeUndefined();
        expect(parts, `${list} after ${after}`).toEqual(services);
        after = pageOf(parts)?.pageInfo.hasNextPage ? (pageOf(parts)?.pageInfo.endCursor ?? null) : null;
        pages++;
      } while (after && pages < 20);
      expect(pages, list).toBeGreaterThan(1);
    }
    const cursors = [
      encodeCursor(mine.invoices[0]!.id), // a draft: no issue date
      encodeCursor(neighbour.jobs[0]!.id),
      encodeCursor(neighbour.invoices.at(-1)!.id),
      encodeCursor(randomUUID()),
      'not-a-cursor',
    ];
    for (const query of Object.values(LISTS)) {
      for (const after of cursors) {
        const { parts, services } = await bothWays(query, { id: mine.customer.id, after });
        expect(parts).toEqual(services);
      }
    }
  });

  it("answers another business's, a missing or a malformed customer NOT_FOUND, as the services do", async () => {
    const other = await makeTenant(app.owner);
    const { customer: foreign } = await makeCustomer(app.owner, other.id);
    const notFound = (a: Answer) => a.errors?.map((e) => [e.extensions?.code, e.message]);
    for (const id of [foreign.id, randomUUID(), 'nope']) {
      for (const query of [DETAIL, FEEDS]) {
        const { parts, services } = await bothWays(query, { id });
        // Every field names the customer, and the first to fail empties the page (a non-null field): which one
        // that is was a race between the services' statements; with one statement it is the first asked for.
        expect(parts.data).toEqual(services.data);
        expect(parts.data).toBeNull();
        expect(notFound(parts)).toEqual([['NOT_FOUND', 'This customer was not found.']]);
        expect(new Set(notFound(services)?.map(String))).toEqual(new Set(['NOT_FOUND,This customer was not found.']));
        expect(parts.errors?.[0]?.path).toEqual(['customer']);
      }
    }
  });

  it('a technician sending the page is refused what the office reads, as before, and reads only their own jobs', async () => {
    const technician = await makeStaff(app.owner, tenantId, 'technician');
    const { token: theirs } = await staffToken(app, technician);
    await app.owner.job.update({ where: { tenantId_id: { tenantId, id: mine.jobs[0]!.id } }, data: { technicianId: technician.id } });
    const query = 'query($id: ID!) { customer(id: $id) { id } adminJobs(customerId: $id, first: 20) { nodes { id technicianName } } }';
    const parts = answer(await app.call('admin', query, { id: mine.customer.id }, { token: theirs }));
    const services = answer(await withServicesAlone(() => app.call('admin', query, { id: mine.customer.id }, { token: theirs })));
    expect(parts).toEqual(services);
    expect(parts.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const jobs = await app.call<{ adminJobs: { nodes: { id: string }[] } }>(
      'admin',
      'query($id: ID!) { adminJobs(customerId: $id) { nodes { id } } }',
      { id: mine.customer.id },
      { token: theirs },
    );
    expect(jobs.data?.adminJobs.nodes.map((j) => j.id)).toEqual([mine.jobs[0]!.id]);
  });

  it('answers in one SQL statement besides opening the scope, for a small and a large customer alike', async () => {
    const large = await customerWithEverything(tenantId, 4);
    const count = async (query: string, id: string) => {
      app.statements.length = 0;
      const res = await app.call('admin', query, { id }, { token });
      expect(res.errors).toBeUndefined();
      expect(pageStatements(app.statements)).toHaveLength(1);
      return app.statements.length;
    };
    const small = await count(DETAIL, mine.customer.id);
    expect(await count(DETAIL, large.customer.id)).toBe(small);
    // Opening the scope (tenant and principal included), the page's one statement, COMMIT.
    expect(small).toBe(3);
    // What the page reads again after a change, and its agreements (a manager's), one statement each.
    expect(await count(FEEDS, large.customer.id)).toBe(3);
    expect(await count(AGREEMENTS, large.customer.id)).toBe(3);
  });

  it('answers the same with its own filters taken out: row-level security alone keeps other businesses out', async () => {
    const other = await makeTenant(app.owner);
    const theirs = await customerWithEverything(other.id, 2);
    const answer = await expectRowLevelSecurityAlone(app, () => app.call('admin', DETAIL, { id: mine.customer.id }, { token }));
    expect(answer.errors).toBeUndefined();
    const shown = JSON.stringify(answer.data);
    expect(shown).not.toContain(theirs.customer.id);
    expect(shown).not.toContain(theirs.jobs[0]!.id);
    const foreign = await expectRowLevelSecurityAlone(app, () => app.call('admin', DETAIL, { id: theirs.customer.id }, { token }));
    expect(foreign.errors?.map((e) => e.extensions?.code)).toContain('NOT_FOUND');
    expect(JSON.stringify(foreign.data ?? null)).not.toContain(theirs.jobs[0]!.id);
  });
});
