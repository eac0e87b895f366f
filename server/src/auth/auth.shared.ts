// Pieces both sign-in sides (customers and staff) share.
import type { RequestContext, ScopedContext } from '../context/context.js';
import { BadInput, Unauthenticated } from '../errors/errors.js';
import { inOwnTransaction } from '../platform/scope.js';

/** One answer for an unknown email, a wrong password and an account that may not sign in. */
const WRONG_CREDENTIALS = 'The email or password is not correct.';

export function wrongCredentials(): Unauthenticated {
  return new Unauthenticated(WRONG_CREDENTIALS, 'WRONG_CREDENTIALS');
}

export type LinkKind = 'magic_link' | 'password_reset' | 'invitation';

const INVALID_LINK: Record<LinkKind, string> = {
  magic_link: 'This sign-in link has expired or was already used. Ask for a new one.',
  password_reset: 'This password-reset link has expired or was already used. Ask for a new one.',
  invitation: 'This invitation has expired or was already used. Ask the business for a new one.',
};

/** reason LINK_INVALID: expired, already used or unknown (one answer for all three). */
export function invalidLink(kind: LinkKind): BadInput {
  return new BadInput('token', INVALID_LINK[kind], 'LINK_INVALID');
}

/**
 * Database work of an anonymous sign-in flow, with the row-level-security role that may read
 * and write the identities of this tenant only. Its own transaction, never a savepoint of the
 * request's (platform/scope.ts inOwnTransaction): a refused attempt's log row must be committed although
 * the answer is an error, and a caller who is signed in holds their own session's row locked in
 * the request's transaction.
 */
export function inAuthScope<T>(ctx: RequestContext, tenantId: string, work: (auth: ScopedContext) => Promise<T>): Promise<T> {
  return inOwnTransaction(ctx, { tenantId, role: 'auth' }, work);
}

/** Emails are citext in the database; only surrounding spaces are dropped. */
export function cleanEmail(email: string): string {
  return email.trim();
}

/** Moved to platform/unique-violation.ts; kept here until the domains that import it from auth switch. */
export { isUniqueViolation } from '../platform/unique-violation.js';
