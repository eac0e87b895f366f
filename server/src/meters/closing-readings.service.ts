// The reading that closes a contract's billing period on each of its device's meters, for billing
// (meter-billing): the latest counted reading in the reading window (the tenant's window days before
// the billing day, and the day itself, in the business's time zone). When the window has passed with
// no actual reading, an ESTIMATE is recorded once (expectedReading at the window's end; the meter's row
// lock makes it exactly once, the unique index meter_readings_one_estimate backs it), ACCEPTED, so it
// bills; the next actual reading trues it up (an estimate never blocks a lower real reading).
import type { ScopedContext } from '../context/context.js';
import type { MeterReading as ReadingRow } from '../generated/prisma/client.js';
import { NotFound } from '../errors/errors.js';
import { dayBounds } from '../common/day-range.js';
import { toLocalDate } from '../common/dates.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { expectedReading } from './expected-reading.js';
import { readingWindow } from './billing-days.js';
import { lockMeter, meterHistory } from './meter-readings.service.js';

export interface ClosingReading {
  meterId: string;
  /** The counted reading that closes the period (an estimate when none was read); null when none can be had yet. */
  reading: ReadingRow | null;
  /** A reading in the window waits for staff review: billing should wait for it rather than estimate. */
  pendingReview: boolean;
}

/**
 * The closing readings of a contract's period ending on `periodEnd` (its billing day,
 * 'YYYY-MM-DD' or a @db.Date), estimating those missing once the window has passed. `ctx` is an
 * office scope (staff or system). NOT_FOUND for a contract the scope cannot see.
 */
export async function ensureClosingReadings(ctx: ScopedContext, contractId: string, periodEnd: string | Date): Promise<ClosingReading[]> {
  const tenant = await scopeTenant(ctx);
  const contract = await ctx.tx.meterContract.findFirst({ where: { id: contractId }, select: { id: true, assetId: true, customerId: true } });
  if (!contract) throw new NotFound('This contract');
  const billingDate = typeof periodEnd === 'string' ? periodEnd : (toLocalDate(periodEnd) ?? '');
  const window = readingWindow(billingDate, tenant.meterReadingWindowDays);
  const { start, end } = dayBounds(tenant.timeZone, window.from, window.to);
  if (!start || !end) return [];
  // Stamped at the last moment of the billing day: after every reading the window could hold.
  const estimateAt = new Date(end.getTime() - 1);
  const closed = ctx.now().getTime() >= end.getTime();
  const meters = await ctx.tx.meter.findMany({ where: { assetId: contract.assetId, active: true }, select: { id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const closing: ClosingReading[] = [];
  for (const meter of meters) {
    await lockMeter(ctx, meter.id);
    const inWindow = await ctx.tx.meterReading.findMany({
      where: { meterId: meter.id, readAt: { gte: start, lt: end }, status: { not: 'REJECTED' } },
      orderBy: [{ readAt: 'desc' }, { createdAt: 'desc' }],
    });
    const counted = inWindow.find((r) => r.status === 'ACCEPTED' || r.status === 'APPROVED') ?? null;
    const pendingReview = inWindow.some((r) => r.status === 'FLAGGED');
    if (counted || pendingReview || !closed) {
      closing.push({ meterId: meter.id, reading: counted, pendingReview });
      continue;
    }
    const value = expectedReading(await meterHistory(ctx, meter.id), estimateAt);
    closing.push({ meterId: meter.id, reading: value === null ? null : await recordEstimate(ctx, tenant.id, contract.customerId, meter.id, value, estimateAt), pendingReview: false });
  }
  return closing;
}

async function recordEstimate(ctx: ScopedContext, tenantId: string, customerId: string, meterId: string, value: number, readAt: Date): Promise<ReadingRow> {
  // Under the meter's row lock a second run finds this estimate in the window and stops above; the
  // unique index is the backstop.
  return ctx.tx.meterReading.create({
    data: { tenantId, customerId, meterId, value, readAt, source: 'ESTIMATE', status: 'ACCEPTED', expectedValue: value, createdAt: ctx.now() },
  });
}
