import argon2 from 'argon2';
import { BadInput } from '../errors/errors.js';

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login well under a second on 2 cores.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Verifying against this when the account does not exist keeps the answer time the same.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('portico-timing-equaliser-0');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

/** The password rules, checked on every path that sets a password. */
export function assertStrongPassword(password: string, email: string, field = 'password'): void {
  if (password.length < 10) throw new BadInput(field, 'Use at least 10 characters for your password.', 'PASSWORD_TOO_SHORT');
  if (password.length > 200) throw new BadInput(field, 'Use at most 200 characters for your password.', 'PASSWORD_TOO_LONG');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new BadInput(field, 'Use at least one letter and one digit in your password.', 'PASSWORD_NEEDS_LETTER_AND_DIGIT');
  }
  if (password.toLowerCase().includes(email.split('@')[0]?.toLowerCase() || '\u0000')) {
    throw new BadInput(field, 'Your password must not contain your email address.', 'PASSWORD_CONTAINS_EMAIL');
  }
}

/** A signed-in action that re-checks the password, for an account that never set one (invited, magic links only). */
export function noPasswordYet(): BadInput {
  return new BadInput('currentPassword', 'Your account has no password yet. Use "Forgot your password?" on the sign-in page to set one.', 'NO_PASSWORD_YET');
}

export function wrongCurrentPassword(): BadInput {
  return new BadInput('currentPassword', 'Your current password is not correct.', 'WRONG_PASSWORD');
}
