// Reads API errors (`extensions.code`, `extensions.reason`) for pages: message keys, load errors, sign-outs.
// Forms read them through ../forms (fields, focus, localised details).
import { error } from '@sveltejs/kit';
import type { CombinedError } from '@urql/core';
import type { ErrorMessageKey } from '../i18n/messages';
import { isReason, reasonKey, type ReasonMessageKey } from '../i18n/reasons';

/** Codes made up on this side of the API: the proxy's and urql's. */
export const API_UNAVAILABLE = 'API_UNAVAILABLE';
export const NETWORK_ERROR = 'NETWORK_ERROR';

const messageByCode: Record<string, ErrorMessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  BAD_USER_INPUT: 'error.badInput',
  CONFLICT: 'error.conflict',
  RATE_LIMITED: 'error.rateLimited',
  TOO_MANY_REQUESTS: 'error.rateLimited',
  GRAPHQL_VALIDATION_FAILED: 'error.outdated',
  [API_UNAVAILABLE]: 'error.unavailable',
  [NETWORK_ERROR]: 'error.network',
};

const statusByCode: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_MANY_REQUESTS: 429,
  [API_UNAVAILABLE]: 503,
  [NETWORK_ERROR]: 503,
};

/** The first GraphQL error's `extensions.code`; NETWORK_ERROR when no GraphQL answer came back. */
export function apiErrorCode(err: CombinedError): string {
  const code = err.graphQLErrors[0]?.extensions.code;
  if (typeof code === 'string') return code;
  return err.networkError ? NETWORK_ERROR : 'INTERNAL_SERVER_ERROR';
}

export function messageForCode(code: string | undefined): ErrorMessageKey {
  return (code && messageByCode[code]) || 'error.unknown';
}

/** The first GraphQL error's `extensions.reason` (machine-readable: `SITE_HAS_JOBS`), if it gave one. */
export function apiReason(err: CombinedError): string | undefined {
  const reason = err.graphQLErrors[0]?.extensions.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** What to tell a person about an API error: the reason's words when we have them, else the code's. */
export function messageFor(err: CombinedError): ErrorMessageKey | ReasonMessageKey {
  const reason = apiReason(err);
  return isReason(reason) ? reasonKey(reason) : messageForCode(apiErrorCode(err));
}

/** In a load function: show the error page with the right status; its text comes from `code`. */
export function throwLoadError(err: CombinedError): never {
  const code = apiErrorCode(err);
  const reason = apiReason(err);
  error(statusByCode[code] ?? 500, reason ? { message: code, code, reason } : { message: code, code });
}

/** The query parameter a sign-in page reads to say why the visitor is there. */
export const SIGNED_OUT_PARAM = 'signedOut';
export const SIGNED_OUT_INACTIVE = 'inactive';

/** Whether the API ended the session because it went unused past the business's limit (`reason: SESSION_IDLE`). */
export function endedForInactivity(err: CombinedError): boolean {
  return err.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED' && e.extensions.reason === 'SESSION_IDLE');
}
