import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';

function byId<V extends { id: string }>(fetch: (ctx: RequestContext, ids: string[]) => Promise<V[]>) {
  return (ctx: RequestContext) =>
    new DataLoader<string, V | null>(async (ids) => {
      const rows = await fetch(ctx, [...ids]);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
}

function tx(ctx: RequestContext) {
  if (!ctx.tx) throw new Unauthenticated();
  return ctx.tx;
}

const customerNames = byId((ctx, ids) => tx(ctx).customer.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));
const serviceTypeNames = byId((ctx, ids) => tx(ctx).serviceType.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));

export const customerNameOf = async (ctx: RequestContext, id: string) => (await loader(ctx, customerNames).load(id))?.name ?? '';
export const serviceTypeNameOf = async (ctx: RequestContext, id: string) => (await loader(ctx, serviceTypeNames).load(id))?.name ?? '';
