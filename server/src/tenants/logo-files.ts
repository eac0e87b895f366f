// Where a business's logo lives: its stored file (upload time and type), the storage key, and
// the public, versioned URL that names the portal's slug (so it moves when the slug does).
import { tenantKey } from '../storage/storage.js';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const LOGO_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const CONTENT_TYPES: Record<string, string> = Object.fromEntries(Object.entries(LOGO_TYPES).map(([type, ext]) => [ext, type]));
/** A logo file name: upload time (ms) and extension. */
const LOGO_FILE = /^(\d{1,16})\.(png|jpg|webp)$/;

export function logoPath(slug: string, file: string): string {
  return `/public/v1/tenants/${slug}/logo/${file}`;
}

/** The stored file behind a logo URL of this tenant, or null for none (or an external URL). */
export function logoFileOf(logoUrl: string | null): string | null {
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
