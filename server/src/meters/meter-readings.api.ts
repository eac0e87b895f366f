// POST /api/v1/meter-readings — readings from a customer's automated collection agent, many devices
// at once: `Authorization: Bearer <token>` (a token the customer made in the portal) and a JSON
// body `{ "readings": [{ "serial": "KM-C250-0042", "meter": "BLACK", "value": 123456, "readAt"?: ISO }] }`
// (1 to 500). Each reading is looked up by the device's serial and the meter's kind and validated
// like any other; the answer says, per reading in order, accepted, flagged (taken, waits for
// review) or refused with a reason. 401 for a missing, unknown or revoked token; 403 when the
// business has meters off; 429 with Retry-After past the limits (per token and per address,
// counted in PostgreSQL like every other limit); 400 with a reason for a body that cannot be read.
import express, { type Request, type Response } from 'express';
import type { AppDeps } from '../context/context.js';
import { hit, type Limit } from '../auth/rate-limit.js';
import { AppError, BadInput, Forbidden, RateLimited, Unauthenticated } from '../errors/errors.js';
import { inTenantScope, newContext } from '../platform/scope.js';
import { featureOn } from '../platform/features.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { clientOf, requestIdOf, sendError } from '../http/rest.js';
import { hashApiToken, tenantOfApiToken } from './meter-api-tokens.service.js';
import { customerDevices } from './device-lookup.js';
import { refusal, takeReadings, type ReadingSubmission } from './meter-readings.service.js';
import { MeterKind } from './meters.types.js';

export const METER_API_PATH = '/api/v1/meter-readings';
export const MAX_API_READINGS = 500;
/** Requests per token: an agent sends a batch every few minutes at most. */
export const METER_API_TOKEN_LIMIT: Limit = { name: 'meter-api:token', max: 30, windowSeconds: 60 };
/** Requests per client address, whatever the token (guessing tokens gets nowhere fast). */
export const METER_API_IP_LIMIT: Limit = { name: 'meter-api:ip', max: 120, windowSeconds: 60 };

type ItemStatus = 'accepted' | 'flagged' | 'refused';

interface ItemResult {
  index: number;
  serial: string | null;
  meter: string | null;
  status: ItemStatus;
  readingId?: string;
  expectedValue?: number | null;
  reason?: string;
  message?: string;
}

interface ApiReading {
  serial: string;
  meter: MeterKind;
  value: number;
  readAt: Date | null;
}

const KINDS = new Set<string>(Object.values(MeterKind));
const json = express.json({ limit: '512kb', type: () => true });

export function meterReadingsApi(app: express.Express, deps: AppDeps): void {
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
}

async function receive(req: Request, res: Response, deps: AppDeps): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  res.setHeader('cache-control', 'no-store');
  const outside = newContext({ deps, endpoint: 'portal', requestId, client: clientOf(req) });
  try {
    const token = bearer(req);
    await limit(res, await hit(outside, METER_API_IP_LIMIT, outside.client.ip ?? 'unknown'));
    if (token) await limit(res, await hit(outside, METER_API_TOKEN_LIMIT, hashApiToken(token)));
    const tenantId = token ? tenantOfApiToken(token) : null;
    if (!token || !tenantId) throw badToken();
    const results = await inTenantScope(
      deps,
      { tenantId, role: 'system' },
      async (ctx) => {
        const row = await ctx.tx.meterApiToken.findFirst({ where: { tokenHash: hashApiToken(token), revokedAt: null } });
        if (!row) throw badToken();
        const tenant = await scopeTenant(ctx);
        if (!featureOn(tenant, 'meters')) throw new Forbidden(`Meter readings are not available at ${tenant.name}.`, 'FEATURE_OFF');
        const readings = parseBody(req.body);
        await ctx.tx.meterApiToken.update({ where: { tenantId_id: { tenantId, id: row.id } }, data: { lastUsedAt: ctx.now() } });
        const lookup = await customerDevices(ctx, row.customerId);
        const items: ItemResult[] = [];
        const submissions: { index: number; submission: ReadingSubmission }[] = [];
        readings.forEach((reading, index) => {
          if (!reading.ok) {
            items[index] = { index, serial: null, meter: null, status: 'refused', reason: reading.reason, message: reading.message };
            return;
          }
          const { serial, meter, value, readAt } = reading.value;
          const found = lookup(serial, meter);
          if (!found.ok) {
            items[index] = { index, serial, meter, status: 'refused', reason: found.reason, message: LOOKUP_MESSAGES[found.reason] };
            return;
          }
          items[index] = { index, serial, meter, status: 'refused' };
          submissions.push({ index, submission: { meterId: found.meterId, value, readAt: readAt ?? ctx.now(), source: 'API', apiTokenId: row.id } });
        });
        const outcomes = await takeReadings(
          ctx,
          row.customerId,
          submissions.map((s) => s.submission),
        );
        outcomes.forEach((outcome, i) => {
          const index = submissions[i]?.index ?? -1;
          const item = items[index];
          if (!item) return;
          if (outcome.ok) {
            items[index] = { ...item, status: outcome.reading.status === 'FLAGGED' ? 'flagged' : 'accepted', readingId: outcome.reading.id, expectedValue: outcome.reading.expectedValue, ...(outcome.reading.flagReason ? { reason: outcome.reading.flagReason } : {}) };
          } else {
            items[index] = { ...item, reason: outcome.reason, message: outcome.message };
          }
        });
        return items;
      },
      { endpoint: 'portal', requestId, client: outside.client, now: outside.now() },
    );
    const count = (status: ItemStatus) => results.filter((r) => r.status === status).length;
    res.status(200).json({ accepted: count('accepted'), flagged: count('flagged'), refused: count('refused'), results });
  } catch (error) {
    if (error instanceof Unauthenticated) res.setHeader('www-authenticate', 'Bearer realm="meter-readings"');
    sendError(res, deps, error);
  }
}

