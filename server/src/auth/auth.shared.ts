// Pieces both sign-in sides (customers and staff) share.
import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import { withScope } from '../db/rls.js';
import { Prisma } from '../generated/prisma/client.js';
import { BadInput, Unauthenticated } from '../errors/errors.js';

/** One answer for an unknown email, a wrong password and an account that may not sign in. */
const WRONG_CREDENTIALS = 'The email or password is not correct.';

export function wrongCredentials(): Unauthenticated {
  return new Unauthenticated(WRONG_CREDENTIALS);
}

export type LinkKind = 'magic_link' | 'password_reset' | 'invitation';

const INVALID_LINK: Record<LinkKind, string> = {
  magic_link: 'This sign-in link has expired or was already used. Ask for a new one.',
  password_reset: 'This password-reset link has expired or was already used. Ask for a new one.',
  invitation: 'This invitation has expired or was already used. Ask the business for a new one.',
};

export function invalidLink(kind: LinkKind): BadInput {
  return new BadInput('token', INVALID_LINK[kind]);
}

/**
 * Database work of an anonymous sign-in flow: its own transaction (never the request's),
 * with the row-level-security role that may read and write the identities of this tenant only.
 */
export function inAuthScope<T>(ctx: RequestContext, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withScope(ctx.deps.db, { tenantId, role: 'auth' }, work);
}

/** Emails are citext in the database; only surrounding spaces are dropped. */
export function cleanEmail(email: string): string {
  return email.trim();
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
