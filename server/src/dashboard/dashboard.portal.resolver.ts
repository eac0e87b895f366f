import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { customerDashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver()
export class DashboardPortalResolver {
  @Query(() => Dashboard, { description: "The signed-in customer's home page in one request." })
  dashboard(@Ctx() ctx: RequestContext): Promise<Dashboard> {
    return customerDashboard(ctx);
  }
}
