// The meters' relations, one statement per batch, through the caller's transaction (RLS decides).
import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Meter as MeterRow, MeterContract, MeterReading as ReadingRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { byIdLoader } from '../common/loaders.js';

const metersByAsset = (ctx: RequestContext) =>
  new DataLoader<string, MeterRow[]>(async (assetIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.meter.findMany({ where: { assetId: { in: [...assetIds] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return assetIds.map((id) => rows.filter((r) => r.assetId === id));
  });

/** The last counted reading of each meter (not rejected, not waiting for review), estimates included. */
const lastReadingByMeter = (ctx: RequestContext) =>
  new DataLoader<string, ReadingRow | null>(async (meterIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.meterReading.findMany({
      where: { meterId: { in: [...meterIds] }, status: { in: ['ACCEPTED', 'APPROVED'] } },
      orderBy: [{ readAt: 'desc' }, { createdAt: 'desc' }],
      distinct: ['meterId'],
    });
    return meterIds.map((id) => rows.find((r) => r.meterId === id) ?? null);
  });

/** The active contracts on each device (meter-billing's table, read as it stands). */
const contractsByAsset = (ctx: RequestContext) =>
  new DataLoader<string, MeterContract[]>(async (assetIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.meterContract.findMany({ where: { assetId: { in: [...assetIds] }, active: true }, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] });
    return assetIds.map((id) => rows.filter((r) => r.assetId === id));
  });

const metersById = byIdLoader<MeterRow>((tx, ids) => tx.meter.findMany({ where: { id: { in: ids } } }));

export const metersOfAsset = (ctx: RequestContext, assetId: string) => loader(ctx, metersByAsset).load(assetId);
export const lastReadingOf = (ctx: RequestContext, meterId: string) => loader(ctx, lastReadingByMeter).load(meterId);
export const activeContractsOf = (ctx: RequestContext, assetId: string) => loader(ctx, contractsByAsset).load(assetId);
export const meterById = (ctx: RequestContext, id: string) => loader(ctx, metersById).load(id);

/** When each meter was last actually read (not an estimate, not rejected): whether this period's reading is in. */
const lastActualReadAtByMeter = (ctx: RequestContext) =>
  new DataLoader<string, Date | null>(async (meterIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const groups = await ctx.tx.meterReading.groupBy({
      by: ['meterId'],
      where: { meterId: { in: [...meterIds] }, source: { not: 'ESTIMATE' }, status: { not: 'REJECTED' } },
      _max: { readAt: true },
    });
    return meterIds.map((id) => groups.find((g) => g.meterId === id)?._max.readAt ?? null);
  });

export const lastActualReadAt = (ctx: RequestContext, meterId: string) => loader(ctx, lastActualReadAtByMeter).load(meterId);

/**
 * Each meter's readings, latest first, for the history field of a list of meters: one statement for
 * the whole list. A meter is read about once a month, so a device's whole history is a few hundred
 * rows at most; the field cuts it to the page asked for.
 */
const readingsByMeter = (ctx: RequestContext) =>
  new DataLoader<string, ReadingRow[]>(async (meterIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.meterReading.findMany({ where: { meterId: { in: [...meterIds] } }, orderBy: [{ readAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] });
    return meterIds.map((id) => rows.filter((r) => r.meterId === id));
  });

export const readingsOf = (ctx: RequestContext, meterId: string) => loader(ctx, readingsByMeter).load(meterId);
