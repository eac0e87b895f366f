// urql clients for the admin API, always reached through this app's own origin (see hooks.server.ts).
import { Client, cacheExchange, fetchExchange } from '@urql/core';

export const GRAPHQL_PATH = '/graphql/admin';

const common = {
	// Apollo's CSRF prevention rejects urql's default GET queries.
	preferGetMethod: false,
	fetchOptions: { credentials: 'same-origin' }
} as const;

/** For components (mutations, refetches) in the browser; provided through `setContextClient` in the root layout. */
export function createBrowserClient(): Client {
	return new Client({ ...common, url: GRAPHQL_PATH, exchanges: [cacheExchange, fetchExchange] });
}

/**
 * For load functions, on the server and in the browser. SvelteKit's `fetch` forwards the
 * request's cookies during SSR and inlines the response for hydration; server-side fetch
 * needs an absolute URL. A fresh client per load: nothing cached across requests or users.
 */
export function createLoadClient(event: { fetch: typeof fetch; url: URL }): Client {
	return new Client({
		...common,
		url: new URL(GRAPHQL_PATH, event.url.origin).href,
		fetch: event.fetch,
		exchanges: [fetchExchange],
		requestPolicy: 'network-only'
	});
}
