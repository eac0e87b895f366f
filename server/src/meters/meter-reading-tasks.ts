// The meters' background work (worker/tasks.ts, hourly): estimates for the periods that closed
// without a reading, and reminders to customers whose reading is due and missing. Contracts are
// found on the owner connection (discovery only); the work runs per tenant as role 'system'.
import type { ScopedContext } from '../context/context.js';
import type { WorkerDeps } from '../worker/context.js';
import { forEachTenant, tenantCondition, type TenantFilter } from '../worker/context.js';
import { REMINDER_FROM_HOUR } from '../worker/reminders.js';
import { todayIn, toLocalDate } from '../common/dates.js';
import { dayBounds } from '../common/day-range.js';
import { notifyCustomer } from '../notifications/notify.js';
import { lastBillingDateBefore, readingDueFor, readingWindow, type BillingCycle } from './billing-days.js';
import { ensureClosingReadings } from './closing-readings.service.js';

interface ContractRow {
  tenantId: string;
  contractId: string;
  assetId: string;
  customerId: string;
  startsOn: Date;
  endsOn: Date | null;
  periodMonths: number;
  billingDay: number;
  timeZone: string;
  windowDays: number;
  localHour: number;
}

async function activeContracts(deps: WorkerDeps, filter: TenantFilter): Promise<ContractRow[]> {
  const now = deps.now();
  return deps.owner.$queryRaw<ContractRow[]>`
    SELECT c.tenant_id::text AS "tenantId", c.id::text AS "contractId", c.asset_id::text AS "assetId", c.customer_id::text AS "customerId",
      c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.period_months AS "periodMonths", c.billing_day AS "billingDay",
      t.time_zone AS "timeZone", t.meter_reading_window_days AS "windowDays",
      extract(hour FROM ${now}::timestamptz AT TIME ZONE t.time_zone)::int AS "localHour"
    FROM meter_contracts c
    JOIN tenants t ON t.id = c.tenant_id
    WHERE c.active AND t.feature_meters
      ${tenantCondition('c.tenant_id', filter)}
    ORDER BY c.tenant_id, c.id`;
}

function cycleOf(row: ContractRow): BillingCycle {
  return { startsOn: toLocalDate(row.startsOn) ?? '', endsOn: toLocalDate(row.endsOn), periodMonths: row.periodMonths, billingDay: row.billingDay };
}

/** Closes each active contract's last closed period: an estimate for every meter read in none of its window. Returns the estimates made. */
export async function makeMeterEstimates(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const closed = (await activeContracts(deps, filter)).flatMap((row) => {
    const billingDate = lastBillingDateBefore(cycleOf(row), todayIn(row.timeZone, now));
    return billingDate ? [{ ...row, billingDate }] : [];
  });
  return forEachTenant(deps, closed, async (ctx, rows) => {
    let made = 0;
    for (const row of rows) {
      const closing = await ensureClosingReadings(ctx, row.contractId, row.billingDate);
      made += closing.filter((c) => c.reading?.source === 'ESTIMATE' && c.reading.createdAt.getTime() === ctx.now().getTime()).length;
    }
    return made;
  });
}

/**
 * Tells customers whose device's reading is due (its contract's reading window open) and missing on
 * one of its meters: once per device and billing day (the meter_reading_reminders row is the claim,
 * written in the transaction that notifies), from REMINDER_FROM_HOUR in the business's time zone.
 */
export async function sendMeterReadingReminders(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const due = (await activeContracts(deps, filter)).flatMap((row) => {
    if (row.localHour < REMINDER_FROM_HOUR) return [];
    const billingDate = readingDueFor(cycleOf(row), todayIn(row.timeZone, now), row.windowDays);
    return billingDate ? [{ ...row, billingDate }] : [];
  });
  return forEachTenant(deps, due, async (ctx, rows) => {
    let sent = 0;
    for (const row of rows) if (await remindIfMissing(ctx, row)) sent++;
    return sent;
  });
}

async function remindIfMissing(ctx: ScopedContext, row: ContractRow & { billingDate: string }): Promise<boolean> {
  const { start } = dayBounds(row.timeZone, readingWindow(row.billingDate, row.windowDays).from);
  if (!start) return false;
  const meters = await ctx.tx.meter.findMany({
    where: { assetId: row.assetId, active: true },
    select: { id: true, readings: { where: { readAt: { gte: start }, source: { not: 'ESTIMATE' }, status: { not: 'REJECTED' } }, select: { id: true }, take: 1 } },
  });
  if (!meters.some((m) => m.readings.length === 0)) return false;
  const claimed = await ctx.tx.meterReadingReminder.createMany({
    data: [{ tenantId: row.tenantId, assetId: row.assetId, billingDate: new Date(`${row.billingDate}T00:00:00Z`), customerId: row.customerId, sentAt: ctx.now() }],
    skipDuplicates: true,
  });
  if (claimed.count !== 1) return false;
  const asset = await ctx.tx.asset.findFirst({ where: { id: row.assetId }, select: { name: true } });
  await notifyCustomer(ctx, { customerId: row.customerId, kind: 'meterReadingDue', subject: { type: 'asset', id: row.assetId }, params: { title: asset?.name ?? '', date: row.billingDate } });
  return true;
}
