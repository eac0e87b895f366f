// Tokens a customer's automated collection agent sends readings with (POST /api/v1/meter-readings).
// A token is `pmr_<tenant>_<secret>`: the tenant's id (base64url) tells the REST route which
// tenant's scope to look the token up in, and only its SHA-256 is stored (the customer sees it once;
// then its last 4 characters). Customers read no token rows in SQL (RLS): their own are read and
// written here in the office's scope, always by their own customer id.
import { createHash, randomBytes } from 'node:crypto';
import type { CustomerContext } from '../context/context.js';
import type { MeterApiToken as TokenRow } from '../generated/prisma/client.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { asSystem, inOwnTransaction } from '../platform/scope.js';
import type { CreatedMeterApiToken, MeterApiToken } from './meters.types.js';

const PREFIX = 'pmr_';
const MAX_NAME = 80;
/** Live tokens a customer may hold at once. */
export const MAX_LIVE_TOKENS = 20;

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The tenant a token names, or null when it is not one of ours. */
export function tenantOfApiToken(token: string): string | null {
  const match = /^pmr_([A-Za-z0-9_-]{22})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1]) return null;
  const hex = Buffer.from(match[1], 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function toApiToken(row: TokenRow): MeterApiToken {
  return { id: row.id, name: row.name, last4: row.last4, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}

/** The customer's tokens, newest first (revoked ones too, so they can tell what stopped working). */
export function myMeterApiTokens(ctx: CustomerContext): Promise<MeterApiToken[]> {
  // A query: its own transaction, so the request's rights stay the customer's.
  return inOwnTransaction(ctx, { tenantId: ctx.principal.tenantId, role: 'system' }, async (system) => {
    const rows = await system.tx.meterApiToken.findMany({ where: { customerId: ctx.principal.customerId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    return rows.map(toApiToken);
  });
}

export async function createMeterApiToken(ctx: CustomerContext, name: string): Promise<CreatedMeterApiToken> {
  const clean = name.trim();
  if (!clean) throw new BadInput('name', 'Name the token after the agent that uses it.', 'REQUIRED');
  if (clean.length > MAX_NAME) throw new BadInput('name', `A token's name is at most ${MAX_NAME} characters.`, 'TOO_LONG');
  const { tenantId, customerId } = ctx.principal;
  const token = `${PREFIX}${Buffer.from(tenantId.replaceAll('-', ''), 'hex').toString('base64url')}_${randomBytes(32).toString('base64url')}`;
  const row = await asSystem(ctx, async (system) => {
    const live = await system.tx.meterApiToken.count({ where: { customerId, revokedAt: null } });
    if (live >= MAX_LIVE_TOKENS) throw new BadInput('name', `You can have at most ${MAX_LIVE_TOKENS} tokens: revoke one you no longer use.`, 'TOO_MANY_TOKENS');
    return system.tx.meterApiToken.create({ data: { tenantId, customerId, name: clean, tokenHash: hashApiToken(token), last4: token.slice(-4), createdAt: ctx.now() } });
  });
  return { token, apiToken: toApiToken(row) };
}

/** Revokes one of the customer's tokens (again: no change); NOT_FOUND for anyone else's. */
export async function revokeMeterApiToken(ctx: CustomerContext, id: string): Promise<MeterApiToken> {
  if (!isId(id)) throw new NotFound('This token');
  const row = await asSystem(ctx, async (system) => {
    const where = { id, customerId: ctx.principal.customerId };
    await system.tx.meterApiToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: ctx.now() } });
    return system.tx.meterApiToken.findFirst({ where });
  });
  if (!row) throw new NotFound('This token');
  return toApiToken(row);
}
