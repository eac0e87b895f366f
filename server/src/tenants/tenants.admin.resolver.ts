import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { tenantSettings, updateTenantSettings } from './tenants.settings.service.js';
import { createLogoUpload, removeLogo } from './tenants.logo.service.js';
import { LogoUpload, TenantSettings, TenantSettingsInput } from './tenants.types.js';

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

  @Mutation(() => LogoUpload, { description: 'A link to PUT a new logo to (PNG, JPEG or WebP, at most 2 MB); it replaces the current one.' })
  createLogoUpload(@Ctx() ctx: RequestContext): Promise<LogoUpload> {
    return createLogoUpload(ctx);
  }

  @Mutation(() => TenantSettings, { description: 'Removes the logo; the portal shows the business name instead.' })
  async removeLogo(@Ctx() ctx: RequestContext): Promise<TenantSettings> {
    await removeLogo(ctx);
    return tenantSettings(ctx);
  }
}
