// Idempotency-Key for creates (as Stripe's): the first successful answer to a key is stored in
// the request's own transaction and replayed, for 24 hours, to the same principal sending the
// same key with the same request; the same key with another request is a CONFLICT.
//
// Concurrency: the key row is inserted before the operation runs, inside the request's
// transaction. A second request with that key waits on the unique index until the first
// commits (then replays its answer) or rolls back (then runs itself): exactly one of any number
// of concurrent retries does the work. An answer with errors rolls back, key row included, so
// a failed attempt stores nothing and may simply be retried.
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { Endpoint, Principal } from '../context/principal.js';
import type { Tx } from '../db/client.js';
import { AppError } from '../errors/errors.js';
import { keyedRequest, type KeyedRequest } from './idempotent-request.js';
import { IDEMPOTENCY_KEY_TTL_MS } from './key-lifetime.js';

/** How long a request waits for another one holding its key before answering CONFLICT. */
export const IDEMPOTENCY_WAIT_MS = 10_000;

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
export const IDEMPOTENCY_KEY_IN_PROGRESS = 'IDEMPOTENCY_KEY_IN_PROGRESS';

export interface Execution {
  response: HTTPGraphQLResponse;
  /** Whether the request's transaction must roll back. */
  failed: boolean;
}

export interface IdempotencyRequest {
  endpoint: Endpoint;
  /** Anonymous requests run without a key (nothing to scope it to). */
  principal: Principal;
  /** The request's clock reading. */
  now: Date;
  /** The Idempotency-Key header as received. */
  header: string | string[] | undefined;
  /** The parsed JSON body. */
  body: unknown;
  log: Logger;
}

interface Claim {
  claimed: boolean;
  stored_hash: string;
  stored_status: number | null;
  stored_content_type: string | null;
  stored_body: string | null;
}

/** Runs `execute` in the request's transaction `tx`, or replays its first answer when the request carries a key it already used. */
export async function idempotently(tx: Tx, request: IdempotencyRequest, execute: () => Promise<Execution>): Promise<Execution> {
  const { principal } = request;
  if (principal.kind === 'anonymous') return execute();
  let keyed: KeyedRequest | null;
  try {
    keyed = keyedRequest(request.endpoint, request.header, request.body);
  } catch (error) {
    if (error instanceof AppError) return errorAnswer(400, error);
    throw error;
  }
  if (!keyed) return execute();

  const { principalId, customerId } = owner(principal);
  const expiredBefore = new Date(request.now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  let claim: Claim | undefined;
  try {
    [claim] = await tx.$queryRaw<Claim[]>`SELECT * FROM idempotency_claim(${principal.tenantId}::uuid, ${principalId}::uuid,
      ${customerId}::uuid, ${keyed.key}, ${keyed.requestHash}, ${request.now}::timestamptz, ${expiredBefore}::timestamptz, ${IDEMPOTENCY_WAIT_MS}::integer)`;
  } catch (error) {
    if (!isLockTimeout(error)) throw error;
    return errorAnswer(409, inProgress());
  }
  if (!claim) throw new Error('idempotency_claim returned no row');

  if (!claim.claimed) {
    if (claim.stored_hash !== keyed.requestHash) {
      return errorAnswer(409, new AppError('CONFLICT', 'This Idempotency-Key was already used for another request. Use a new key for a new request.', { reason: IDEMPOTENCY_KEY_REUSED }));
    }
    // Committed rows always hold an answer; this would be a row stored without one.
    if (claim.stored_status === null || claim.stored_body === null) return errorAnswer(409, inProgress());
    return { response: replay(claim.stored_status, claim.stored_content_type, claim.stored_body), failed: false };
  }

  const result = await execute();
  if (result.failed) return result;
  const { body } = result.response;
  const stored =
    body.kind === 'complete' &&
    (await tx.idempotencyKey.updateMany({
      where: { tenantId: principal.tenantId, principalId, key: keyed.key },
      data: { responseStatus: result.response.status ?? 200, responseContentType: result.response.headers.get('content-type') ?? null, responseBody: body.string },
    })).count === 1;
  if (stored) return result;
  // Committing without the answer would leave the key "in progress" for a day: undo the work instead.
  request.log.error({ endpoint: request.endpoint }, 'could not store the answer of an idempotent request; rolled back');
  return errorAnswer(500, new AppError('INTERNAL', 'Something went wrong on our side. Please try again.'));
}

function owner(principal: Exclude<Principal, { kind: 'anonymous' }>): { principalId: string; customerId: string | null } {
  return principal.kind === 'customer' ? { principalId: principal.accountId, customerId: principal.customerId } : { principalId: principal.staffUserId, customerId: null };
}

function inProgress(): AppError {
  return new AppError('CONFLICT', 'A request with this Idempotency-Key is still in progress. Try again in a moment.', { reason: IDEMPOTENCY_KEY_IN_PROGRESS });
}

function replay(status: number, contentType: string | null, body: string): HTTPGraphQLResponse {
  const headers = new HeaderMap([
    ['content-type', contentType ?? 'application/json; charset=utf-8'],
    ['idempotent-replayed', 'true'],
  ]);
  return { status, headers, body: { kind: 'complete', string: body } };
}

/** An answer that runs nothing; the transaction rolls back (it changed nothing but may hold the key's lock). */
function errorAnswer(status: number, error: AppError): Execution {
  const headers = new HeaderMap([['content-type', 'application/json; charset=utf-8']]);
  const body = JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] });
  return { response: { status, headers, body: { kind: 'complete', string: body } }, failed: true };
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
