import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, office } from '../platform/door.js';
import { createSite, deleteSite, updateSite } from './sites.admin.service.js';
import { Site, SiteInput } from './sites.types.js';
import { Attribution, attribution } from './added-by.js';

@Resolver(() => Site)
export class SiteAdminResolver {
  @Allow(office)
  @Mutation(() => Site, { description: 'Adds a service address to a customer.' })
  createSite(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string, @Arg('input', () => SiteInput) input: SiteInput): Promise<Site> {
    return createSite(ctx, customerId, input);
  }

  @Allow(office)
  @Mutation(() => Site)
  updateSite(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => SiteInput) input: SiteInput): Promise<Site> {
    return updateSite(ctx, id, input);
  }

  @Allow(office)
  @Mutation(() => Boolean, { description: 'CONFLICT while jobs or assets refer to the site.' })
  deleteSite(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteSite(ctx, id);
  }

  @FieldResolver(() => Attribution, { description: 'Who added the address (the customer in the portal, or a member of staff) and when.' })
  addedBy(@Ctx() ctx: StaffContext, @Root() site: Site): Promise<Attribution> {
    return attribution(ctx, site);
  }
}
