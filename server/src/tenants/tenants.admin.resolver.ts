import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { tenantSettings, updateTenantSettings } from './tenants.settings.service.js';
import { TenantSettings, TenantSettingsInput } from './tenants.types.js';

@Resolver()
export class TenantAdminResolver {
  @Query(() => TenantSettings, { description: "The business's settings." })
  tenantSettings(@Ctx() ctx: RequestContext): Promise<TenantSettings> {
    return tenantSettings(ctx);
  }

  @Mutation(() => TenantSettings, { description: 'Changes the business settings; customers see the change on their next request.' })
  updateTenantSettings(@Ctx() ctx: RequestContext, @Arg('input', () => TenantSettingsInput) input: TenantSettingsInput): Promise<TenantSettings> {
    return updateTenantSettings(ctx, input);
  }
}
