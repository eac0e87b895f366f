import { describe, expect, it } from 'vitest';
import { canSendSigningCode, checkSigningCode, hashSigningCode, maskEmail, MAX_CODE_ATTEMPTS } from './signing-code.js';

const secret = new TextEncoder().encode('x'.repeat(32));
const now = new Date('2026-12-01T10:00:00Z');
const state = (over: Partial<{ codeHash: string | null; codeExpiresAt: Date | null; codeAttempts: number }> = {}) => ({
  codeHash: hashSigningCode(secret, 'r1', '123456'),
  codeExpiresAt: new Date(now.getTime() + 60_000),
  codeAttempts: 0,
  ...over,
});

describe('the signing code', () => {
  it('confirms the code sent for this request', () => {
    expect(checkSigningCode(state(), secret, 'r1', '123456', now)).toBe('OK');
  });
  it('refuses another code, and the right code of another request', () => {
    expect(checkSigningCode(state(), secret, 'r1', '123457', now)).toBe('CODE_WRONG');
    expect(checkSigningCode(state(), secret, 'r2', '123456', now)).toBe('CODE_WRONG');
  });
  it('is required: nothing sent yet', () => {
    expect(checkSigningCode(state({ codeHash: null, codeExpiresAt: null }), secret, 'r1', '123456', now)).toBe('CODE_REQUIRED');
  });
  it('expires at its expiry instant', () => {
    expect(checkSigningCode(state({ codeExpiresAt: now }), secret, 'r1', '123456', now)).toBe('CODE_EXPIRED');
  });
  it('is refused, even right, after too many wrong tries', () => {
    expect(checkSigningCode(state({ codeAttempts: MAX_CODE_ATTEMPTS }), secret, 'r1', '123456', now)).toBe('CODE_TOO_MANY_ATTEMPTS');
  });
  it('is resent at most five times, a minute apart', () => {
    expect(canSendSigningCode({ codesSent: 0, codeSentAt: null }, now)).toBe('OK');
    expect(canSendSigningCode({ codesSent: 1, codeSentAt: new Date(now.getTime() - 59_000) }, now)).toBe('CODE_RESEND_TOO_SOON');
    expect(canSendSigningCode({ codesSent: 5, codeSentAt: new Date(now.getTime() - 600_000) }, now)).toBe('CODE_RESEND_LIMIT');
  });
  it('masks the address it was sent to', () => {
    expect(maskEmail('jordan.ellis@example.com')).toBe('j•••@example.com');
  });
});
