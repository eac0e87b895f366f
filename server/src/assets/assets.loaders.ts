import DataLoader from 'dataloader';
import { loader, type CustomerContext, type RequestContext } from '../context/context.js';
import type { Asset as AssetRow, AssetType, AssetTypeName } from '../generated/prisma/client.js';
import { NotFound, Unauthenticated } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { byIdLoader, primeAll } from '../common/loaders.js';
import { jobSelect, type JobView } from '../jobs/jobs.view.js';

export type AssetTypeWithNames = AssetType & { names: AssetTypeName[] };

const assetsById = byIdLoader<AssetRow>((tx, ids) => tx.asset.findMany({ where: { id: { in: ids } } }));

const assetTypesById = byIdLoader<AssetTypeWithNames>((tx, ids) => tx.assetType.findMany({ where: { id: { in: ids } }, include: { names: true } }));

export interface JobCounts {
  /** Booked, past and upcoming; called-off ones do not count. */
  appointments: number;
  /** Completed visits. */
  visits: number;
}

/** Jobs per asset and status in one grouped query, for both counts. */
const jobCountsByAsset = (ctx: RequestContext) =>
  new DataLoader<string, JobCounts>(async (assetIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const groups = await ctx.tx.job.groupBy({
      by: ['assetId', 'status'],
      where: { assetId: { in: [...assetIds] }, status: { notIn: ['cancelled', 'declined'] } },
      _count: { _all: true },
    });
    return assetIds.map((id) => {
      const own = groups.filter((g) => g.assetId === id);
      return {
        appointments: own.reduce((sum, g) => sum + g._count._all, 0),
        visits: own.filter((g) => g.status === 'completed').reduce((sum, g) => sum + g._count._all, 0),
      };
    });
  });

/** Completed jobs per asset, latest first. */
const completedJobsByAsset = (ctx: RequestContext) =>
  new DataLoader<string, JobView[]>(async (assetIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.job.findMany({
      where: { assetId: { in: [...assetIds] }, status: 'completed' },
      select: jobSelect,
      orderBy: [{ scheduledStart: 'desc' }, { id: 'desc' }],
    });
    return assetIds.map((id) => rows.filter((r) => r.assetId === id));
  });

export const assetById = (ctx: RequestContext, id: string) => loader(ctx, assetsById).load(id);
/** Assets a page read brought along (platform/page-read.ts): visibleAsset and assetById read no more. */
export const keepAssets = (ctx: RequestContext, rows: AssetRow[]) => {
  primeAll(loader(ctx, assetsById), rows);
};
export const assetTypeById = (ctx: RequestContext, id: string) => loader(ctx, assetTypesById).load(id);
export const appointmentCount = async (ctx: RequestContext, assetId: string) => (await loader(ctx, jobCountsByAsset).load(assetId)).appointments;
export const visitCount = async (ctx: RequestContext, assetId: string) => (await loader(ctx, jobCountsByAsset).load(assetId)).visits;
export const completedJobsOfAsset = (ctx: RequestContext, assetId: string) => loader(ctx, completedJobsByAsset).load(assetId);

/** One of the signed-in customer's assets; NOT_FOUND for a malformed, missing or foreign id. */
export async function ownAsset(ctx: CustomerContext, id: string): Promise<AssetRow> {
  const { principal } = ctx;
  const asset = isId(id) ? await assetById(ctx, id) : null;
  if (!asset || asset.customerId !== principal.customerId) throw new NotFound('This asset');
  return asset;
}

const assetsByCustomer = (ctx: RequestContext) =>
  new DataLoader<string, AssetRow[]>(async (customerIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.asset.findMany({ where: { customerId: { in: [...customerIds] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    return customerIds.map((id) => rows.filter((r) => r.customerId === id));
  });

/** A customer's assets by name, batched across a list of customers. */
export const assetsOfCustomer = (ctx: RequestContext, customerId: string) => loader(ctx, assetsByCustomer).load(customerId);

/** A customer's assets (by name) a page read brought along. */
export const keepAssetsOfCustomer = (ctx: RequestContext, customerId: string, rows: AssetRow[]) => {
  loader(ctx, assetsByCustomer).prime(customerId, rows);
};
/** Asset types with their names a page read brought along. */
export const keepAssetTypes = (ctx: RequestContext, rows: AssetTypeWithNames[]) => {
  primeAll(loader(ctx, assetTypesById), rows);
};
