import { createHmac, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
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

  describe('only our own HS256 tokens, checked byte for byte', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const payload = { typ: 'customer', tid: 't1', sid: 's1', cid: 'c1', sub: 'a1', iss: 'portico', exp: Math.floor(T0.getTime() / 1000) + 60 };
    const signed = (secret: Uint8Array, header: unknown, body: unknown) => {
      const input = `${b64(header)}.${b64(body)}`;
      return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
    };

    it('accepts a token made the way signAccessToken makes it, and nothing that differs', async () => {
      const secret = randomBytes(32);
      expect(await verifyAccessToken(secret, signed(secret, { alg: 'HS256' }, payload), 'customer', T0)).toEqual(claims);
      // alg "none", another algorithm, an extra header field, another issuer, no expiry, not yet valid.
      expect(await verifyAccessToken(secret, `${b64({ alg: 'none' })}.${b64(payload)}.`, 'customer', T0)).toBeNull();
      expect(await verifyAccessToken(secret, signed(secret, { alg: 'HS512' }, payload), 'customer', T0)).toBeNull();
      expect(await verifyAccessToken(secret, signed(secret, { alg: 'HS256', kid: 'x' }, payload), 'customer', T0)).toBeNull();
      expect(await verifyAccessToken(secret, signed(secret, { alg: 'HS256' }, { ...payload, iss: 'other' }), 'customer', T0)).toBeNull();
      expect(await verifyAccessToken(secret, signed(secret, { alg: 'HS256' }, { ...payload, exp: undefined }), 'customer', T0)).toBeNull();
      expect(await verifyAccessToken(secret, signed(secret, { alg: 'HS256' }, { ...payload, nbf: payload.exp }), 'customer', T0)).toBeNull();
      // Signed with another secret; a payload changed under a genuine signature.
      expect(await verifyAccessToken(secret, signed(randomBytes(32), { alg: 'HS256' }, payload), 'customer', T0)).toBeNull();
      const genuine = signed(secret, { alg: 'HS256' }, payload).split('.');
      expect(await verifyAccessToken(secret, `${genuine[0]}.${b64({ ...payload, cid: 'c2' })}.${genuine[2]}`, 'customer', T0)).toBeNull();
      expect(await verifyAccessToken(secret, `${genuine.join('.')}.x`, 'customer', T0)).toBeNull();
    });

    it('agrees with jose on the tokens jose signs', async () => {
      const secret = randomBytes(32);
      const token = await new SignJWT({ typ: 'staff', tid: 't1', sid: 's1' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('portico')
        .setSubject('u1')
        .setExpirationTime(Math.floor(T0.getTime() / 1000) + 60)
        .sign(secret);
      expect(await verifyAccessToken(secret, token, 'staff', T0)).toEqual({ typ: 'staff', tenantId: 't1', sessionId: 's1', subject: 'u1', customerId: undefined });
      expect(await verifyAccessToken(secret, token, 'staff', new Date(T0.getTime() + 60_000))).toBeNull();
    });
  });
});
