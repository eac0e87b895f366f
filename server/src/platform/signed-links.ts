// Short-lived signed links for files a browser fetches outside GraphQL (documents, invoice
// PDFs, request attachments) or sends to it (`uploads`: a photo for a service request).
// A link names one resource and the session that asked for it,
// so it stops working when it expires (5 minutes) or when that session ends, and it cannot be
// turned towards another file.
import { SignJWT, jwtVerify } from 'jose';
import type { RequestContext } from '../context/context.js';
import { Unauthenticated } from '../errors/errors.js';
import { hmacKey, type TokenClaims } from '../auth/tokens.js';

export type LinkedResource =
  | 'document'
  | 'invoice-pdf'
  | 'attachment'
  | 'uploads'
  | 'appointment-ics'
  | 'tenant-logo'
  | 'receipt'
  | 'credit-note-pdf'
  | 'message-upload'
  | 'message-attachment'
  | 'project-photos'
  | 'project-photo'
  | 'project-photo-thumbnail'
  | 'quote-pdf'
  | 'meter-photo-upload'
  | 'meter-photo'
  | 'privacy-export'
  | 'audit-log-csv';

export const LINK_TTL_SECONDS = 300;
const AUDIENCE = 'portico-file';

/** The path (on the API, and proxied by the web apps) that serves `resource` `id` to this caller. */
export async function signedLink(ctx: RequestContext, resource: LinkedResource, id: string): Promise<string> {
  const { principal } = ctx;
  if (principal.kind === 'anonymous') throw new Unauthenticated();
  const claims =
    principal.kind === 'customer'
      ? { typ: 'customer', tid: principal.tenantId, sid: principal.sessionId, cid: principal.customerId, sub: principal.accountId }
      : { typ: 'staff', tid: principal.tenantId, sid: principal.sessionId, sub: principal.staffUserId };
  const expiresAt = Math.floor(ctx.now().getTime() / 1000) + LINK_TTL_SECONDS;
  const token = await new SignJWT({ ...claims, res: `${resource}:${id}` })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(AUDIENCE)
    .setExpirationTime(expiresAt)
    .sign(hmacKey(ctx.deps.config.jwtSecret));
  return `/files/v1/${resource}/${encodeURIComponent(id)}?token=${token}`;
}

/** The session claims of a link valid for exactly this resource, or null. */
export async function verifySignedLink(secret: Uint8Array, token: string, resource: LinkedResource, id: string, now: Date): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, hmacKey(secret), { audience: AUDIENCE, algorithms: ['HS256'], currentDate: now });
    const { typ, tid, sid, sub, cid, res } = payload;
    if (res !== `${resource}:${id}` || typeof tid !== 'string' || typeof sid !== 'string' || typeof sub !== 'string') return null;
    if (typ === 'customer' && typeof cid === 'string') return { typ, tenantId: tid, sessionId: sid, subject: sub, customerId: cid };
    if (typ === 'staff') return { typ, tenantId: tid, sessionId: sid, subject: sub };
    return null;
  } catch {
    return null;
  }
}
