import { Ctx, Query, Resolver } from 'type-graphql';
import { staffScope, type RequestContext } from '../context/context.js';
import { staffProfile } from './staff.service.js';
import { StaffProfile } from './staff.types.js';

@Resolver()
export class StaffAdminResolver {
  @Query(() => StaffProfile, { description: 'The signed-in staff member.' })
  me(@Ctx() ctx: RequestContext): Promise<StaffProfile> {
    const { tx, principal } = staffScope(ctx);
    return staffProfile(ctx, tx, principal.staffUserId);
  }
}
