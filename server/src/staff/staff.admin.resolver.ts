import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { staffScope, type RequestContext } from '../context/context.js';
import { StaffRole } from '../generated/prisma/enums.js';
import { staffProfile } from './staff.service.js';
import { changeStaffRole, listStaffMembers } from './staff.admin.service.js';
import { StaffMember, StaffProfile } from './staff.types.js';

@Resolver()
export class StaffAdminResolver {
  @Query(() => StaffProfile, { description: 'The signed-in staff member.' })
  me(@Ctx() ctx: RequestContext): Promise<StaffProfile> {
    const { tx, principal } = staffScope(ctx);
    return staffProfile(ctx, tx, principal.staffUserId);
  }

  @Query(() => [StaffMember], { description: 'Everyone on the staff, deactivated included, by name.' })
  staffMembers(@Ctx() ctx: RequestContext): Promise<StaffMember[]> {
    return listStaffMembers(ctx);
  }

  @Mutation(() => StaffMember, { description: 'Changes a staff member\'s role. Only an owner makes or changes owners; the last owner cannot be demoted (CONFLICT).' })
  changeStaffRole(
    @Ctx() ctx: RequestContext,
    @Arg('staffUserId', () => ID) staffUserId: string,
    @Arg('role', () => StaffRole) role: StaffRole,
  ): Promise<StaffMember> {
    return changeStaffRole(ctx, staffUserId, role);
  }
}
