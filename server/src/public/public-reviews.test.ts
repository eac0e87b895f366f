import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromNewAddress, startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeReview, makeTenant } from '../test/factory.js';
import { PUBLIC_REVIEWS_LIMIT } from '../http/public-reviews.routes.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${app.url}${path}`, { headers: { ...fromNewAddress().headers, ...headers } });
}

async function businessWithReviews() {
  const tenant = await makeTenant(app.owner);
  const { customer } = await makeCustomer(app.owner, tenant.id);
  await app.owner.customer.update({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } }, data: { name: 'Jordan Castellano', phone: '+1 555 0100' } });
  const records = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  const job = { ...records.job, customerId: customer.id };
  const reviews = [
    await makeReview(app.owner, job, { rating: 5, comment: 'Spotless work.', response: 'Thank you, Jordan!', publishedAt: new Date('2026-10-03T00:00:00Z') }),
    await makeReview(app.owner, job, { rating: 4, comment: null, publishedAt: new Date('2026-10-02T00:00:00Z') }),
    await makeReview(app.owner, job, { rating: 3, publishedAt: new Date('2026-10-01T00:00:00Z') }),
    await makeReview(app.owner, job, { rating: 1, comment: 'Pending rant', status: 'pending' }),
    await makeReview(app.owner, job, { rating: 1, comment: 'Rejected rant', status: 'rejected' }),
  ];
  return { tenant, customer, records, reviews };
}

interface Payload {
  tenant: { name: string };
  averageRating: number;
  count: number;
  reviews: Record<string, unknown>[];
  nextCursor: string | null;
  jsonLd: Record<string, unknown> & { aggregateRating: Record<string, unknown>; review: Record<string, unknown>[] };
}

describe('GET /public/v1/tenants/:slug/reviews', () => {
  it('answers published reviews only, with average, count and JSON-LD, and no private field', async () => {
    const b = await businessWithReviews();
    const res = await get(`/public/v1/tenants/${b.tenant.slug}/reviews`);
    expect(res.status).toBe(200);
    const raw = await res.text();
    const body = JSON.parse(raw) as Payload;
    expect(body).toMatchObject({ tenant: { name: b.tenant.name }, averageRating: 4, count: 3, nextCursor: null });
    expect(body.reviews).toEqual([
      {
        rating: 5,
        comment: 'Spotless work.',
        authorName: 'Jordan C.',
        publishedAt: '2026-10-03T00:00:00.000Z',
        response: 'Thank you, Jordan!',
        respondedAt: '2026-10-03T12:00:00.000Z',
      },
      { rating: 4, comment: null, authorName: 'Jordan C.', publishedAt: '2026-10-02T00:00:00.000Z', response: null, respondedAt: null },
      { rating: 3, comment: 'Great work.', authorName: 'Jordan C.', publishedAt: '2026-10-01T00:00:00.000Z', response: null, respondedAt: null },
    ]);
    for (const secret of [b.customer.email, 'Castellano', b.customer.id, b.records.job.id, b.tenant.id, '555 0100', 'rant', ...b.reviews.flatMap((r) => [r.id, r.jobId])]) {
      expect(raw, secret).not.toContain(secret);
    }
    expect(body.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      name: b.tenant.name,
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 3, bestRating: 5, worstRating: 1 },
    });
    expect(body.jsonLd.review[0]).toEqual({
      '@type': 'Review',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Person', name: 'Jordan C.' },
      datePublished: '2026-10-03',
      reviewBody: 'Spotless work.',
    });
  });

  it('pages with limit and cursor', async () => {
    const b = await businessWithReviews();
    const first = (await (await get(`/public/v1/tenants/${b.tenant.slug}/reviews?limit=2`)).json()) as Payload;
    expect(first.reviews.map((r) => r.rating)).toEqual([5, 4]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await (await get(`/public/v1/tenants/${b.tenant.slug}/reviews?limit=2&cursor=${first.nextCursor}`)).json()) as Payload;
    expect(second.reviews.map((r) => r.rating)).toEqual([3]);
    expect(second).toMatchObject({ count: 3, nextCursor: null });
    const bad = await get(`/public/v1/tenants/${b.tenant.slug}/reviews?limit=500`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { field: string } }[] }).errors[0]?.extensions.field).toBe('limit');
    expect((await get(`/public/v1/tenants/${b.tenant.slug}/reviews?cursor=garbage`)).status).toBe(400);
  });

  it('is open to any origin, cacheable, and answers 304 to a matching If-None-Match', async () => {
    const b = await businessWithReviews();
    const path = `/public/v1/tenants/${b.tenant.slug}/reviews`;
    const res = await get(path, { origin: 'https://partner.example', cookie: 'portico_portal_session=whatever' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=600');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await get(path, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    await makeReview(app.owner, { ...b.records.job, customerId: b.customer.id }, { rating: 2 });
    const changed = await get(path, { 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);

    const preflight = await fetch(`${app.url}${path}`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('an unknown business is a 404 JSON error; one with reviews switched off shows none', async () => {
    const unknown = await get('/public/v1/tenants/no-such-business/reviews');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
    const b = await businessWithReviews();
    await app.owner.tenant.update({ where: { id: b.tenant.id }, data: { featureReviews: false } });
    const off = (await (await get(`/public/v1/tenants/${b.tenant.slug}/reviews`)).json()) as Payload;
    expect(off).toMatchObject({ count: 0, averageRating: null, reviews: [] });
  });

  it(`is rate-limited per client address: request ${PUBLIC_REVIEWS_LIMIT.max + 1} in a minute is 429 with Retry-After`, async () => {
    const address = fromNewAddress().headers!;
    const path = '/public/v1/tenants/no-such-business/reviews';
    const statuses: number[] = [];
    for (let batch = 0; batch < PUBLIC_REVIEWS_LIMIT.max; batch += 20) {
      const replies = await Promise.all(Array.from({ length: 20 }, () => fetch(`${app.url}${path}`, { headers: address })));
      statuses.push(...replies.map((r) => r.status));
    }
    expect(statuses.filter((s) => s === 404)).toHaveLength(PUBLIC_REVIEWS_LIMIT.max);
    const limited = await fetch(`${app.url}${path}`, { headers: address });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    // Another address is not affected.
    expect((await get(path)).status).toBe(404);
  });
});
