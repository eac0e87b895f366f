import { Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { asks } from '../platform/page-read.js';
import { customerDashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver()
export class DashboardPortalResolver {
  // Sections of switched-off features are empty, not refused: the feature checks are in the service.
  @Allow(customer)
  @Query(() => Dashboard, { description: "The signed-in customer's home page in one request." })
  dashboard(@Ctx() ctx: CustomerContext, @Info() info: GraphQLResolveInfo): Promise<Dashboard> {
    return customerDashboard(ctx, { lines: asks(info, 'unpaidInvoices.lines'), recurringLabel: asks(info, 'unpaidInvoices.recurringLabel') });
  }
}
