import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { StaffRole } from '../generated/prisma/enums.js';
import { Allow, anyStaff, managers } from '../platform/door.js';
import { businessFeatures, staffProfile } from './staff.service.js';
import { PortalFeatures } from '../tenants/tenants.types.js';
import { changeStaffRole, listStaffMembers } from './staff.admin.service.js';
import { StaffMember, StaffProfile } from './staff.types.js';

@Resolver()
export class StaffAdminResolver {
  @Allow(anyStaff)
  @Query(() => StaffProfile, { description: 'The signed-in staff member.' })
  me(@Ctx() ctx: StaffContext): Promise<StaffProfile> {
    return staffProfile(ctx);
  }

  @Allow(anyStaff)
  @Query(() => PortalFeatures, { description: "Which of the business's features are on, for every member of staff (tenantSettings is owners' and admins')." })
  businessFeatures(@Ctx() ctx: StaffContext): Promise<PortalFeatures> {
    return businessFeatures(ctx);
  }

  @Allow(managers)
  @Query(() => [StaffMember], { description: 'Everyone on the staff, deactivated included, by name.' })
  staffMembers(@Ctx() ctx: StaffContext): Promise<StaffMember[]> {
    return listStaffMembers(ctx);
  }

  @Allow(managers)
  @Mutation(() => StaffMember, { description: "Changes a staff member's role. Only an owner makes or changes owners; the last owner cannot be demoted (CONFLICT)." })
  changeStaffRole(@Ctx() ctx: StaffContext, @Arg('staffUserId', () => ID) staffUserId: string, @Arg('role', () => StaffRole) role: StaffRole): Promise<StaffMember> {
    return changeStaffRole(ctx, staffUserId, role);
  }
}
