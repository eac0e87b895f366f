import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeReview, makeTenant, signedInStaff } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LIST =
  'query($status: ReviewStatus, $first: Int) { reviews(status: $status, first: $first) { nodes { id status customerName jobId jobTitle response } pageInfo { hasNextPage } } }';
const PUBLISH = 'mutation($id: ID!) { publishReview(id: $id) { id status publishedAt } }';
const REJECT = 'mutation($id: ID!) { rejectReview(id: $id) { id status publishedAt } }';
const RESPOND = 'mutation($id: ID!, $response: String!) { respondToReview(id: $id, response: $response) { id response respondedAt } }';

async function business(role: 'owner' | 'admin' | 'dispatcher' | 'technician' = 'owner') {
  const tenant = await makeTenant(app.owner);
  const { customer } = await makeCustomer(app.owner, tenant.id);
  const { job } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const { token } = await signedInStaff(app, tenant.id, role);
  return { tenant, customer, job, token };
}

interface ReviewRow {
  id: string;
  status: string;
  customerName: string;
  jobTitle: string;
}

describe('reviews admin', () => {
  it('staff list pending reviews with the customer and job, in a number of statements that does not grow with the list', async () => {
    const me = await business();
    const pending = await makeReview(app.owner, me.job, { status: 'pending' });
    await makeReview(app.owner, me.job, { status: 'published' });
    const res = await app.call<{ reviews: { nodes: ReviewRow[] } }>('admin', LIST, { status: 'pending' }, { token: me.token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.reviews.nodes).toEqual([{ id: pending.id, status: 'pending', customerName: me.customer.name, jobId: pending.jobId, jobTitle: 'Visit', response: null }]);

    const count = async () => {
      app.statements.length = 0;
      const all = await app.call<{ reviews: { nodes: unknown[] } }>('admin', LIST, {}, { token: me.token });
      return { statements: app.statements.length, reviews: all.data?.reviews.nodes.length };
    };
    const few = await count();
    for (let i = 0; i < 3; i += 1) await makeReview(app.owner, me.job, { status: 'pending' });
    const more = await count();
    expect(more.reviews).toBe((few.reviews ?? 0) + 3);
    expect(more.statements).toBe(few.statements);
  });

  it('publishing shows a pending review publicly; rejecting takes it down; the same move twice is a CONFLICT', async () => {
    const me = await business();
    const review = await makeReview(app.owner, me.job, { status: 'pending' });
    const published = await app.call<{ publishReview: { status: string; publishedAt: string } }>('admin', PUBLISH, { id: review.id }, { token: me.token });
    expect(published.data?.publishReview).toMatchObject({ status: 'published', publishedAt: app.clock.now.toISOString() });
    const pub = await app.call<{ publicReviews: { count: number } }>('portal', 'query($slug: String!) { publicReviews(tenantSlug: $slug) { count } }', { slug: me.tenant.slug });
    expect(pub.data?.publicReviews.count).toBe(1);
    const twice = await app.call('admin', PUBLISH, { id: review.id }, { token: me.token });
    expect(twice.errors?.[0]).toMatchObject({ message: 'This review is already published.', extensions: { code: 'CONFLICT' } });

    const rejected = await app.call<{ rejectReview: { status: string; publishedAt: string | null } }>('admin', REJECT, { id: review.id }, { token: me.token });
    expect(rejected.data?.rejectReview).toEqual({ id: review.id, status: 'rejected', publishedAt: null });
    const gone = await app.call<{ publicReviews: { count: number } }>('portal', 'query($slug: String!) { publicReviews(tenantSlug: $slug) { count } }', { slug: me.tenant.slug });
    expect(gone.data?.publicReviews.count).toBe(0);
    const actions = await app.owner.activityLog.findMany({ where: { tenantId: me.tenant.id }, select: { action: true, subjectId: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(['review.published', 'review.rejected']);
  });

  it('a public response is recorded with its time and shown with the published review', async () => {
    const me = await business();
    const review = await makeReview(app.owner, me.job, { status: 'published' });
    const res = await app.call<{ respondToReview: { response: string; respondedAt: string } }>(
      'admin',
      RESPOND,
      { id: review.id, response: '  Thank you, see you next year!  ' },
      { token: me.token },
    );
    expect(res.data?.respondToReview).toMatchObject({ response: 'Thank you, see you next year!', respondedAt: app.clock.now.toISOString() });
    const pub = await app.call<{ publicReviews: { nodes: { response: string | null }[] } }>(
      'portal',
      'query($slug: String!) { publicReviews(tenantSlug: $slug) { nodes { response } } }',
      { slug: me.tenant.slug },
    );
    expect(pub.data?.publicReviews.nodes).toEqual([{ response: 'Thank you, see you next year!' }]);
    const empty = await app.call('admin', RESPOND, { id: review.id, response: '   ' }, { token: me.token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    const rejected = await makeReview(app.owner, me.job, { status: 'rejected' });
    const onRejected = await app.call('admin', RESPOND, { id: rejected.id, response: 'Hi' }, { token: me.token });
    expect(onRejected.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('moderation is FORBIDDEN with a clear message when the business switched reviews off', async () => {
    const me = await business();
    const review = await makeReview(app.owner, me.job, { status: 'pending' });
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { featureReviews: false } });
    for (const [query, vars] of [
      [PUBLISH, { id: review.id }],
      [RESPOND, { id: review.id, response: 'Hi' }],
    ] as const) {
      const res = await app.call('admin', query, vars, { token: me.token });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toContain('Reviews is not available');
    }
    expect((await app.owner.review.findFirst({ where: { tenantId: me.tenant.id, id: review.id } }))?.status).toBe('pending');
  });

  it('dispatchers and technicians may not moderate or list reviews', async () => {
    const me = await business();
    const review = await makeReview(app.owner, me.job, { status: 'pending' });
    for (const role of ['dispatcher', 'technician'] as const) {
      const { token } = await signedInStaff(app, me.tenant.id, role);
      for (const [query, vars] of [
        [LIST, {}],
        [PUBLISH, { id: review.id }],
        [RESPOND, { id: review.id, response: 'x' }],
      ] as const) {
        const res = await app.call('admin', query, vars, { token });
        expect(res.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      }
    }
  });

  it("another tenant's or a malformed review id is NOT_FOUND, and another tenant's reviews are never listed", async () => {
    const me = await business();
    const elsewhere = await business();
    const theirs = await makeReview(app.owner, elsewhere.job, { status: 'pending' });
    for (const id of [theirs.id, 'not-an-id']) {
      for (const [query, vars] of [
        [PUBLISH, { id }],
        [REJECT, { id }],
        [RESPOND, { id, response: 'x' }],
      ] as const) {
        const res = await app.call('admin', query, vars, { token: me.token });
        expect(res.errors?.[0]).toMatchObject({ message: 'This review was not found.', extensions: { code: 'NOT_FOUND' } });
      }
    }
    const listed = await app.call<{ reviews: { nodes: unknown[] } }>('admin', LIST, {}, { token: me.token });
    expect(listed.data?.reviews.nodes).toEqual([]);
    expect(await app.owner.review.findFirst({ where: { tenantId: elsewhere.tenant.id, id: theirs.id } })).toMatchObject({ status: 'pending', response: null });
  });
});
