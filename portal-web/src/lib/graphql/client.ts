// urql clients for the portal API, always reached through this app's own origin (see hooks.server.ts).
import { graphqlClients } from '@portico/web-shared/graphql/client';

export const GRAPHQL_PATH = '/graphql/portal';

export const { createBrowserClient, createLoadClient } = graphqlClients(GRAPHQL_PATH);
