import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { staffScope, type RequestContext } from '../context/context.js';
import { getCustomer, searchCustomers } from './customers.service.js';
import { Customer, CustomerConnection, CustomerSearchArgs } from './customers.types.js';

@Resolver()
export class CustomerAdminResolver {
  @Query(() => CustomerConnection, { description: "The business's customers by name, optionally searched." })
  customers(@Ctx() ctx: RequestContext, @Args(() => CustomerSearchArgs) args: CustomerSearchArgs): Promise<CustomerConnection> {
    return searchCustomers(ctx, staffScope(ctx).tx, args);
  }

  @Query(() => Customer)
  customer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Customer> {
    return getCustomer(ctx, staffScope(ctx).tx, id);
  }
}
