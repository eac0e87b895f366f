import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import { Unauthenticated } from '../errors/errors.js';
import type { StaffProfile } from './staff.types.js';

export async function staffProfile(_ctx: RequestContext, tx: Tx, staffUserId: string): Promise<StaffProfile> {
  const row = await tx.staffUser.findFirst({ where: { id: staffUserId } });
  if (!row) throw new Unauthenticated();
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale };
}
