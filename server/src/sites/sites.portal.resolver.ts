import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { getOwnSite, listOwnSites } from './sites.service.js';
import { Site } from './sites.types.js';

@Resolver(() => Site)
export class SitePortalResolver {
  @Query(() => [Site], { description: "The signed-in customer's service addresses." })
  sites(@Ctx() ctx: RequestContext): Promise<Site[]> {
    return listOwnSites(ctx);
  }

  @Query(() => Site, { description: "One of the signed-in customer's service addresses; NOT_FOUND for any other id." })
  site(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Site> {
    return getOwnSite(ctx, id);
  }
}
