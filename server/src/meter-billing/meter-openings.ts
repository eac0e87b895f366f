// Where a period's count starts on each meter of a contract, and the readings counted since: the
// previous billed period's closing reading (which may have been an estimate), or before the first
// bill the last counted reading before the period opened (else the first one in it).
import type { ScopedContext } from '../context/context.js';
import type { Period } from './meter-period.js';
import { daysInPeriod, periodClosesAt, periodOpensAt } from './meter-period.js';
import { billedDetail, type BilledMeter } from './billed-detail.js';
import { toLocalDate } from '../common/dates.js';

/** Reading statuses that bill (estimates are ACCEPTED); FLAGGED waits for review, REJECTED never counts. */
export const COUNTED = ['ACCEPTED', 'APPROVED'] as const;

export interface Opening {
  value: number;
  at: Date;
}

export interface MeterStart {
  opening: Opening | null;
  /** What the previous period billed on this meter, if it was billed. */
  previous: BilledMeter | null;
  /** Units a day in the previous billed period (the pace when this one has none yet). */
  previousDailyVolume: number | null;
}

/** Each meter's start for `period` of the contract (meters not in `meterIds` are left out). */
export async function meterStarts(ctx: ScopedContext, contractId: string, period: Period, meterIds: string[], timeZone: string): Promise<Map<string, MeterStart>> {
  const { tx } = ctx;
  const previousRow = await tx.meterBillingPeriod.findFirst({
    where: { contractId, periodStart: { lt: new Date(`${period.start}T00:00:00Z`) } },
    orderBy: { periodStart: 'desc' },
  });
  const previous = previousRow ? billedDetail(previousRow.detail) : null;
  const previousPeriod = previousRow ? { start: toLocalDate(previousRow.periodStart) ?? '', end: toLocalDate(previousRow.periodEnd) ?? '' } : null;
  const opensAt = periodOpensAt(period, timeZone);
  const closesAt = periodClosesAt(period, timeZone);
  const starts = new Map<string, MeterStart>();
  for (const meterId of meterIds) {
    const billed = previous?.meters.find((m) => m.meterId === meterId) ?? null;
    const previousDailyVolume = billed && previousPeriod ? billed.volume / daysInPeriod(previousPeriod) : null;
    if (billed && previousPeriod) {
      const at = billed.closingReadAt ? new Date(billed.closingReadAt) : periodClosesAt(previousPeriod, timeZone);
      starts.set(meterId, { opening: { value: billed.nextOpeningValue, at }, previous: billed, previousDailyVolume });
      continue;
    }
    const before = await tx.meterReading.findFirst({
      where: { meterId, status: { in: [...COUNTED] }, readAt: { lt: opensAt } },
      orderBy: [{ readAt: 'desc' }, { createdAt: 'desc' }],
    });
    const first =
      before ??
      (await tx.meterReading.findFirst({
        where: { meterId, status: { in: [...COUNTED] }, readAt: { gte: opensAt, lt: closesAt } },
        orderBy: [{ readAt: 'asc' }, { createdAt: 'asc' }],
      }));
    starts.set(meterId, { opening: first ? { value: first.value, at: first.readAt } : null, previous: null, previousDailyVolume });
  }
  return starts;
}

export interface CountedReading {
  id: string;
  value: number;
  readAt: Date;
  resetsCounter: boolean;
  estimated: boolean;
}

/** The meter's counted readings after the opening one, up to `until` (included), oldest first. */
export async function countedSince(ctx: ScopedContext, meterId: string, opening: Opening, until: Date): Promise<CountedReading[]> {
  const rows = await ctx.tx.meterReading.findMany({
    where: { meterId, status: { in: [...COUNTED] }, readAt: { gt: opening.at, lte: until } },
    orderBy: [{ readAt: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, value: true, readAt: true, resetsCounter: true, source: true },
  });
  return rows.map((row) => ({ id: row.id, value: row.value, readAt: row.readAt, resetsCounter: row.resetsCounter, estimated: row.source === 'ESTIMATE' }));
}
