import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { createSite, deleteSite, updateSite } from './sites.admin.service.js';
import { Site, SiteInput } from './sites.types.js';

@Resolver()
export class SiteAdminResolver {
  @Mutation(() => Site, { description: 'Adds a service address to a customer.' })
  createSite(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string, @Arg('input', () => SiteInput) input: SiteInput): Promise<Site> {
    return createSite(ctx, customerId, input);
  }

  @Mutation(() => Site)
  updateSite(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => SiteInput) input: SiteInput): Promise<Site> {
    return updateSite(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'CONFLICT while jobs or assets refer to the site.' })
  deleteSite(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteSite(ctx, id);
  }
}
