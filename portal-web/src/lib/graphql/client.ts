// urql clients for the portal API, always reached through this app's own origin (see hooks.server.ts),
// and the load functions' query: a signed-out visitor goes to sign in and comes back afterwards.
import { graphqlClients } from '@portico/web-shared/graphql/client';
import { queryLoader } from '@portico/web-shared/graphql/load';
import { signInPath } from '$lib/paths';
import { GRAPHQL_PATH } from './path';

export { GRAPHQL_PATH };

export const { createBrowserClient, createLoadClient } = graphqlClients(GRAPHQL_PATH);

interface PortalLoadEvent {
  fetch: typeof fetch;
  url: URL;
  params: { tenant: string };
}

export const loadQuery = queryLoader<PortalLoadEvent>(createLoadClient, (event, inactive) =>
  signInPath(event.params.tenant, event.url.pathname + event.url.search, event.url, inactive),
);
