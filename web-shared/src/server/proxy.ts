// Forwards the browser's GraphQL, file and public requests to the API, so the browser only ever talks to this origin.
import type { RequestEvent } from '@sveltejs/kit';
import { API_UNAVAILABLE } from '../graphql/errors';

/** Request headers the API needs; `origin` stays the browser's, the API checks it for cookie auth. */
const forwardedRequestHeaders = [
  'accept',
  'accept-language',
  'apollo-require-preflight',
  'authorization',
  'content-type',
  'cookie',
  'idempotency-key',
  // Conditional requests, so a cached public resource is answered 304 rather than sent again.
  'if-modified-since',
  'if-none-match',
  'origin',
  'user-agent',
  'x-apollo-operation-name',
];
/** Never sent with a public request: its answer is the same for everyone and may be cached by anyone. */
const credentialHeaders = new Set(['authorization', 'cookie']);
/** Response headers passed back besides every `set-cookie`. */
const forwardedResponseHeaders = [
  'access-control-allow-origin',
  'cache-control',
  'content-disposition',
  'content-security-policy',
  'content-type',
  'etag',
  'expires',
  'idempotent-replayed',
  'last-modified',
  'retry-after',
  'vary',
  'x-content-type-options',
];
/** Statuses whose response has no body (the Response constructor refuses one). */
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

export interface ProxyOptions {
  /** A public resource (`/public/v1/*`): the browser's cookie and Authorization stay here, and no cookie comes back. */
  anonymous?: boolean;
}

const timeoutMs = 30_000;

export async function proxyToApi(event: RequestEvent, target: URL, { anonymous = false }: ProxyOptions = {}): Promise<Response> {
  const { request } = event;
  const headers = new Headers();
  for (const name of forwardedRequestHeaders) {
    if (anonymous && credentialHeaders.has(name)) continue;
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The API sees this server's address; these tell it who is really calling (rate limits, logs).
  // It should trust them only from this app (express `trust proxy`).
  headers.set('x-forwarded-for', clientAddress(event));
  headers.set('x-forwarded-host', event.url.host);
  headers.set('x-forwarded-proto', event.url.protocol.replace(':', ''));

  const url = new URL(target);
  url.search = event.url.search;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';

  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    console.error(`API request to ${url.href} failed:`, err instanceof Error ? err.message : err);
    return unavailable();
  }

  const responseHeaders = new Headers();
  for (const name of forwardedResponseHeaders) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  if (!anonymous) for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  const bodiless = request.method === 'HEAD' || nullBodyStatuses.has(upstream.status);
  if (bodiless) await upstream.body?.cancel();
  return new Response(bodiless ? null : upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}

/** A GraphQL-shaped answer, so urql reports `extensions.code` instead of a bare network error. */
function unavailable(): Response {
  const body = {
    errors: [{ message: 'The API is unreachable.', extensions: { code: API_UNAVAILABLE } }],
  };
  return new Response(JSON.stringify(body), {
    status: 502,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

function clientAddress(event: RequestEvent): string {
  try {
    return event.getClientAddress();
  } catch {
    return 'unknown';
  }
}
