import type { EndpointModule } from '../graphql/modules.js';

export const portal: EndpointModule = { resolvers: [], rules: {} };
export const admin: EndpointModule = { resolvers: [], rules: {} };
