// GET /public/v1/tenants/:slug/reviews — a business's published reviews for partner sites:
// open to any origin, cacheable, rate-limited per client address, and free of private fields
// (no email, surname or id of any kind). schema.org JSON-LD comes along for search engines.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AppDeps } from '../context/context.js';
import { hit, type Limit } from '../auth/rate-limit.js';
import { AppError, BadInput, RateLimited } from '../errors/errors.js';
import { newContext } from '../platform/scope.js';
import { clientOf, requestIdOf, sendError, type RestRoutes } from './rest.js';
import { publicReviews, type PublicReviewsResult } from '../reviews/reviews.service.js';
import type { PublicReview } from '../reviews/reviews.types.js';

export const PUBLIC_REVIEWS_LIMIT: Limit = { name: 'public-reviews:ip', max: 120, windowSeconds: 60 };
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

export const publicReviewRoutes: RestRoutes = (app, deps) => {
  const path = '/public/v1/tenants/:slug/reviews';
  app.options(path, (_req, res) => {
    cors(res);
    res.setHeader('access-control-max-age', '86400');
    res.status(204).end();
  });
  app.get(path, (req, res) => void serveReviews(req, res, deps));
};

function cors(res: Response): void {
  // Any site may show the reviews; credentials are never honoured (no Allow-Credentials, no cookies read).
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, OPTIONS');
  res.setHeader('access-control-allow-headers', 'If-None-Match');
  res.setHeader('access-control-expose-headers', 'ETag, Retry-After');
}

async function serveReviews(req: Request, res: Response, deps: AppDeps): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  cors(res);
  const ctx = newContext({ deps, endpoint: 'portal', requestId, client: clientOf(req) });
  try {
    const allowed = await hit(ctx, PUBLIC_REVIEWS_LIMIT, ctx.client.ip ?? 'unknown');
    if (!allowed.allowed) {
      res.setHeader('retry-after', String(allowed.retryAfterSeconds));
      throw new RateLimited(allowed.retryAfterSeconds);
    }
    const first = parseLimit(req.query.limit);
    const after = typeof req.query.cursor === 'string' && req.query.cursor ? req.query.cursor : null;
    const result = await publicReviews(ctx, String(req.params.slug), { first, after }).catch((error: unknown) => {
      // The page cursor is this endpoint's `cursor` parameter, not GraphQL's `after`.
      if (error instanceof AppError && error.extensions.field === 'after') throw new BadInput('cursor', error.message);
      throw error;
    });
    const body = JSON.stringify(toPayload(result));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    res.setHeader('cache-control', CACHE_CONTROL);
    res.setHeader('etag', etag);
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).type('application/json').send(body);
  } catch (error) {
    // Errors are not cached by partner sites or CDNs.
    res.setHeader('cache-control', 'no-store');
    sendError(res, deps, error);
  }
}

function parseLimit(value: unknown): number {
  if (value === undefined || value === '') return DEFAULT_LIMIT;
  const limit = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw new BadInput('limit', `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  return limit;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === etag || tag === '*';
  });
}

function toPayload(result: PublicReviewsResult) {
  const reviews = result.nodes.map((r) => ({
    rating: r.rating,
    comment: r.comment,
    authorName: r.authorName,
    publishedAt: r.publishedAt.toISOString(),
    response: r.response,
    respondedAt: r.respondedAt?.toISOString() ?? null,
  }));
  return {
    tenant: { name: result.tenant.name },
    averageRating: result.averageRating,
    count: result.count,
    reviews,
    nextCursor: result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null,
    jsonLd: jsonLd(result.tenant.name, result, result.nodes),
  };
}

/** schema.org LocalBusiness with its AggregateRating and this page's reviews. */
function jsonLd(name: string, stats: { averageRating: number | null; count: number }, reviews: PublicReview[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name,
    ...(stats.count > 0 && stats.averageRating !== null
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: stats.averageRating, reviewCount: stats.count, bestRating: 5, worstRating: 1 } }
      : {}),
    review: reviews.map((r) => ({
      '@type': 'Review',
      reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Person', name: r.authorName },
      datePublished: r.publishedAt.toISOString().slice(0, 10),
      ...(r.comment ? { reviewBody: r.comment } : {}),
    })),
  };
}
