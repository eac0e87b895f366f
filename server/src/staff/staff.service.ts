// The signed-in staff member as the admin app shows them.
import type { StaffContext } from '../context/context.js';
import type { StaffUser, Tenant } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { StaffProfile } from './staff.types.js';
import type { PortalFeatures } from '../tenants/tenants.types.js';
import { toPortalTenant } from '../tenants/tenants.service.js';

export function toStaffProfile(row: Pick<StaffUser, 'id' | 'name' | 'email' | 'role' | 'locale'>, tenant: Pick<Tenant, 'slug' | 'timeZone' | 'currency'>): StaffProfile {
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale, tenantSlug: tenant.slug, timeZone: tenant.timeZone, currency: tenant.currency };
}

export async function staffProfile(ctx: StaffContext): Promise<StaffProfile> {
  const [row, tenant] = await Promise.all([ctx.tx.staffUser.findFirst({ where: { id: ctx.principal.staffUserId } }), currentTenant(ctx)]);
  if (!row) throw new Unauthenticated();
  return toStaffProfile(row, tenant);
}

/** Which of the business's features are on: the admin app shows an area (Projects) only while its feature is. */
export async function businessFeatures(ctx: StaffContext): Promise<PortalFeatures> {
  return toPortalTenant(await currentTenant(ctx)).features;
}
