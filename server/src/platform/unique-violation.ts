// Two writers racing for one unique value (an email, a slug, a number): the unique index
// decides, and the loser gets a clear refusal instead of an aborted transaction's error.
import { Prisma } from '../generated/prisma/client.js';

/** Whether a write failed on a unique index (Prisma's P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Runs `write`; a unique-index violation is thrown as `refusal()` instead, anything else as it was. */
export async function unlessTaken<T>(write: () => Promise<T>, refusal: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw refusal();
    throw error;
  }
}
