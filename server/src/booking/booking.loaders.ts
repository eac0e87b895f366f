import { loader, type RequestContext } from '../context/context.js';
import { byIdLoader } from '../common/loaders.js';

const serviceTypeNames = byIdLoader((tx, ids) => tx.serviceType.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }));

export const serviceTypeNameOf = async (ctx: RequestContext, id: string) => (await loader(ctx, serviceTypeNames).load(id))?.name ?? '';
