// Fixed-window counters in rate_limit_buckets. The table is not tenant-owned (a key is a hash
// that names no tenant), and every hit is one atomic statement on the pool, outside any request
// transaction: a failed operation rolls its own transaction back, but its attempt still counts.
import { createHash } from 'node:crypto';
import type { RequestContext } from '../context/context.js';
import type { Db } from '../db/client.js';
import { RateLimited } from '../errors/errors.js';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

export const LIMITS = {
  /** Password sign-ins per account (tenant + email); a successful sign-in clears it. */
  loginAccount: { name: 'login:account', max: 5, windowSeconds: 15 * 60 },
  /** Password sign-ins per client address, whatever the account. */
  loginIp: { name: 'login:ip', max: 30, windowSeconds: 15 * 60 },
  /** Magic-link and password-reset emails per account; over it, requests are dropped silently. */
  emailAccount: { name: 'email:account', max: 5, windowSeconds: 60 * 60 },
  /** Magic-link and password-reset requests per client address. */
  emailIp: { name: 'email:ip', max: 30, windowSeconds: 60 * 60 },
  /** Sign-ups per client address (each one costs an argon2 hash). */
  registerIp: { name: 'register:ip', max: 10, windowSeconds: 60 * 60 },
  /** Current-password checks of a signed-in account (change password). */
  passwordCheck: { name: 'password:account', max: 5, windowSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

/** The per-address sign-in limit, as this deployment configured it (SIGN_INS_PER_ADDRESS). */
export function loginIpLimit(ctx: RequestContext): Limit {
  const max = ctx.deps.config.signInsPerAddress;
  return max === undefined ? LIMITS.loginIp : { ...LIMITS.loginIp, max };
}

export interface Hit {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Counts one event for `subject` and says whether it is still within the limit. */
export async function hit(ctx: RequestContext, limit: Limit, subject: string): Promise<Hit> {
  const now = ctx.now();
  const window = limit.windowSeconds;
  const rows = await ctx.deps.db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO rate_limit_buckets AS b (key, window_start, count)
    VALUES (${bucketKey(limit, subject)}, ${now}::timestamptz, 1)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN b.window_start + ${window}::int * interval '1 second' <= ${now}::timestamptz
                          THEN EXCLUDED.window_start ELSE b.window_start END,
      count = CASE WHEN b.window_start + ${window}::int * interval '1 second' <= ${now}::timestamptz
                   THEN 1 ELSE b.count + 1 END
    RETURNING count, window_start`;
  const row = rows[0];
  if (!row) throw new Error('rate limit bucket was not returned');
  const endsAt = new Date(row.window_start).getTime() + window * 1000;
  return { allowed: row.count <= limit.max, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** Counts one event and refuses it with RATE_LIMITED when the limit is exceeded. */
export async function enforce(ctx: RequestContext, limit: Limit, subject: string): Promise<void> {
  const result = await hit(ctx, limit, subject);
  if (!result.allowed) throw new RateLimited(result.retryAfterSeconds);
}

/** Forgets the events of `subject`, e.g. after a successful sign-in. */
export async function clearLimit(ctx: RequestContext, limit: Limit, subject: string): Promise<void> {
  await ctx.deps.db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key = ${bucketKey(limit, subject)}`;
}

/** Deletes buckets whose window ended a day ago; for a periodic job. */
export async function pruneRateLimitBuckets(db: Db, now: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limit_buckets WHERE window_start < ${now}::timestamptz - interval '1 day'`;
}

/** The key of an account's bucket: one identity kind of one tenant, email compared case-insensitively. */
export function accountSubject(kind: 'customer' | 'staff', tenantId: string, email: string): string {
  return `${kind}:${tenantId}:${email.trim().toLowerCase()}`;
}

function bucketKey(limit: Limit, subject: string): string {
  return createHash('sha256').update(`${limit.name}:${subject}`).digest('hex');
}
