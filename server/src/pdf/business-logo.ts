// The business's logo as a PDF draws it: the stored file behind tenants.logo_url, when it is one
// pdfkit can embed (PNG or JPEG); null otherwise (no logo, an external URL, a WebP file).
import type { ScopedContext } from '../context/context.js';
import type { Tenant } from '../generated/prisma/client.js';
import { readStoredBytes } from '../storage/read-bytes.js';
import { MAX_LOGO_BYTES, logoFileOf, logoKey } from '../tenants/logo-files.js';
import { isPngOrJpeg, pdfBusiness, type PdfBusiness } from './branded-pdf.js';

export async function pdfLogo(ctx: ScopedContext, tenant: Pick<Tenant, 'id' | 'logoUrl'>): Promise<Uint8Array | null> {
  const file = logoFileOf(tenant.logoUrl);
  if (!file || file.endsWith('.webp')) return null;
  const bytes = await readStoredBytes(ctx.deps.storage, logoKey(tenant.id, file), MAX_LOGO_BYTES);
  return bytes && isPngOrJpeg(bytes) ? bytes : null;
}

/** The seller as a PDF prints it, with its logo. */
export async function pdfBusinessWithLogo(ctx: ScopedContext, tenant: Tenant): Promise<PdfBusiness> {
  return { ...pdfBusiness(tenant), logo: await pdfLogo(ctx, tenant) };
}
