// Magic links, password resets and invitations: random tokens stored only as SHA-256 hashes,
// short-lived and single use.
import type { RequestContext, ScopedContext } from '../context/context.js';
import type { OneTimeToken } from '../generated/prisma/client.js';
import type { TokenPurpose } from '../generated/prisma/enums.js';
import { hashOneTimeToken, newOneTimeToken } from './tokens.js';

export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = {
  magic_link: 15,
  password_reset: 60,
  invitation: 7 * 24 * 60,
  email_change: 24 * 60,
};

/** A customer's links name the contact they are for (issue 22); without contactId: every contact's. */
export type TokenOwner = { customerId: string; contactId?: string } | { staffUserId: string };

/** Stores a new token for `owner` and returns the clear token, to be put in a link. */
export async function issueToken(
  ctx: ScopedContext,
  tenantId: string,
  purpose: TokenPurpose,
  owner: TokenOwner,
  extra: { newEmail?: string; requestedByStaff?: boolean } = {},
): Promise<string> {
  const now = ctx.now();
  const { token, hash } = newOneTimeToken();
  await ctx.tx.oneTimeToken.create({
    data: {
      tenantId,
      purpose,
      tokenHash: hash,
      ...owner,
      ...extra,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000),
    },
    select: { id: true },
  });
  return token;
}

/** The token if it is still usable, without using it up (a form is validated before it is spent). */
export function findUsableToken(ctx: ScopedContext, tenantId: string, purpose: TokenPurpose, token: string): Promise<OneTimeToken | null> {
  return ctx.tx.oneTimeToken.findFirst({ where: usable(ctx, tenantId, purpose, token) });
}

/**
 * Uses the token up. The conditional update is atomic: of two concurrent uses of one token,
 * exactly one sees count = 1.
 */
export async function consumeToken(ctx: ScopedContext, tenantId: string, purpose: TokenPurpose, token: string): Promise<OneTimeToken | null> {
  const { count } = await ctx.tx.oneTimeToken.updateMany({ where: usable(ctx, tenantId, purpose, token), data: { usedAt: ctx.now() } });
  if (count !== 1) return null;
  return ctx.tx.oneTimeToken.findFirst({ where: { tenantId, tokenHash: hashOneTimeToken(token) } });
}

/** Spends every outstanding token of `owner` (of the given purposes): after a password change, deactivation... */
export async function retireTokens(ctx: ScopedContext, tenantId: string, owner: TokenOwner, purposes: TokenPurpose[]): Promise<void> {
  await ctx.tx.oneTimeToken.updateMany({
    where: { tenantId, ...owner, purpose: { in: purposes }, usedAt: null },
    data: { usedAt: ctx.now() },
  });
}

function usable(ctx: RequestContext, tenantId: string, purpose: TokenPurpose, token: string) {
  return { tenantId, purpose, tokenHash: hashOneTimeToken(token), usedAt: null, expiresAt: { gt: ctx.now() } };
}
