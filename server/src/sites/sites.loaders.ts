import DataLoader from 'dataloader';
import { loader, type CustomerContext, type RequestContext } from '../context/context.js';
import type { Site as SiteRow } from '../generated/prisma/client.js';
import { isId } from '../common/ids.js';
import { byIdLoader, primeAll } from '../common/loaders.js';
import { NotFound, Unauthenticated } from '../errors/errors.js';

const sitesById = byIdLoader<SiteRow>((tx, ids) => tx.site.findMany({ where: { id: { in: ids } } }));

export const siteById = (ctx: RequestContext, id: string) => loader(ctx, sitesById).load(id);
/** Sites a page read brought along (platform/page-read.ts): their field resolvers read no more. */
export const keepSites = (ctx: RequestContext, rows: SiteRow[]) => {
  primeAll(loader(ctx, sitesById), rows);
};

/** One of the signed-in customer's sites; NOT_FOUND for a malformed, missing or foreign id. */
export async function ownSite(ctx: CustomerContext, id: string): Promise<SiteRow> {
  const { principal } = ctx;
  const site = isId(id) ? await siteById(ctx, id) : null;
  if (!site || site.customerId !== principal.customerId) throw new NotFound('This site');
  return site;
}

const sitesByCustomer = (ctx: RequestContext) =>
  new DataLoader<string, SiteRow[]>(async (customerIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.site.findMany({ where: { customerId: { in: [...customerIds] } }, orderBy: [{ label: 'asc' }, { id: 'asc' }] });
    return customerIds.map((id) => rows.filter((r) => r.customerId === id));
  });

/** A customer's sites by label, batched across a list of customers. */
export const sitesOfCustomer = (ctx: RequestContext, customerId: string) => loader(ctx, sitesByCustomer).load(customerId);
/** A customer's sites (by label) a page read brought along; each is kept by id too. */
export const keepSitesOfCustomer = (ctx: RequestContext, customerId: string, rows: SiteRow[]) => {
  loader(ctx, sitesByCustomer).prime(customerId, rows);
  keepSites(ctx, rows);
};
