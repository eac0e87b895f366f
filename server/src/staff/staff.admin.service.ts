// The staff list and role changes (owner and admin). Invitations and de/reactivation live with
// the other account actions in auth/auth.admin.service.ts.
import type { StaffContext } from '../context/context.js';
import { isId } from '../common/ids.js';
import { Conflict, Forbidden, NotFound } from '../errors/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { StaffRole } from '../generated/prisma/enums.js';
import { recordStaffActivity } from '../activity/activity.js';
import type { StaffMember } from './staff.types.js';

const memberSelect = { id: true, name: true, email: true, role: true, status: true, createdAt: true } satisfies Prisma.StaffUserSelect;

/** Everyone on the staff, deactivated included, by name. */
export async function listStaffMembers(ctx: StaffContext): Promise<StaffMember[]> {
  return ctx.tx.staffUser.findMany({ select: memberSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}

/**
 * Only an owner makes someone an owner or changes an owner's role; the business always keeps
 * at least one active owner.
 */
export async function changeStaffRole(ctx: StaffContext, staffUserId: string, role: StaffRole): Promise<StaffMember> {
  const { tx, principal } = ctx;
  const member = isId(staffUserId) ? await tx.staffUser.findFirst({ where: { id: staffUserId }, select: memberSelect }) : null;
  if (!member) throw new NotFound('This staff member');
  if ((role === 'owner' || member.role === 'owner') && principal.role !== 'owner')
    throw new Forbidden("Only an owner can make someone an owner or change an owner's role.", 'OWNER_ONLY');
  if (member.role === role) return member;
  if (member.role === 'owner') {
    // Lock the owners' rows so two owners demoting each other at once cannot leave none.
    const owners = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM staff_users WHERE role = 'owner' AND status = 'active' FOR UPDATE`;
    if (!owners.some((o) => o.id !== member.id)) throw new Conflict('The business needs at least one owner. Make someone else an owner first.', 'LAST_OWNER');
  }
  const { count } = await tx.staffUser.updateMany({ where: { id: member.id, role: member.role }, data: { role } });
  if (count !== 1) throw new Conflict('This staff member was changed at the same moment. Please try again.', 'CHANGED_MEANWHILE');
  await recordStaffActivity(ctx, 'staff.role_changed', { subjectId: member.id });
  return { ...member, role };
}
