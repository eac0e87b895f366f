// urql clients for the admin API, always reached through this app's own origin (see hooks.server.ts),
// and the load functions' query: a signed-out member of staff goes to the sign-in page.
import { graphqlClients } from '@portico/web-shared/graphql/client';
import { queryLoader } from '@portico/web-shared/graphql/load';
import { signInAgainPath } from './signed-out';

export const GRAPHQL_PATH = '/graphql/admin';

export const { createBrowserClient, createLoadClient } = graphqlClients(GRAPHQL_PATH);

export const loadQuery = queryLoader(createLoadClient, (_event, inactive) => signInAgainPath(inactive));
