import { Ctx, Query, Resolver } from 'type-graphql';
import { customerScope, type RequestContext } from '../context/context.js';
import { customerProfile } from './customers.service.js';
import { CustomerProfile } from './customers.types.js';

@Resolver()
export class CustomerPortalResolver {
  @Query(() => CustomerProfile, { description: 'The signed-in customer.' })
  me(@Ctx() ctx: RequestContext): Promise<CustomerProfile> {
    const { tx, principal } = customerScope(ctx);
    return customerProfile(ctx, tx, principal.customerId);
  }
}
