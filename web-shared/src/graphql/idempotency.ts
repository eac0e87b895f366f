// Sends an Idempotency-Key with every mutation, so a create whose answer got lost cannot happen
// twice: the API replays the first answer to a key (creates only; other mutations ignore it).
// A submission is one mutation with its variables. Sent again before an answer came back (a
// network failure, the API unreachable, a double click), it carries the same key; once it was
// answered, the next identical submission is a new one with a new key.
import { makeOperation, mapExchange, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { API_UNAVAILABLE } from './errors';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** The answer of a request whose first attempt still runs; a later retry with the key gets its answer. */
const IN_PROGRESS = 'IDEMPOTENCY_KEY_IN_PROGRESS';

export function idempotencyExchange(): Exchange {
  // Operation key (a hash of document and variables) → the key of its unanswered submission.
  const unanswered = new Map<number, string>();
  return mapExchange({
    onOperation(operation) {
      if (operation.kind !== 'mutation') return operation;
      let key = unanswered.get(operation.key);
      if (key === undefined) {
        key = newKey();
        unanswered.set(operation.key, key);
      }
      return withHeader(operation, key);
    },
    onResult(result) {
      if (result.operation.kind === 'mutation' && answered(result)) unanswered.delete(result.operation.key);
    },
  });
}

function answered(result: OperationResult): boolean {
  const error = result.error;
  if (!error) return true;
  if (error.networkError) return false;
  return !error.graphQLErrors.some((e) => e.extensions.code === API_UNAVAILABLE || e.extensions.reason === IN_PROGRESS);
}

function withHeader(operation: Operation, key: string): Operation {
  const { fetchOptions } = operation.context;
  const base = (typeof fetchOptions === 'function' ? fetchOptions() : fetchOptions) ?? {};
  const headers = Object.fromEntries(new Headers(base.headers));
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: { ...base, headers: { ...headers, [IDEMPOTENCY_HEADER]: key } },
  });
}

/** A random (v4) uuid; `crypto.randomUUID` exists only in secure contexts, a portal may be tried over plain http. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
