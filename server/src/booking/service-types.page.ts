// The business's service types as staff manage them (`serviceTypes`, booking.settings.service's
// `listServiceTypes`) as a part of its page's one statement (platform/operation-read.ts): the admin
// customer page's job form.
import { Prisma } from '../generated/prisma/client.js';
import { rowsOf } from '../platform/page-read.js';
import { rootPart } from '../platform/operation-read.js';
import { toAdminServiceType } from './booking.settings.service.js';
import type { AdminServiceType } from './booking.types.js';

const SERVICE_TYPE = { id: true, name: true, description: true, durationMinutes: true, priceMinor: true, bookableOnline: true, active: true } as const;
const TECHNICIAN = { id: true, name: true } as const;

/** By name, each with the technicians who do it. */
export const serviceTypesPart = rootPart({
  endpoint: 'admin',
  field: 'serviceTypes',
  plan: (): true => true,
  sql(q) {
    const technicians = q.list(
      Prisma.sql`json_build_object('staffUser', ${q.row('StaffUser', 'u', TECHNICIAN)})`,
      Prisma.sql`FROM service_type_technicians x JOIN staff_users u ON u.tenant_id = x.tenant_id AND u.id = x.staff_user_id WHERE x.tenant_id = s.tenant_id AND x.service_type_id = s.id`,
      Prisma.sql`u.name, u.id`,
    );
    return q.list(q.row('ServiceType', 's', SERVICE_TYPE, { technicians }), Prisma.sql`FROM service_types s WHERE ${q.own('s', 'tenant')}`, Prisma.sql`s.name, s.id`);
  },
  answer(ctx, _plan, value): AdminServiceType[] {
    return rowsOf(ctx, 'ServiceType', SERVICE_TYPE, value).map((row) => {
      const { technicians } = row as { technicians?: unknown };
      const staff = Array.isArray(technicians) ? (technicians as { staffUser: unknown }[]) : [];
      return toAdminServiceType({ ...row, technicians: staff.flatMap(({ staffUser }) => rowsOf(ctx, 'StaffUser', TECHNICIAN, [staffUser]).map((u) => ({ staffUser: u }))) });
    });
  },
});
