// Sessions: created at sign-in, checked on every request, revoked on logout, password change
// and deactivation, so any of these takes effect on the next request.
import type { Tx } from '../db/client.js';
import type { Principal } from '../context/principal.js';
import type { TokenClaims } from './tokens.js';

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
