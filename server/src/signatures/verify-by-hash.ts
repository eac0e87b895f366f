// Verify-by-hash: whether a PDF is one signed through Portico, by its SHA-256, for anyone holding
// it. The answer says who signed it, when, for which business and under which title — never the
// content, never an id. Across tenants through one SECURITY DEFINER function (app_verify_signed_document).
import type { RequestContext } from '../context/context.js';
import { hit, type Limit } from '../auth/rate-limit.js';
import { BadInput, RateLimited } from '../errors/errors.js';
import type { SignatureVerification } from './signatures.types.js';

export const VERIFY_LIMIT: Limit = { name: 'signature-verify:ip', max: 60, windowSeconds: 60 };

const SHA256 = /^[0-9a-fA-F]{64}$/;

export function checkedSha256(field: string, value: string): string {
  const hex = value.trim();
  if (!SHA256.test(hex)) throw new BadInput(field, 'A SHA-256 is 64 hexadecimal digits.', 'INVALID_SHA256');
  return hex.toLowerCase();
}

/** Counts one lookup for the caller's address; RATE_LIMITED beyond the limit. */
export async function limitVerification(ctx: RequestContext): Promise<{ retryAfterSeconds: number } | null> {
  const result = await hit(ctx, VERIFY_LIMIT, ctx.client.ip ?? 'unknown');
  return result.allowed ? null : { retryAfterSeconds: result.retryAfterSeconds };
}

export async function lookUpSignedDocument(ctx: RequestContext, sha256: string): Promise<SignatureVerification> {
  const rows = await ctx.deps.db.$queryRaw<{ signer_name: string | null; business_name: string; title: string; signed_at: Date }[]>`
    SELECT signer_name, business_name, title, signed_at FROM app_verify_signed_document(${sha256})`;
  const row = rows[0];
  if (!row) return { matches: false, signerName: null, businessName: null, title: null, signedAt: null };
  return { matches: true, signerName: row.signer_name, businessName: row.business_name, title: row.title, signedAt: row.signed_at };
}

export async function verifySignedDocumentByHash(ctx: RequestContext, sha256: string): Promise<SignatureVerification> {
  const hex = checkedSha256('sha256', sha256);
  const limited = await limitVerification(ctx);
  if (limited) throw new RateLimited(limited.retryAfterSeconds);
  return lookUpSignedDocument(ctx, hex);
}
