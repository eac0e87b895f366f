import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './tokens.js';

const T0 = new Date('2026-11-20T12:00:00Z');
const claims = { typ: 'customer' as const, tenantId: 't1', subject: 'a1', sessionId: 's1', customerId: 'c1' };

describe('access tokens (verified once per process, then remembered)', () => {
  it('a token verified once is still refused once it has expired', async () => {
    const secret = randomBytes(32);
    const token = await signAccessToken(secret, claims, new Date(T0.getTime() + 60_000));
    expect(await verifyAccessToken(secret, token, 'customer', T0)).toEqual(claims);
    expect(await verifyAccessToken(secret, token, 'customer', new Date(T0.getTime() + 30_000))).toEqual(claims);
    expect(await verifyAccessToken(secret, token, 'customer', new Date(T0.getTime() + 61_000))).toBeNull();
  });

  it('a remembered token counts only with the secret that verified it, and only for its own side', async () => {
    const secret = randomBytes(32);
    const token = await signAccessToken(secret, claims, new Date(T0.getTime() + 60_000));
    expect(await verifyAccessToken(secret, token, 'customer', T0)).toEqual(claims);
    expect(await verifyAccessToken(randomBytes(32), token, 'customer', T0)).toBeNull();
    expect(await verifyAccessToken(secret, token, 'staff', T0)).toBeNull();
  });

  it('a token changed by one character is refused, even after the genuine one was remembered', async () => {
    const secret = randomBytes(32);
    const token = await signAccessToken(secret, claims, new Date(T0.getTime() + 60_000));
    expect(await verifyAccessToken(secret, token, 'customer', T0)).toEqual(claims);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    const forged = `${token.slice(0, -2)}${last}${token.slice(-1)}`;
    expect(await verifyAccessToken(secret, forged, 'customer', T0)).toBeNull();
  });
});
