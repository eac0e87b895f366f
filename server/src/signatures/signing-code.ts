// The one-time code that confirms the signer's identity at signing: 6 digits, emailed, stored only
// as an HMAC, valid 10 minutes, 5 wrong tries per code, at most 5 codes per request, 60 s apart.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;
export const MAX_CODES_SENT = 5;
export const CODE_RESEND_GAP_MS = 60_000;

export function newSigningCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** The code's hash, bound to its request: a code of one request is worth nothing for another. */
export function hashSigningCode(secret: Uint8Array, requestId: string, code: string): string {
  return createHmac('sha256', secret).update(`signing-code:${requestId}:${code}`).digest('hex');
}

export interface CodeState {
  codeHash: string | null;
  codeExpiresAt: Date | null;
  codeAttempts: number;
}

export type CodeCheck = 'OK' | 'CODE_REQUIRED' | 'CODE_EXPIRED' | 'CODE_TOO_MANY_ATTEMPTS' | 'CODE_WRONG';

/** Whether `code` confirms the request now. Expiry and the attempt limit are checked before the code. */
export function checkSigningCode(state: CodeState, secret: Uint8Array, requestId: string, code: string, now: Date): CodeCheck {
  if (!state.codeHash || !state.codeExpiresAt) return 'CODE_REQUIRED';
  if (state.codeAttempts >= MAX_CODE_ATTEMPTS) return 'CODE_TOO_MANY_ATTEMPTS';
  if (now.getTime() >= state.codeExpiresAt.getTime()) return 'CODE_EXPIRED';
  const given = /^\d{6}$/.test(code.trim()) ? hashSigningCode(secret, requestId, code.trim()) : '';
  const ok = given.length === state.codeHash.length && timingSafeEqual(Buffer.from(given), Buffer.from(state.codeHash));
  return ok ? 'OK' : 'CODE_WRONG';
}

export type ResendCheck = 'OK' | 'CODE_RESEND_LIMIT' | 'CODE_RESEND_TOO_SOON';

export function canSendSigningCode(state: { codesSent: number; codeSentAt: Date | null }, now: Date): ResendCheck {
  if (state.codesSent >= MAX_CODES_SENT) return 'CODE_RESEND_LIMIT';
  if (state.codeSentAt && now.getTime() - state.codeSentAt.getTime() < CODE_RESEND_GAP_MS) return 'CODE_RESEND_TOO_SOON';
  return 'OK';
}

/** j•••@example.com: enough for the signer to recognise the address, not enough to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${email[0] ?? ''}•••${email.slice(at)}`;
}
