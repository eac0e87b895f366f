// Idempotency-Key for creates (as Stripe's): the first successful answer to a key is stored in
// the request's own transaction and replayed, for 24 hours, to the same principal sending the
// same key with the same request; the same key with another request is a CONFLICT.
//
// Concurrency: the key row is inserted before the operation runs, inside the request's
// transaction. A second request with that key waits on the unique index until the first
// commits (then replays its answer) or rolls back (then runs itself): exactly one of any number
// of concurrent retries does the work. An answer with errors rolls back, key row included, so
// a failed attempt stores nothing and may simply be retried.
//
// This is the key store only. What a request is, when two are the same and how an answer is
// stored and replayed belong to the transport (GraphQL: graphql/idempotent-request.ts).
import type { ScopedContext } from '../context/context.js';
import type { Principal } from '../context/principal.js';
import { AppError } from '../errors/errors.js';
import { IDEMPOTENCY_KEY_TTL_MS } from './key-lifetime.js';

/** How long a request waits for another one holding its key before answering CONFLICT. */
export const IDEMPOTENCY_WAIT_MS = 10_000;

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
export const IDEMPOTENCY_KEY_IN_PROGRESS = 'IDEMPOTENCY_KEY_IN_PROGRESS';

/** A request whose key is honoured. */
export interface KeyedRequest {
  key: string;
  /** sha256 (hex) of the request in the transport's canonical form. */
  requestHash: string;
}

/** An answer as stored, to be replayed as it was sent. */
export interface StoredAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

export interface Execution<R> {
  response: R;
  /** Whether the request's transaction must roll back. */
  failed: boolean;
}

/** How a transport's answers are stored and replayed, and how it refuses a request. */
export interface AnswerFormat<R> {
  /** The answer to store; null when it cannot be stored (a streamed body). */
  stored(response: R): StoredAnswer | null;
  replay(answer: StoredAnswer): R;
  refusal(status: number, error: AppError): R;
}

interface Claim {
  claimed: boolean;
  stored_hash: string;
  stored_status: number | null;
  stored_content_type: string | null;
  stored_body: string | null;
}

/**
 * Runs `execute` in the request's transaction (`ctx.tx`), or replays its first answer when the
 * request carries a key it already used. Anonymous requests run without a key (nothing to scope it to).
 */
export async function idempotently<R>(ctx: ScopedContext, keyed: KeyedRequest | null, format: AnswerFormat<R>, execute: () => Promise<Execution<R>>): Promise<Execution<R>> {
  const { tx, principal } = ctx;
  if (!keyed || principal.kind === 'anonymous') return execute();
  const refused = (status: number, error: AppError): Execution<R> => ({ response: format.refusal(status, error), failed: true });

  const { principalId, customerId } = owner(principal);
  const now = ctx.now();
  const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  let claim: Claim | undefined;
  try {
    [claim] = await tx.$queryRaw<Claim[]>`SELECT * FROM idempotency_claim(${principal.tenantId}::uuid, ${principalId}::uuid,
      ${customerId}::uuid, ${keyed.key}, ${keyed.requestHash}, ${now}::timestamptz, ${expiredBefore}::timestamptz, ${IDEMPOTENCY_WAIT_MS}::integer)`;
  } catch (error) {
    if (!isLockTimeout(error)) throw error;
    return refused(409, inProgress());
  }
  if (!claim) throw new Error('idempotency_claim returned no row');

  if (!claim.claimed) {
    if (claim.stored_hash !== keyed.requestHash) {
      return refused(
        409,
        new AppError('CONFLICT', 'This Idempotency-Key was already used for another request. Use a new key for a new request.', { reason: IDEMPOTENCY_KEY_REUSED }),
      );
    }
    // Committed rows always hold an answer; this would be a row stored without one.
    if (claim.stored_status === null || claim.stored_body === null) return refused(409, inProgress());
    return { response: format.replay({ status: claim.stored_status, contentType: claim.stored_content_type, body: claim.stored_body }), failed: false };
  }

  const result = await execute();
  if (result.failed) return result;
  const answer = format.stored(result.response);
  const stored =
    answer !== null &&
    (
      await tx.idempotencyKey.updateMany({
        where: { tenantId: principal.tenantId, principalId, key: keyed.key },
        data: { responseStatus: answer.status, responseContentType: answer.contentType, responseBody: answer.body },
      })
    ).count === 1;
  if (stored) return result;
  // Committing without the answer would leave the key "in progress" for a day: undo the work instead.
  ctx.log.error({ endpoint: ctx.endpoint }, 'could not store the answer of an idempotent request; rolled back');
  return refused(500, new AppError('INTERNAL', 'Something went wrong on our side. Please try again.'));
}

function owner(principal: Exclude<Principal, { kind: 'anonymous' }>): { principalId: string; customerId: string | null } {
  return principal.kind === 'customer' ? { principalId: principal.accountId, customerId: principal.customerId } : { principalId: principal.staffUserId, customerId: null };
}

function inProgress(): AppError {
  return new AppError('CONFLICT', 'A request with this Idempotency-Key is still in progress. Try again in a moment.', { reason: IDEMPOTENCY_KEY_IN_PROGRESS });
}

/** PostgreSQL's lock_timeout (SQLSTATE 55P03), however the driver adapter wraps it. */
function isLockTimeout(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const parts = [(error as { message?: unknown }).message, (error as { meta?: unknown }).meta, (error as { cause?: unknown }).cause];
  return parts.some((part) => {
    try {
      return JSON.stringify(part ?? '').includes('55P03') || String(part).includes('lock timeout');
    } catch {
      return false;
    }
  });
}
