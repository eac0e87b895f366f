// POST /api/v1/meter-readings — readings from a customer's automated collection agent, many devices
// at once: `Authorization: Bearer <token>` (a token the customer made in the portal) and a JSON
// body `{ "readings": [{ "serial": "KM-C250-0042", "meter": "BLACK", "value": 123456, "readAt"?: ISO }] }`
// (1 to 500), taken by meters/agent-readings.service.ts. 401 for a missing, unknown or revoked token;
// 403 when the business has meters off; 429 with Retry-After past the limits (per token and per
// address, counted in PostgreSQL like every other limit); 400 with a reason for a body that cannot be read.
import express, { type Request, type Response } from 'express';
import type { AppDeps } from '../context/context.js';
import { hit, type Hit, type Limit } from '../auth/rate-limit.js';
import { BadInput, RateLimited, Unauthenticated } from '../errors/errors.js';
import { inTenantScope, newContext } from '../platform/scope.js';
import { hashApiToken, tenantOfApiToken } from '../meters/meter-api-tokens.service.js';
import { invalidToken, takeAgentReadings } from '../meters/agent-readings.service.js';
import { clientOf, requestIdOf, sendError, type RestRoutes } from './rest.js';

export const METER_API_PATH = '/api/v1/meter-readings';
/** Requests per token: an agent sends a batch every few minutes at most. */
export const METER_API_TOKEN_LIMIT: Limit = { name: 'meter-api:token', max: 30, windowSeconds: 60 };
/** Requests per client address, whatever the token (guessing tokens gets nowhere fast). */
export const METER_API_IP_LIMIT: Limit = { name: 'meter-api:ip', max: 120, windowSeconds: 60 };

const json = express.json({ limit: '512kb', type: () => true });

export const meterReadingsApiRoutes: RestRoutes = (app, deps) => {
  app.post(
    METER_API_PATH,
    (req, res, next) => {
      // An unreadable body is this endpoint's own 400 with a reason (the app's handler says less).
      json(req, res, (error?: unknown) => {
        if (error) {
          sendError(res, deps, new BadInput('body', 'The body is not valid JSON.', 'MALFORMED_JSON'));
          return;
        }
        next();
      });
    },
    (req, res) => void receive(req, res, deps),
  );
};

async function receive(req: Request, res: Response, deps: AppDeps): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  res.setHeader('cache-control', 'no-store');
  const outside = newContext({ deps, endpoint: 'portal', requestId, client: clientOf(req) });
  try {
    const token = bearer(req);
    limit(res, await hit(outside, METER_API_IP_LIMIT, outside.client.ip ?? 'unknown'));
    if (token) limit(res, await hit(outside, METER_API_TOKEN_LIMIT, hashApiToken(token)));
    const tenantId = token ? tenantOfApiToken(token) : null;
    if (!token || !tenantId) throw invalidToken();
    const answer = await inTenantScope(deps, { tenantId, role: 'system' }, (ctx) => takeAgentReadings(ctx, token, req.body), {
      endpoint: 'portal',
      requestId,
      client: outside.client,
      now: outside.now(),
    });
    res.status(200).json(answer);
  } catch (error) {
    if (error instanceof Unauthenticated) res.setHeader('www-authenticate', 'Bearer realm="meter-readings"');
    sendError(res, deps, error);
  }
}

function limit(res: Response, result: Hit): void {
  if (result.allowed) return;
  res.setHeader('retry-after', String(result.retryAfterSeconds));
  throw new RateLimited(result.retryAfterSeconds);
}

function bearer(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S{1,200})$/i.exec(header.trim());
  return match?.[1] ?? null;
}
