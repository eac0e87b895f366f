// urql clients for the admin API, always reached through this app's own origin (see hooks.server.ts).
import { graphqlClients } from '@portico/web-shared/graphql/client';

export const GRAPHQL_PATH = '/graphql/admin';

export const { createBrowserClient, createLoadClient } = graphqlClients(GRAPHQL_PATH);
