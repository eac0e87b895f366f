// Taking readings, whichever way they come (portal, email, API, staff): each is validated against
// the meter's history under the meter's row lock (one submission at a time per meter), then stored
// ACCEPTED or FLAGGED, or refused with a machine reason. Writes run in an office scope (staff's own,
// or 'system' for customers and their agents: customers write nothing directly, RLS).
import type { ScopedContext } from '../context/context.js';
import type { MeterReading as ReadingRow, MeterReadingSource } from '../generated/prisma/client.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { BadInput } from '../errors/errors.js';
import { previousActualReading, readingNotLower, READING_BELOW_PREVIOUS } from './reading-not-lower.js';
import { readingTolerance } from './reading-tolerance.js';
import { readingNotInFuture, READ_IN_FUTURE } from './reading-not-in-future.js';
import type { ReadingPoint } from './expected-reading.js';

/** The largest counter value taken (the column is a 32-bit integer). */
export const MAX_METER_VALUE = 2_147_483_647;

export interface ReadingSubmission {
  meterId: string;
  value: number;
  readAt: Date;
  source: Exclude<MeterReadingSource, 'ESTIMATE'>;
  /** Only staff may set it (a meter replacement or rollover). */
  resetsCounter?: boolean;
  photo?: { storageKey: string; contentType: string } | null;
  submittedByStaffId?: string | null;
  apiTokenId?: string | null;
}

export type RefusalReason = 'READING_BELOW_PREVIOUS' | 'READ_IN_FUTURE' | 'INVALID_VALUE' | 'METER_NOT_FOUND' | 'METER_INACTIVE' | 'DUPLICATE_METER';

export type ReadingOutcome = { ok: true; reading: ReadingRow } | { ok: false; reason: RefusalReason; field: 'value' | 'readAt' | 'meterId'; message: string };

const MESSAGES: Record<RefusalReason, string> = {
  READING_BELOW_PREVIOUS: 'This reading is lower than the previous one. Counters only go up: check the value, or ask us if the device was replaced.',
  READ_IN_FUTURE: 'A reading cannot be dated in the future.',
  INVALID_VALUE: `A reading is a whole number from 0 to ${MAX_METER_VALUE}.`,
  METER_NOT_FOUND: 'This meter was not found.',
  METER_INACTIVE: 'This meter no longer takes readings.',
  DUPLICATE_METER: 'Give one value per meter.',
};

const FIELD: Record<RefusalReason, 'value' | 'readAt' | 'meterId'> = {
  READING_BELOW_PREVIOUS: 'value',
  READ_IN_FUTURE: 'readAt',
  INVALID_VALUE: 'value',
  METER_NOT_FOUND: 'meterId',
  METER_INACTIVE: 'meterId',
  DUPLICATE_METER: 'meterId',
};

/** A refusal as the GraphQL answer (BAD_USER_INPUT on `field`), for paths that take all or none. */
export function refusalError(field: string, reason: RefusalReason): BadInput {
  return new BadInput(field, MESSAGES[reason], reason);
}

export function refusal(reason: RefusalReason): Extract<ReadingOutcome, { ok: false }> {
  return { ok: false, reason, field: FIELD[reason], message: MESSAGES[reason] };
}

/** The meter's readings as validation reads them. */
export async function meterHistory(ctx: ScopedContext, meterId: string): Promise<(ReadingPoint & { id: string })[]> {
  return ctx.tx.meterReading.findMany({
    where: { meterId },
    select: { id: true, value: true, readAt: true, source: true, status: true, resetsCounter: true },
    orderBy: [{ readAt: 'asc' }, { createdAt: 'asc' }],
  });
}

/** Locks the meter's row for the rest of the transaction: readings of one meter are taken one at a time. */
export async function lockMeter(ctx: ScopedContext, meterId: string): Promise<{ id: string; customerId: string; active: boolean } | null> {
  const rows = await ctx.tx.$queryRaw<{ id: string; customer_id: string; active: boolean }[]>`
    SELECT id::text, customer_id::text, active FROM meters WHERE id = ${meterId}::uuid FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, customerId: row.customer_id, active: row.active } : null;
}

/**
 * Validates and stores readings of one customer's meters, in order; returns one outcome per
 * submission. `ctx` must be an office scope (staff, or system) of the customer's tenant.
 */
export async function takeReadings(ctx: ScopedContext, customerId: string, submissions: readonly ReadingSubmission[]): Promise<ReadingOutcome[]> {
  const tenant = await scopeTenant(ctx);
  const seen = new Set<string>();
  const outcomes: ReadingOutcome[] = [];
  for (const submission of submissions) {
    if (seen.has(submission.meterId)) {
      outcomes.push(refusal('DUPLICATE_METER'));
      continue;
    }
    seen.add(submission.meterId);
    outcomes.push(await takeReading(ctx, tenant.id, tenant.meterTolerancePercent, customerId, submission));
  }
  return outcomes;
}

async function takeReading(ctx: ScopedContext, tenantId: string, tolerancePercent: number, customerId: string, submission: ReadingSubmission): Promise<ReadingOutcome> {
  const { value, readAt } = submission;
  if (!Number.isInteger(value) || value < 0 || value > MAX_METER_VALUE) return refusal('INVALID_VALUE');
  if (Number.isNaN(readAt.getTime()) || !readingNotInFuture(readAt, ctx.now())) return refusal(READ_IN_FUTURE);
  const meter = await lockMeter(ctx, submission.meterId);
  if (meter?.customerId !== customerId) return refusal('METER_NOT_FOUND');
  if (!meter.active) return refusal('METER_INACTIVE');
  const resetsCounter = submission.resetsCounter === true;
  const history = await meterHistory(ctx, meter.id);
  if (!readingNotLower(value, previousActualReading(history, readAt), resetsCounter)) return refusal(READING_BELOW_PREVIOUS);
  const check = readingTolerance(history, value, readAt, tolerancePercent, resetsCounter);
  const reading = await ctx.tx.meterReading.create({
    data: {
      tenantId,
      customerId,
      meterId: meter.id,
      value,
      readAt,
      source: submission.source,
      status: check.flag ? 'FLAGGED' : 'ACCEPTED',
      resetsCounter,
      expectedValue: check.expectedValue,
      flagReason: check.flag,
      photoStorageKey: submission.photo?.storageKey ?? null,
      photoContentType: submission.photo?.contentType ?? null,
      submittedByStaffId: submission.submittedByStaffId ?? null,
      apiTokenId: submission.apiTokenId ?? null,
      createdAt: ctx.now(),
    },
  });
  return { ok: true, reading };
}
