// One Apollo Server per endpoint, with the limits every public GraphQL API needs.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppDeps, RequestContext } from '../context/context.js';
import type { Endpoint } from '../context/principal.js';
import { createErrorFormatter } from './format-error.js';
import { endpointSchema } from './schemas.js';
import { recordOutcomePlugin } from './outcome.js';

export const LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 } as const;

export async function startApolloServer(endpoint: Endpoint, deps: AppDeps): Promise<ApolloServer<RequestContext>> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const production = deps.config.env === 'production';
  const server = new ApolloServer<RequestContext>({
    schema: endpointSchema(endpoint).executable,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(deps.log),
    plugins: [
      recordOutcomePlugin,
      // graphql-armor's typings come from Apollo's CJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, includeCookies: false }),
    ],
  });
  await server.start();
  return server;
}
