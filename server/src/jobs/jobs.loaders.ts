import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { Site as SiteRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';

const sitesById = (ctx: RequestContext) =>
  new DataLoader<string, SiteRow | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.site.findMany({ where: { id: { in: [...ids] } } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

/** Display names only: nothing else of a staff member reaches a customer. */
const staffNamesById = (ctx: RequestContext) =>
  new DataLoader<string, string | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.staffUser.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
    return ids.map((id) => rows.find((r) => r.id === id)?.name ?? null);
  });

export const siteById = (ctx: RequestContext, id: string) => loader(ctx, sitesById).load(id);
export const staffNameById = (ctx: RequestContext, id: string) => loader(ctx, staffNamesById).load(id);
