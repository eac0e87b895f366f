// urql clients for one API endpoint, always reached through the app's own origin (see server/hooks.ts).
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { idempotencyExchange } from './idempotency';
import { live } from './live.svelte';

/** Subscriptions (live updates) go over the app's GraphQL WebSocket, which live.svelte.ts keeps open. */
const liveExchange = subscriptionExchange({
  forwardSubscription: (request) => ({
    subscribe: (sink) => ({ unsubscribe: live.forward(request, sink) }),
  }),
});

const common = {
  // Apollo's CSRF prevention rejects urql's default GET queries.
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
} as const;

/** The clients for the endpoint at `path` on this origin (`/graphql/portal`, `/graphql/admin`). */
export function graphqlClients(path: string) {
  return {
    /**
     * For components (mutations, refetches) in the browser; the root layout provides it.
     * Every mutation carries an Idempotency-Key (see ./idempotency.ts).
     */
    createBrowserClient: (): Client => new Client({ ...common, url: path, exchanges: [cacheExchange, idempotencyExchange(), fetchExchange, liveExchange] }),

    /**
     * For load functions, on the server and in the browser. SvelteKit's `fetch` forwards the
     * request's cookies during SSR and inlines the response for hydration; server-side fetch
     * needs an absolute URL. A fresh client per load: nothing cached across requests or users.
     */
    createLoadClient: (event: { fetch: typeof fetch; url: URL }): Client =>
      new Client({
        ...common,
        url: new URL(path, event.url.origin).href,
        fetch: event.fetch,
        exchanges: [fetchExchange],
        requestPolicy: 'network-only',
      }),
  };
}
