// Sessions: created at sign-in, checked on every request, revoked on logout, password change
// and deactivation, so any of these takes effect on the next request.
import type { RequestContext, ScopedContext } from '../context/context.js';
import { signAccessToken, type TokenClaims } from './tokens.js';
import { CUSTOMER_SESSION_DAYS, STAFF_SESSION_DAYS } from './session-lifetime.js';
import { idleSince, type SessionIdleSettings, type SessionKind } from './session-idle-limit.js';

export { CUSTOMER_SESSION_DAYS, STAFF_SESSION_DAYS };

export type SessionOwner = { kind: 'customer'; tenantId: string; accountId: string; customerId: string } | { kind: 'staff'; tenantId: string; staffUserId: string };

export interface StartedSession {
  token: string;
  expiresAt: Date;
  /** For the session cookie. */
  maxAgeSeconds: number;
}

/** Opens a session for the client of this request and signs its access token. */
export async function startSession(ctx: ScopedContext, owner: SessionOwner): Promise<StartedSession> {
  const days = owner.kind === 'customer' ? CUSTOMER_SESSION_DAYS : STAFF_SESSION_DAYS;
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  const session = await ctx.tx.session.create({
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

function holderKind(holder: SessionHolder): SessionKind {
  return 'portalAccountId' in holder ? 'customer' : 'staff';
}

/** The holder's sessions that still work (not ended, not idle past the tenant's limit), most recently used first. */
export function listOpenSessions(ctx: ScopedContext, tenantId: string, holder: SessionHolder, idle: SessionIdleSettings) {
  return ctx.tx.session.findMany({
    where: { ...openSessions(ctx, tenantId, holder), lastSeenAt: { gte: idleSince(idle, holderKind(holder), ctx.now()) } },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ip: true },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
  });
}

/** Ends one of the holder's sessions; false when there is no such open session. */
export async function revokeSession(ctx: ScopedContext, tenantId: string, holder: SessionHolder, sessionId: string): Promise<boolean> {
  const { count } = await ctx.tx.session.updateMany({ where: { ...openSessions(ctx, tenantId, holder), id: sessionId }, data: { revokedAt: ctx.now() } });
  return count === 1;
}

/** Ends every open session of the holder, except `keepSessionId` (the caller's own). */
export async function revokeSessions(ctx: ScopedContext, tenantId: string, holder: SessionHolder, keepSessionId?: string): Promise<number> {
  const { count } = await ctx.tx.session.updateMany({
    where: { tenantId, ...holder, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: ctx.now() },
  });
  return count;
}

/** Ends the holder's other sessions that still work; how many ended. */
export async function revokeOtherOpenSessions(ctx: ScopedContext, tenantId: string, holder: SessionHolder, keepSessionId: string, idle: SessionIdleSettings): Promise<number> {
  const { count } = await ctx.tx.session.updateMany({
    where: { ...openSessions(ctx, tenantId, holder), id: { not: keepSessionId }, lastSeenAt: { gte: idleSince(idle, holderKind(holder), ctx.now()) } },
    data: { revokedAt: ctx.now() },
  });
  return count;
}
