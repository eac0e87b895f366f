// The business logo: an owner or admin gets a signed upload link, PUTs the image there, and the
// logo is served publicly (no session: the portal's sign-in page shows it) under a versioned,
// cacheable URL. Each upload replaces the previous file.
import { staffScope, type RequestContext } from '../context/context.js';
import { Forbidden, NotFound } from '../errors/errors.js';
import { signedLink } from '../platform/signed-links.js';
import { FileRefused, sniffType } from '../storage/file-types.js';
import { tenantKey } from '../storage/storage.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import type { LogoUpload } from './tenants.types.js';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const LOGO_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const CONTENT_TYPES: Record<string, string> = Object.fromEntries(Object.entries(LOGO_TYPES).map(([type, ext]) => [ext, type]));
/** A logo file name: upload time (ms) and extension. */
const LOGO_FILE = /^(\d{1,16})\.(png|jpg|webp)$/;

export function logoPath(slug: string, file: string): string {
  return `/public/v1/tenants/${slug}/logo/${file}`;
}

/** The stored file behind a logo URL of this tenant, or null for none (or an external URL). */
function logoFileOf(logoUrl: string | null): string | null {
  const file = logoUrl?.split('/').pop() ?? '';
  return logoUrl?.startsWith('/public/v1/tenants/') && LOGO_FILE.test(file) ? file : null;
}

/** A logo URL that follows a change of slug. */
export function logoUrlForSlug(logoUrl: string | null, slug: string): string | null {
  const file = logoFileOf(logoUrl);
  return file ? logoPath(slug, file) : logoUrl;
}

export function logoContentType(file: string): string | null {
  const match = LOGO_FILE.exec(file);
  return match?.[2] ? (CONTENT_TYPES[match[2]] ?? null) : null;
}

export function logoKey(tenantId: string, file: string): string {
  return tenantKey(tenantId, 'logo', file);
}

export async function createLogoUpload(ctx: RequestContext): Promise<LogoUpload> {
  const { principal } = staffScope(ctx);
  return {
    uploadUrl: await signedLink(ctx, 'tenant-logo', principal.tenantId),
    maxBytes: MAX_LOGO_BYTES,
    allowedTypes: Object.keys(LOGO_TYPES),
  };
}

/** The bytes PUT to a logo link: an image by its content, whatever its name says. */
export async function receiveLogo(ctx: RequestContext, tenantId: string, bytes: Uint8Array): Promise<{ logoUrl: string }> {
  if (ctx.principal.kind !== 'staff' || ctx.principal.tenantId !== tenantId) throw new NotFound('This upload');
  // The role may have changed since the link was issued.
  if (ctx.principal.role !== 'owner' && ctx.principal.role !== 'admin') throw new Forbidden('Your role does not allow this.');
  const { tx } = staffScope(ctx);
  const type = sniffType(bytes);
  const ext = type ? LOGO_TYPES[type.contentType] : undefined;
  if (!type || !ext) throw new FileRefused(415, 'The logo must be a PNG, JPEG or WebP image.');
  const tenant = await currentTenant(ctx);
  const file = `${ctx.now().getTime()}.${ext}`;
  await ctx.deps.storage.put(logoKey(tenant.id, file), bytes, type.contentType);
  const logoUrl = logoPath(tenant.slug, file);
  await tx.tenant.update({ where: { id: tenant.id }, data: { logoUrl } });
  forgetCurrentTenant(ctx);
  const previous = logoFileOf(tenant.logoUrl);
  if (previous && previous !== file) await ctx.deps.storage.delete(logoKey(tenant.id, previous));
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: tenant.id });
  return { logoUrl };
}

export async function removeLogo(ctx: RequestContext): Promise<void> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  await tx.tenant.update({ where: { id: tenant.id }, data: { logoUrl: null } });
  forgetCurrentTenant(ctx);
  const previous = logoFileOf(tenant.logoUrl);
  if (previous) await ctx.deps.storage.delete(logoKey(tenant.id, previous));
  await recordStaffActivity(ctx, 'tenant.settings_updated', { subjectId: tenant.id });
}
