import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { tenantSettings, updateTenantSettings } from './tenants.settings.service.js';
import { createLogoUpload, removeLogo } from './tenants.logo.service.js';
import { verifyCustomDomain } from './custom-domains.service.js';
import { CustomDomainVerification, LogoUpload, TenantSettings, TenantSettingsInput } from './tenants.types.js';

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

  @Mutation(() => CustomDomainVerification, {
    description:
      'Looks for the custom domain\'s TXT record now (at most 10 times per 15 minutes). Found: the domain is verified and serves the portal. Not found: the answer says why (problem); a pending domain stays unserved (a verified one is taken back only by the daily checks of the worker). CONFLICT (reason DOMAIN_TAKEN) when another business has proven the domain first.',
  })
  verifyCustomDomain(@Ctx() ctx: RequestContext): Promise<CustomDomainVerification> {
    return verifyCustomDomain(ctx);
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
