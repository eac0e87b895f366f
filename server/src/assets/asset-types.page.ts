// The catalogue of asset types (`assetTypes`, assets.admin.service's `listAssetTypes`) as a part of
// its page's one statement (platform/operation-read.ts): the admin customer page's asset form.
import { Prisma } from '../generated/prisma/client.js';
import { rowsOf } from '../platform/page-read.js';
import { rootPart } from '../platform/operation-read.js';
import { keepAssetTypes } from './assets.loaders.js';
import { toAdminAssetType } from './assets.admin.service.js';
import type { AdminAssetType } from './assets.types.js';

/** By code, each with its names. */
export const assetTypesPart = rootPart({
  endpoint: 'admin',
  field: 'assetTypes',
  plan: (): true => true,
  sql(q) {
    const names = q.list(q.row('AssetTypeName', 'n', 'all'), Prisma.sql`FROM asset_type_names n WHERE n.tenant_id = t.tenant_id AND n.asset_type_id = t.id`, Prisma.sql`n.locale`);
    return q.list(q.row('AssetType', 't', 'all', { names }), Prisma.sql`FROM asset_types t WHERE ${q.own('t', 'tenant')}`, Prisma.sql`t.code, t.id`);
  },
  answer(ctx, _plan, value): AdminAssetType[] {
    const types = rowsOf(ctx, 'AssetType', 'all', value).map((type) => ({ ...type, names: rowsOf(ctx, 'AssetTypeName', 'all', (type as { names?: unknown }).names) }));
    keepAssetTypes(ctx, types);
    return types.map(toAdminAssetType);
  },
});
