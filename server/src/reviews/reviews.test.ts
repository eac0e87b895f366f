import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_START, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeCustomerRecords, makeReview, makeTenant } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SUBMIT = `mutation($input: SubmitReviewInput!) {
  submitReview(input: $input) { id rating comment status response respondedAt createdAt publishedAt }
}`;

async function customerWithJob(options: { moderation?: boolean; name?: string } = {}) {
  const tenant = await makeTenant(app.owner);
  if (options.moderation !== undefined) await app.owner.tenant.update({ where: { id: tenant.id }, data: { reviewModeration: options.moderation } });
  const { customer, account } = await makeCustomer(app.owner, tenant.id);
  if (options.name) await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { name: options.name } });
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const { token } = await customerToken(app, account!);
  return { tenant, customer, records, token };
}

describe('submitReview', () => {
  it('a customer reviews a completed job; with moderation on it waits as pending, and it shows on the job', async () => {
    const me = await customerWithJob();
    const res = await app.call<{ submitReview: { id: string; status: string; publishedAt: string | null; rating: number; comment: string } }>(
      'portal',
      SUBMIT,
      { input: { jobId: me.records.job.id, rating: 4, comment: '  On time and tidy.  ' } },
      { token: me.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitReview).toMatchObject({ rating: 4, comment: 'On time and tidy.', status: 'pending', publishedAt: null });
    const logged = await app.owner.activityLog.findMany({ where: { tenantId: me.tenant.id, action: 'review.submitted' } });
    expect(logged.map((l) => [l.subjectId, l.customerId])).toEqual([[res.data?.submitReview.id, me.customer.id]]);
    const job = await app.call<{ job: { review: { id: string; status: string } | null } }>(
      'portal',
      'query($id: ID!) { job(id: $id) { review { id status } } }',
      { id: me.records.job.id },
      { token: me.token },
    );
    expect(job.data?.job.review).toEqual({ id: res.data?.submitReview.id, status: 'pending' });
  });

  it('without moderation the review is published at once and lists in myReviews with the staff response', async () => {
    const me = await customerWithJob({ moderation: false });
    const res = await app.call<{ submitReview: { id: string; status: string; publishedAt: string } }>(
      'portal',
      SUBMIT,
      { input: { jobId: me.records.job.id, rating: 5 } },
      { token: me.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitReview).toMatchObject({ status: 'published', publishedAt: TEST_START.toISOString() });
    await app.owner.review.update({
      where: { tenantId_id: { tenantId: me.tenant.id, id: res.data!.submitReview.id } },
      data: { response: 'Thank you!', respondedAt: TEST_START },
    });
    const mine = await app.call<{ myReviews: { nodes: { id: string; response: string | null }[] } }>(
      'portal',
      '{ myReviews { nodes { id response } pageInfo { hasNextPage } } }',
      {},
      { token: me.token },
    );
    expect(mine.data?.myReviews.nodes).toEqual([{ id: res.data?.submitReview.id, response: 'Thank you!' }]);
  });

  it('a second review of the same job is a CONFLICT', async () => {
    const me = await customerWithJob();
    const input = { jobId: me.records.job.id, rating: 5 };
    expect((await app.call('portal', SUBMIT, { input }, { token: me.token })).errors).toBeUndefined();
    const again = await app.call('portal', SUBMIT, { input }, { token: me.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.owner.review.count({ where: { tenantId: me.tenant.id } })).toBe(1);
  });

  it('a job that is not completed cannot be reviewed (BAD_USER_INPUT on jobId)', async () => {
    const me = await customerWithJob();
    await app.owner.job.update({ where: { tenantId_id: { tenantId: me.tenant.id, id: me.records.job.id } }, data: { status: 'scheduled' } });
    const res = await app.call('portal', SUBMIT, { input: { jobId: me.records.job.id, rating: 5 } }, { token: me.token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jobId' });
    expect(res.errors?.[0]?.message).toBe('You can review an appointment once it is completed.');
  });

  it('stars outside 1..5 and an overlong comment are BAD_USER_INPUT on their field, and nothing is saved', async () => {
    const me = await customerWithJob();
    for (const [input, field] of [
      [{ rating: 0 }, 'rating'],
      [{ rating: 6 }, 'rating'],
      [{ rating: 5, comment: 'x'.repeat(2001) }, 'comment'],
    ] as const) {
      const res = await app.call('portal', SUBMIT, { input: { jobId: me.records.job.id, ...input } }, { token: me.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await app.owner.review.count({ where: { tenantId: me.tenant.id } })).toBe(0);
  });

  it("another customer's job, another tenant's job and a malformed id answer NOT_FOUND", async () => {
    const me = await customerWithJob();
    const { customer: neighbour } = await makeCustomer(app.owner, me.tenant.id);
    const theirs = await makeCustomerRecords(app.owner, me.tenant.id, neighbour.id);
    const elsewhere = await customerWithJob();
    for (const jobId of [theirs.job.id, elsewhere.records.job.id, 'not-an-id']) {
      const res = await app.call('portal', SUBMIT, { input: { jobId, rating: 5 } }, { token: me.token });
      expect(res.errors?.[0]?.extensions?.code, jobId).toBe('NOT_FOUND');
    }
    expect(await app.owner.review.count({ where: { tenantId: { in: [me.tenant.id, elsewhere.tenant.id] } } })).toBe(0);
  });

  it('reviews are FORBIDDEN with a clear message when the business switched them off, and Job.review is null', async () => {
    const me = await customerWithJob();
    await makeReview(app.owner, { ...me.records.job, customerId: me.customer.id });
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { featureReviews: false } });
    const message = `Reviews is not available in ${me.tenant.name}'s portal. Please contact ${me.tenant.name} directly.`;
    const submit = await app.call('portal', SUBMIT, { input: { jobId: me.records.job.id, rating: 5 } }, { token: me.token });
    expect(submit.errors?.[0]).toMatchObject({ message, extensions: { code: 'FORBIDDEN' } });
    const mine = await app.call('portal', '{ myReviews { nodes { id } } }', {}, { token: me.token });
    expect(mine.errors?.[0]).toMatchObject({ message, extensions: { code: 'FORBIDDEN' } });
    const jobs = await app.call<{ jobs: { nodes: { review: unknown }[] } }>('portal', '{ jobs { nodes { review { id } } } }', {}, { token: me.token });
    expect(jobs.errors).toBeUndefined();
    expect(jobs.data?.jobs.nodes.every((j) => j.review === null)).toBe(true);
  });

  it('Job.review is batched: listing 1 or 4 reviewed jobs takes the same number of SQL statements', async () => {
    const count = async (reviews: number) => {
      const me = await customerWithJob();
      for (let i = 0; i < reviews; i++) await makeReview(app.owner, { ...me.records.job, customerId: me.customer.id });
      app.statements.length = 0;
      const res = await app.call<{ jobs: { nodes: { review: { rating: number } | null }[] } }>('portal', '{ jobs { nodes { id review { rating } } } }', {}, { token: me.token });
      expect(res.errors).toBeUndefined();
      expect(res.data?.jobs.nodes.filter((j) => j.review)).toHaveLength(reviews);
      return app.statements.length;
    };
    expect(await count(4)).toBe(await count(1));
  });
});

const PUBLIC = `query($slug: String!, $first: Int, $after: String) {
  publicReviews(tenantSlug: $slug, first: $first, after: $after) {
    averageRating count nodes { rating comment authorName publishedAt response respondedAt } pageInfo { hasNextPage endCursor }
  }
}`;

interface PublicPage {
  publicReviews: {
    averageRating: number | null;
    count: number;
    nodes: { rating: number; comment: string | null; authorName: string; response: string | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('publicReviews', () => {
  it('anyone reads only published reviews, signed "first name + initial", with the average and count', async () => {
    const me = await customerWithJob({ name: 'Alex van Martin' });
    const job = { ...me.records.job, customerId: me.customer.id };
    await makeReview(app.owner, job, { rating: 5, response: 'Thanks Alex!', publishedAt: new Date('2026-10-05T00:00:00Z') });
    await makeReview(app.owner, job, { rating: 4, publishedAt: new Date('2026-10-04T00:00:00Z') });
    await makeReview(app.owner, job, { rating: 1, status: 'pending' });
    await makeReview(app.owner, job, { rating: 1, status: 'rejected' });
    const res = await app.call<PublicPage>('portal', PUBLIC, { slug: me.tenant.slug });
    expect(res.errors).toBeUndefined();
    expect(res.data?.publicReviews).toMatchObject({ averageRating: 4.5, count: 2, pageInfo: { hasNextPage: false } });
    expect(res.data?.publicReviews.nodes.map((n) => [n.rating, n.authorName, n.response])).toEqual([
      [5, 'Alex M.', 'Thanks Alex!'],
      [4, 'Alex M.', null],
    ]);
    const page = await app.call<PublicPage>('portal', PUBLIC, { slug: me.tenant.slug, first: 1 });
    expect(page.data?.publicReviews.pageInfo.hasNextPage).toBe(true);
    const next = await app.call<PublicPage>('portal', PUBLIC, { slug: me.tenant.slug, first: 1, after: page.data?.publicReviews.pageInfo.endCursor });
    expect(next.data?.publicReviews.nodes.map((n) => n.rating)).toEqual([4]);
  });

  it('an unknown slug is NOT_FOUND; a business with reviews switched off shows none', async () => {
    const unknown = await app.call('portal', PUBLIC, { slug: 'no-such-business' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const me = await customerWithJob();
    await makeReview(app.owner, { ...me.records.job, customerId: me.customer.id });
    await app.owner.tenant.update({ where: { id: me.tenant.id }, data: { featureReviews: false } });
    const off = await app.call<PublicPage>('portal', PUBLIC, { slug: me.tenant.slug });
    expect(off.data?.publicReviews).toMatchObject({ averageRating: null, count: 0, nodes: [] });
  });
});
