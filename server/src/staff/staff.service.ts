import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { StaffProfile } from './staff.types.js';

export async function staffProfile(ctx: RequestContext, tx: Tx, staffUserId: string): Promise<StaffProfile> {
  const [row, tenant] = await Promise.all([tx.staffUser.findFirst({ where: { id: staffUserId } }), currentTenant(ctx)]);
  if (!row) throw new Unauthenticated();
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale, tenantSlug: tenant.slug, timeZone: tenant.timeZone, currency: tenant.currency };
}
