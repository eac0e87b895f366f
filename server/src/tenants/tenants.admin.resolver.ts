import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers } from '../platform/door.js';
import { tenantSettings, updateTenantSettings } from './tenants.settings.service.js';
import { createLogoUpload, removeLogo } from './tenants.logo.service.js';
import { verifyCustomDomain } from './custom-domains.service.js';
import { CustomDomainVerification, LogoUpload, TenantSettings, TenantSettingsInput } from './tenants.types.js';

@Resolver()
export class TenantAdminResolver {
  @Allow(managers)
  @Query(() => TenantSettings, { description: "The business's settings." })
  tenantSettings(@Ctx() ctx: StaffContext): Promise<TenantSettings> {
    return tenantSettings(ctx);
  }

  @Allow(managers)
  @Mutation(() => TenantSettings, { description: 'Changes the business settings; customers see the change on their next request.' })
  updateTenantSettings(@Ctx() ctx: StaffContext, @Arg('input', () => TenantSettingsInput) input: TenantSettingsInput): Promise<TenantSettings> {
    return updateTenantSettings(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => CustomDomainVerification, {
    description:
      "Looks for the custom domain's TXT record now (at most 10 times per 15 minutes). Found: the domain is verified and serves the portal. Not found: the answer says why (problem); a pending domain stays unserved (a verified one is taken back only by the daily checks of the worker). CONFLICT (reason DOMAIN_TAKEN) when another business has proven the domain first.",
  })
  verifyCustomDomain(@Ctx() ctx: StaffContext): Promise<CustomDomainVerification> {
    return verifyCustomDomain(ctx);
  }

  @Allow(managers)
  @Mutation(() => LogoUpload, { description: 'A link to PUT a new logo to (PNG, JPEG or WebP, at most 2 MB); it replaces the current one.' })
  createLogoUpload(@Ctx() ctx: StaffContext): Promise<LogoUpload> {
    return createLogoUpload(ctx);
  }

  @Allow(managers)
  @Mutation(() => TenantSettings, { description: 'Removes the logo; the portal shows the business name instead.' })
  removeLogo(@Ctx() ctx: StaffContext): Promise<TenantSettings> {
    return removeLogo(ctx);
  }
}
