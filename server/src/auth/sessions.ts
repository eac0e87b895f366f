// Sessions: created at sign-in, checked on every request, revoked on logout, password change
// and deactivation, so any of these takes effect on the next request.
import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Principal } from '../context/principal.js';
import { signAccessToken, type TokenClaims } from './tokens.js';

export const CUSTOMER_SESSION_DAYS = 30;
export const STAFF_SESSION_DAYS = 7;
/** lastSeenAt is refreshed at most this often, not on every request. */
const TOUCH_AFTER_MS = 5 * 60_000;

/** The principal a verified token stands for, or null when its session no longer works. */
export async function principalFromSession(tx: Tx, claims: TokenClaims, now: Date): Promise<Principal | null> {
  const session = await tx.session.findFirst({
    where: { id: claims.sessionId, tenantId: claims.tenantId, revokedAt: null, expiresAt: { gt: now } },
    select: {
      lastSeenAt: true,
      staffUserId: true,
      portalAccountId: true,
      customerId: true,
      staffUser: { select: { status: true, role: true } },
      portalAccount: { select: { status: true } },
    },
  });
  if (!session) return null;
  let principal: Principal | null = null;
  if (claims.typ === 'customer') {
    if (session.portalAccountId !== claims.subject || session.customerId !== claims.customerId) return null;
    if (session.portalAccount?.status !== 'active' || !session.customerId) return null;
    principal = { kind: 'customer', tenantId: claims.tenantId, customerId: session.customerId, accountId: claims.subject, sessionId: claims.sessionId };
  } else {
    if (session.staffUserId !== claims.subject || session.staffUser?.status !== 'active') return null;
    principal = { kind: 'staff', tenantId: claims.tenantId, staffUserId: claims.subject, role: session.staffUser.role, sessionId: claims.sessionId };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await tx.session.updateMany({ where: { id: claims.sessionId }, data: { lastSeenAt: now } });
  }
  return principal;
}

export type SessionOwner =
  | { kind: 'customer'; tenantId: string; accountId: string; customerId: string }
  | { kind: 'staff'; tenantId: string; staffUserId: string };

export interface StartedSession {
  token: string;
  expiresAt: Date;
  /** For the session cookie. */
  maxAgeSeconds: number;
}

/** Opens a session for the client of this request and signs its access token. */
export async function startSession(ctx: RequestContext, tx: Tx, owner: SessionOwner): Promise<StartedSession> {
  const days = owner.kind === 'customer' ? CUSTOMER_SESSION_DAYS : STAFF_SESSION_DAYS;
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const session = await tx.session.create({
    data: {
      tenantId: owner.tenantId,
      ...(owner.kind === 'customer' ? { portalAccountId: owner.accountId, customerId: owner.customerId } : { staffUserId: owner.staffUserId }),
      userAgent: ctx.client.userAgent,
      ip: ctx.client.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  const claims: TokenClaims =
    owner.kind === 'customer'
      ? { typ: 'customer', tenantId: owner.tenantId, subject: owner.accountId, sessionId: session.id, customerId: owner.customerId }
      : { typ: 'staff', tenantId: owner.tenantId, subject: owner.staffUserId, sessionId: session.id };
  const token = await signAccessToken(ctx.deps.config.jwtSecret, claims, expiresAt);
  return { token, expiresAt, maxAgeSeconds: days * 86_400 };
}

/** Whose sessions: a portal account's or a staff user's. */
export type SessionHolder = { portalAccountId: string } | { staffUserId: string };

function openSessions(ctx: RequestContext, tenantId: string, holder: SessionHolder) {
  return { tenantId, ...holder, revokedAt: null, expiresAt: { gt: ctx.now() } };
}

/** The holder's sessions that still work, most recently used first. */
export function listOpenSessions(ctx: RequestContext, tx: Tx, tenantId: string, holder: SessionHolder) {
  return tx.session.findMany({
    where: openSessions(ctx, tenantId, holder),
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ip: true },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
  });
}

/** Ends one of the holder's sessions; false when there is no such open session. */
export async function revokeSession(ctx: RequestContext, tx: Tx, tenantId: string, holder: SessionHolder, sessionId: string): Promise<boolean> {
  const { count } = await tx.session.updateMany({ where: { ...openSessions(ctx, tenantId, holder), id: sessionId }, data: { revokedAt: ctx.now() } });
  return count === 1;
}

/** Ends every open session of the holder, except `keepSessionId` (the caller's own). */
export async function revokeSessions(ctx: RequestContext, tx: Tx, tenantId: string, holder: SessionHolder, keepSessionId?: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { tenantId, ...holder, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: ctx.now() },
  });
  return count;
}
