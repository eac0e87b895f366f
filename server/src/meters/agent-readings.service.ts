// Readings from a customer's automated collection agent (the REST route http/meter-readings.routes.ts):
// the token is looked up by its hash in its tenant (the token names it), the body's readings are
// parsed, each looked up by the device's serial and the meter's kind, and taken like any other
// (source API). The answer says, per reading in order, accepted, flagged (taken, waits for review)
// or refused with a reason.
import { recordActivity } from '../activity/activity.js';
import type { ScopedContext } from '../context/context.js';
import { BadInput, Forbidden, Unauthenticated } from '../errors/errors.js';
import { featureOn } from '../platform/features.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { hashApiToken } from './meter-api-tokens.service.js';
import { customerDevices } from './device-lookup.js';
import { refusal, takeReadings, type ReadingSubmission } from './meter-readings.service.js';
import { meterKindOf, MeterKind } from './meters.types.js';

export const MAX_API_READINGS = 500;

export type AgentItemStatus = 'accepted' | 'flagged' | 'refused';

export interface AgentItemResult {
  index: number;
  serial: string | null;
  meter: string | null;
  status: AgentItemStatus;
  readingId?: string;
  expectedValue?: number | null;
  reason?: string;
  message?: string;
}

export interface AgentReadingsAnswer {
  accepted: number;
  flagged: number;
  refused: number;
  results: AgentItemResult[];
}

interface AgentReading {
  serial: string;
  meter: MeterKind;
  value: number;
  readAt: Date | null;
}

type Parsed = { ok: true; value: AgentReading } | { ok: false; reason: string; message: string };

const LOOKUP_MESSAGES = {
  UNKNOWN_SERIAL: 'No device of yours has this serial number.',
  UNKNOWN_METER: 'This device has no meter of this kind.',
  AMBIGUOUS_SERIAL: 'Several of your devices have this serial number: ask the business to tell them apart.',
} as const;

export function invalidToken(): Unauthenticated {
  return new Unauthenticated('This API token is not valid or was revoked.', 'INVALID_TOKEN');
}

/** Takes an agent's readings; `ctx` is the token's tenant as role 'system'. UNAUTHENTICATED for an unknown or revoked token. */
export async function takeAgentReadings(ctx: ScopedContext, token: string, body: unknown): Promise<AgentReadingsAnswer> {
  const row = await ctx.tx.meterApiToken.findFirst({ where: { tokenHash: hashApiToken(token), revokedAt: null } });
  if (!row) throw invalidToken();
  const tenant = await scopeTenant(ctx);
  if (!featureOn(tenant, 'meters')) throw new Forbidden(`Meter readings are not available at ${tenant.name}.`, 'FEATURE_OFF');
  const readings = parseAgentReadings(body);
  await ctx.tx.meterApiToken.update({ where: { tenantId_id: { tenantId: row.tenantId, id: row.id } }, data: { lastUsedAt: ctx.now() } });
  const lookup = await customerDevices(ctx, row.customerId);
  const results: AgentItemResult[] = [];
  const submissions: { index: number; submission: ReadingSubmission }[] = [];
  readings.forEach((reading, index) => {
    if (!reading.ok) {
      results[index] = { index, serial: null, meter: null, status: 'refused', reason: reading.reason, message: reading.message };
      return;
    }
    const { serial, meter, value, readAt } = reading.value;
    const found = lookup(serial, meter);
    if (!found.ok) {
      results[index] = { index, serial, meter, status: 'refused', reason: found.reason, message: LOOKUP_MESSAGES[found.reason] };
      return;
    }
    results[index] = { index, serial, meter, status: 'refused' };
    submissions.push({ index, submission: { meterId: found.meterId, value, readAt: readAt ?? ctx.now(), source: 'API', apiTokenId: row.id } });
  });
  const outcomes = await takeReadings(
    ctx,
    row.customerId,
    submissions.map((s) => s.submission),
  );
  outcomes.forEach((outcome, i) => {
    const index = submissions[i]?.index ?? -1;
    const item = results[index];
    if (!item) return;
    results[index] = outcome.ok
      ? {
          ...item,
          status: outcome.reading.status === 'FLAGGED' ? 'flagged' : 'accepted',
          readingId: outcome.reading.id,
          expectedValue: outcome.reading.expectedValue,
          ...(outcome.reading.flagReason ? { reason: outcome.reading.flagReason } : {}),
        }
      : { ...item, reason: outcome.reason, message: outcome.message };
  });
  const count = (status: AgentItemStatus) => results.filter((r) => r.status === status).length;
  // The audit log (issue 22): the customer's API token wrote readings (once per call that took any).
  if (count('accepted') + count('flagged') > 0) {
    await recordActivity(ctx, {
      tenantId: row.tenantId,
      actorType: 'customer',
      actorId: row.customerId,
      customerId: row.customerId,
      subjectId: row.id,
      action: 'meter.readings_submitted_api',
    });
  }
  return { accepted: count('accepted'), flagged: count('flagged'), refused: count('refused'), results };
}

/** The readings of the body, each parsed or refused; BAD_USER_INPUT when the body itself is not the expected shape. */
export function parseAgentReadings(body: unknown): Parsed[] {
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
  const kind = typeof meter === 'string' ? meterKindOf(meter.trim().toUpperCase()) : null;
  if (!kind) return invalid('INVALID_METER', `meter is one of ${Object.values(MeterKind).join(', ')}.`);
  if (typeof value !== 'number' || !Number.isInteger(value)) return invalid(refusal('INVALID_VALUE').reason, refusal('INVALID_VALUE').message);
  let at: Date | null = null;
  if (readAt !== undefined && readAt !== null) {
    at = typeof readAt === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(readAt) ? new Date(readAt) : null;
    if (!at || Number.isNaN(at.getTime())) return invalid('INVALID_READ_AT', 'readAt is an ISO 8601 instant, e.g. 2026-03-01T08:00:00Z.');
  }
  return { ok: true, value: { serial: serial.trim(), meter: kind, value, readAt: at } };
}
