// The business logo: an owner or admin gets a signed upload link, PUTs the image there, and the
// logo is served publicly (no session: the portal's sign-in page shows it) under a versioned,
// cacheable URL. Each upload replaces the previous file.
import type { RequestContext, StaffContext } from '../context/context.js';
import { Forbidden, NotFound } from '../errors/errors.js';
import { signedLink } from '../platform/signed-links.js';
import { FileRefused, sniffType } from '../storage/file-types.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import type { LogoUpload, TenantSettings } from './tenants.types.js';
import { customDomainClaim } from './custom-domains.service.js';
import { toTenantSettings } from './tenants.settings.service.js';
import { LOGO_TYPES, MAX_LOGO_BYTES, logoFileOf, logoKey, logoPath } from './logo-files.js';

export async function createLogoUpload(ctx: StaffContext): Promise<LogoUpload> {
  return {
    uploadUrl: await signedLink(ctx, 'tenant-logo', ctx.principal.tenantId),
    maxBytes: MAX_LOGO_BYTES,
    allowedTypes: Object.keys(LOGO_TYPES),
  };
}

/**
 * The bytes PUT to a logo link (http/tenants.routes.ts): an image by its content, whatever its
 * name says. The link's session may be anyone's: only staff of its tenant, in a role that still
 * allows it, get further.
 */
export async function receiveLogo(link: RequestContext, tenantId: string, bytes: Uint8Array): Promise<{ logoUrl: string }> {
  const { tx, principal } = link;
  if (!tx || principal.kind !== 'staff' || principal.tenantId !== tenantId) throw new NotFound('This upload');
  // The role may have changed since the link was issued.
  if (principal.role !== 'owner' && principal.role !== 'admin') throw new Forbidden('Your role does not allow this.');
  const ctx: StaffContext = { ...link, tx, principal };
  const type = sniffType(bytes);
  const ext = type ? LOGO_TYPES[type.contentType] : undefined;
  if (!type || !ext) throw new FileRefused(415, 'The logo must be a PNG, JPEG or WebP image.');
  const tenant = await currentTenant(ctx);
  const file = `${ctx.now().getTime()}.${ext}`;
  await ctx.deps.storage.put(logoKey(tenant.id, file), bytes, type.contentType);
  const logoUrl = logoPath(tenant.slug, file);
  await ctx.tx.tenant.update({ where: { id: tenant.id }, data: { logoUrl } });
  forgetCurrentTenant(ctx);
  const previous = logoFileOf(tenant.logoUrl);
  if (previous && previous !== file) await ctx.deps.storage.delete(logoKey(tenant.id, previous));
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: tenant.id });
  return { logoUrl };
}

/** Removes the logo; answers the settings as they are now. */
export async function removeLogo(ctx: StaffContext): Promise<TenantSettings> {
  const tenant = await currentTenant(ctx);
  const updated = await ctx.tx.tenant.update({ where: { id: tenant.id }, data: { logoUrl: null } });
  forgetCurrentTenant(ctx);
  const previous = logoFileOf(tenant.logoUrl);
  if (previous) await ctx.deps.storage.delete(logoKey(tenant.id, previous));
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: tenant.id });
  return toTenantSettings(updated, await customDomainClaim(ctx));
}
