// Periodic clean-up: rate-limit buckets, expired one-time tokens, sessions ended or idle past the tenant's limit, uploads that no
// request or message took within a day (their files first, then the rows), old webhook event ids
// and idempotency keys past their 24 hours, live events past their day (a client away longer reloads instead of replaying),
// and notifications read more than 90 days ago (unread ones stay until read).
import { pruneRateLimitBuckets } from '../auth/rate-limit.js';
import { idleSince } from '../auth/session-idle-limit.js';
import { IDEMPOTENCY_KEY_TTL_MS } from '../idempotency/key-lifetime.js';
import type { WorkerDeps } from './context.js';
import { forEachTenant, tenantCondition, type TenantFilter } from './context.js';

const DAY_MS = 24 * 60 * 60 * 1000;
// Stripe retries a webhook for 3 days and keeps events 30; past that an id cannot come back, and a
// payment's status only moves forward anyway, so a very late replay would change nothing.
const PAYMENT_EVENT_DAYS = 35;
// A read notification is history; a quarter later it is only clutter in the list.
const READ_NOTIFICATION_DAYS = 90;

export interface HousekeepingResult {
  rateLimitBuckets: number;
  oneTimeTokens: number;
  sessions: number;
  uploads: number;
  paymentEvents: number;
  idempotencyKeys: number;
  liveEvents: number;
  notifications: number;
}

export async function runHousekeeping(deps: WorkerDeps, filter: TenantFilter = {}): Promise<HousekeepingResult> {
  const now = deps.now();
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const eventsBefore = new Date(now.getTime() - PAYMENT_EVENT_DAYS * DAY_MS);
  // Past this a key answers nothing (it is taken over as new): the row is only kept until here.
  const keysBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  const readBefore = new Date(now.getTime() - READ_NOTIFICATION_DAYS * DAY_MS);
  const rateLimitBuckets = await pruneRateLimitBuckets(deps.db, now);
  const tenants = await deps.owner.$queryRaw<{ tenantId: string }[]>`
    SELECT tenant_id::text AS "tenantId" FROM (
      SELECT tenant_id FROM one_time_tokens WHERE expires_at < ${now}
      UNION SELECT tenant_id FROM sessions WHERE expires_at < ${now} OR revoked_at < ${dayAgo}
      UNION SELECT s.tenant_id FROM sessions s JOIN tenants t ON t.id = s.tenant_id
        WHERE s.last_seen_at < ${now}::timestamptz - CASE WHEN s.staff_user_id IS NULL THEN make_interval(days => t.customer_session_idle_days) ELSE make_interval(hours => t.staff_session_idle_hours) END
      UNION SELECT tenant_id FROM uploads WHERE consumed_at IS NULL AND created_at < ${dayAgo}
      UNION SELECT tenant_id FROM payment_events WHERE processed_at < ${eventsBefore}
      UNION SELECT tenant_id FROM idempotency_keys WHERE created_at <= ${keysBefore}
      UNION SELECT tenant_id FROM live_events WHERE created_at < ${dayAgo}
      UNION SELECT tenant_id FROM notifications WHERE read_at < ${readBefore}
    ) due WHERE true ${tenantCondition('tenant_id', filter)}`;
  const result: HousekeepingResult = { rateLimitBuckets, oneTimeTokens: 0, sessions: 0, uploads: 0, paymentEvents: 0, idempotencyKeys: 0, liveEvents: 0, notifications: 0 };
  await forEachTenant(deps, tenants, async ({ tx }) => {
    result.oneTimeTokens += (await tx.oneTimeToken.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    // A revoked session answers UNAUTHENTICATED already; a day later nobody needs to see it.
    // A session idle past the tenant's limit is refused already (auth/session-idle-limit.ts).
    // The scope's own tenant: the only one its role sees.
    const tenant = await tx.tenant.findFirstOrThrow({ select: { customerSessionIdleDays: true, staffSessionIdleHours: true } });
    const idle = [
      { staffUserId: null, lastSeenAt: { lt: idleSince(tenant, 'customer', now) } },
      { staffUserId: { not: null }, lastSeenAt: { lt: idleSince(tenant, 'staff', now) } },
    ];
    result.sessions += (await tx.session.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: dayAgo } }, ...idle] } })).count;
    const stale = await tx.upload.findMany({ where: { consumedAt: null, createdAt: { lt: dayAgo } }, select: { id: true, storageKey: true } });
    // Files go before rows: a row without its file is harmless, a file without its row is never found again.
    for (const upload of stale) await deps.storage.delete(upload.storageKey);
    result.uploads += (await tx.upload.deleteMany({ where: { id: { in: stale.map((u) => u.id) } } })).count;
    result.paymentEvents += (await tx.paymentEvent.deleteMany({ where: { processedAt: { lt: eventsBefore } } })).count;
    result.idempotencyKeys += (await tx.idempotencyKey.deleteMany({ where: { createdAt: { lte: keysBefore } } })).count;
    result.liveEvents += (await tx.liveEvent.deleteMany({ where: { createdAt: { lt: dayAgo } } })).count;
    result.notifications += (await tx.notification.deleteMany({ where: { readAt: { lt: readBefore } } })).count;
    return 0;
  });
  return result;
}
