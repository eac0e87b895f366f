// Where the portal API is reached, through this app's own origin (see hooks.server.ts). Its own
// module so that custom-domains.ts can use it without importing the clients (which import paths.ts).
export const GRAPHQL_PATH = '/graphql/portal';
