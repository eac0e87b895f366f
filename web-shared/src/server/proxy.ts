// Forwards the browser's GraphQL and file requests to the API, so the browser only ever talks to this origin.
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
	'origin',
	'user-agent',
	'x-apollo-operation-name'
];
/** Response headers passed back besides every `set-cookie`. */
const forwardedResponseHeaders = [
	'cache-control',
	'content-disposition',
	'content-security-policy',
	'content-type',
	'etag',
	'idempotent-replayed',
	'retry-after',
	'vary',
	'x-content-type-options'
];

const timeoutMs = 30_000;

export async function proxyToApi(event: RequestEvent, target: URL): Promise<Response> {
	const { request } = event;
	const headers = new Headers();
	for (const name of forwardedRequestHeaders) {
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
			signal: AbortSignal.timeout(timeoutMs)
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
	for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
	return new Response(upstream.body, {
		status: upstream.status,
		statusText: upstream.statusText,
		headers: responseHeaders
	});
}

/** A GraphQL-shaped answer, so urql reports `extensions.code` instead of a bare network error. */
function unavailable(): Response {
	const body = {
		errors: [{ message: 'The API is unreachable.', extensions: { code: API_UNAVAILABLE } }]
	};
	return new Response(JSON.stringify(body), {
		status: 502,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
}

function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