const LOOKUP_MESSAGES = {
  UNKNOWN_SERIAL: 'No device of yours has this serial number.',
  UNKNOWN_METER: 'This device has no meter of this kind.',
  AMBIGUOUS_SERIAL: 'Several of your devices have this serial number: ask the business to tell them apart.',
} as const;

function badToken(): AppError {
  return new Unauthenticated('This API token is not valid or was revoked.', 'INVALID_TOKEN');
}

async function limit(res: Response, result: { allowed: boolean; retryAfterSeconds: number }): Promise<void> {
  if (result.allowed) return;
  res.setHeader('retry-after', String(result.retryAfterSeconds));
  throw new RateLimited(result.retryAfterSeconds);
}

function bearer(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S{1,200})$/i.exec(header.trim());
  return match?.[1] ?? null;
}

type Parsed = { ok: true; value: ApiReading } | { ok: false; reason: string; message: string };

/** The readings of the body, each parsed or refused; BAD_USER_INPUT when the body itself is not the expected shape. */
export function parseBody(body: unknown): Parsed[] {
  const readings = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { readings?: unknown }).readings : undefined;
  if (!Array.isArray(readings)) throw new BadInput('readings', 'Send { "readings": [ … ] }.', 'READINGS_REQUIRED');
  if (readings.length === 0) throw new BadInput('readings', 'Send at least one reading.', 'READINGS_REQUIRED');
  if (readings.length > MAX_API_READINGS) throw new BadInput('readings', `Send at most ${MAX_API_READINGS} readings at a time.`, 'TOO_MANY_READINGS');
  return readings.map(parseItem);
}

function parseItem(item: unknown): Parsed {
  const invalid = (reason: string, message: string): Parsed => ({ ok: false, reason, message });
  if (typeof item !== 'object' || item === null) return invalid('INVALID_READING', 'Each reading is an object { serial, meter, value, readAt? }.');
  const { serial, meter, value, readAt } = item as Record<string, unknown>;
  if (typeof serial !== 'string' || !serial.trim() || serial.length > 100) return invalid('INVALID_SERIAL', 'serial is the device serial number (text).');
  const kind = typeof meter === 'string' ? meter.trim().toUpperCase() : '';
  if (!KINDS.has(kind)) return invalid('INVALID_METER', `meter is one of ${[...KINDS].join(', ')}.`);
  if (typeof value !== 'number' || !Number.isInteger(value)) return invalid(refusal('INVALID_VALUE').reason, refusal('INVALID_VALUE').message);
  let at: Date | null = null;
  if (readAt !== undefined && readAt !== null) {
    at = typeof readAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(readAt) ? new Date(readAt) : null;
    if (!at || Number.isNaN(at.getTime())) return invalid('INVALID_READ_AT', 'readAt is an ISO 8601 instant, e.g. 2026-03-01T08:00:00Z.');
  }
  return { ok: true, value: { serial: serial.trim(), meter: kind as MeterKind, value, readAt: at } };
}
