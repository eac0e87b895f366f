// Access tokens: JWTs naming the session. The sessions table decides whether one still works.
import { SignJWT } from 'jose';
import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { Endpoint } from '../context/principal.js';

export type TokenType = 'customer' | 'staff';

export interface TokenClaims {
  typ: TokenType;
  tenantId: string;
  /** Portal account id or staff user id. */
  subject: string;
  sessionId: string;
  /** The customer, for customer tokens. */
  customerId?: string;
}

const ISSUER = 'portico';

const keys = new WeakMap<Uint8Array, KeyObject>();

/** jose imports a raw secret anew on every call; a KeyObject made once is reused. */
export function hmacKey(secret: Uint8Array): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    keys.set(secret, key);
  }
  return key;
}

export function tokenTypeFor(endpoint: Endpoint): TokenType {
  return endpoint === 'portal' ? 'customer' : 'staff';
}

export async function signAccessToken(secret: Uint8Array, claims: TokenClaims, expiresAt: Date): Promise<string> {
  return new SignJWT({ typ: claims.typ, tid: claims.tenantId, sid: claims.sessionId, ...(claims.customerId ? { cid: claims.customerId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(hmacKey(secret));
}

/**
 * Tokens this process has already verified. A browser sends the same token with every request;
 * only a token whose signature was verified enters; it is used again only with the same secret and
 * while it has not expired. Whether its session still works is checked by every request anyway
 * (app_open_request). Oldest first out when full.
 */
const verified = new Map<string, { secret: Uint8Array; claims: TokenClaims; expiresAtMs: number }>();
const MAX_VERIFIED = 10_000;

/** The claims of a valid token of the expected type, or null (bad signature, expired, other side). */
export function verifyAccessToken(secret: Uint8Array, token: string, expected: TokenType, now: Date): Promise<TokenClaims | null> {
  return Promise.resolve(verifyNow(secret, token, expected, now));
}

function verifyNow(secret: Uint8Array, token: string, expected: TokenType, now: Date): TokenClaims | null {
  const key = `${expected} ${token}`;
  const known = verified.get(key);
  if (known?.secret === secret && now.getTime() < known.expiresAtMs) return known.claims;
  const payload = verifiedPayload(secret, token, now);
  if (!payload) return null;
  const { typ, tid, sid, sub, cid, exp } = payload;
  if (typ !== expected || typeof tid !== 'string' || typeof sid !== 'string' || typeof sub !== 'string' || typeof exp !== 'number') return null;
  if (expected === 'customer' && typeof cid !== 'string') return null;
  const claims: TokenClaims = { typ: expected, tenantId: tid, sessionId: sid, subject: sub, customerId: typeof cid === 'string' ? cid : undefined };
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value ?? '');
  verified.set(key, { secret, claims, expiresAtMs: exp * 1000 });
  return claims;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');

/**
 * The payload of a compact HS256 JWT that we signed (the exact header signAccessToken writes, our
 * issuer, a signature that matches byte for byte, not expired, not before its time), else null.
 * Checked with node's HMAC: jose verifies through WebCrypto, which cost more than the rest of a
 * small request. Only our own tokens are read here, so nothing else is accepted: no other
 * algorithm or header, no missing expiry.
 */
function verifiedPayload(secret: Uint8Array, token: string, now: Date): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header = '', body = '', signature = ''] = parts;
  if (header !== HEADER) return null;
  const expected = createHmac('sha256', hmacKey(secret)).update(`${header}.${body}`).digest('base64url');
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const { iss, exp, nbf } = payload as Record<string, unknown>;
  const seconds = Math.floor(now.getTime() / 1000);
  if (iss !== ISSUER || typeof exp !== 'number' || exp <= seconds) return null;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > seconds)) return null;
  return payload as Record<string, unknown>;
}

/** A random one-time token for links in emails; only its hash is stored. */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
