import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { Allow, anyone } from '../platform/door.js';
import { portalTenant, portalTenantByDomain } from './tenants.service.js';
import { PortalTenant } from './tenants.types.js';

@Resolver()
export class TenantPortalResolver {
  @Allow(anyone)
  @Query(() => PortalTenant, { nullable: true, description: "A business's portal branding by its URL slug; null when there is no such portal." })
  portalTenant(@Ctx() ctx: RequestContext, @Arg('slug', () => String) slug: string): Promise<PortalTenant | null> {
    return portalTenant(ctx, slug);
  }

  @Allow(anyone)
  @Query(() => PortalTenant, {
    nullable: true,
    description: "A business's portal branding by the custom domain it is served at (a hostname such as portal.example.com); null when no portal uses it.",
  })
  portalTenantByDomain(@Ctx() ctx: RequestContext, @Arg('domain', () => String) domain: string): Promise<PortalTenant | null> {
    return portalTenantByDomain(ctx, domain);
  }
}
