import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { addMySite, canEditSite, deleteMySite, getOwnSite, listOwnSites, updateMySite } from './sites.service.js';
import { Site, SiteInput } from './sites.types.js';

@Resolver(() => Site)
export class SitePortalResolver {
  @Allow(customer)
  @Query(() => [Site], { description: "The signed-in customer's service addresses." })
  sites(@Ctx() ctx: CustomerContext): Promise<Site[]> {
    return listOwnSites(ctx);
  }

  @Allow(customer)
  @Query(() => Site, { description: "One of the signed-in customer's service addresses; NOT_FOUND for any other id." })
  site(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Site> {
    return getOwnSite(ctx, id);
  }

  @FieldResolver(() => Boolean, { description: 'True for an address you added yourself while the business lets customers manage addresses: you may change or remove it.' })
  canEdit(@Ctx() ctx: CustomerContext, @Root() site: Site): Promise<boolean> {
    return canEditSite(ctx, site);
  }

  @Allow(customer)
  @Mutation(() => Site, {
    description: "Adds a service address of your own. FORBIDDEN (reason SITES_MANAGED_BY_BUSINESS) when the business keeps its customers' addresses (CustomerProfile.canAddSites).",
  })
  addMySite(@Ctx() ctx: CustomerContext, @Arg('input', () => SiteInput) input: SiteInput): Promise<Site> {
    return addMySite(ctx, input);
  }

  @Allow(customer)
  @Mutation(() => Site, { description: 'Changes an address you added. FORBIDDEN (reason ADDED_BY_BUSINESS) for one the business entered.' })
  updateMySite(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Arg('input', () => SiteInput) input: SiteInput): Promise<Site> {
    return updateMySite(ctx, id, input);
  }

  @Allow(customer)
  @Mutation(() => Boolean, {
    description: 'Removes an address you added. CONFLICT while appointments (reason SITE_HAS_JOBS) or equipment and animals (SITE_HAS_ASSETS) refer to it.',
  })
  deleteMySite(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteMySite(ctx, id);
  }
}
