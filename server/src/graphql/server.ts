// One Apollo Server per endpoint, with the limits every public GraphQL API needs.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
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
    // armor's token limit parses the query in a hook before Apollo's own parse, so every syntax
    // error escaped Apollo's parse stage as an unexpected error (HTTP 500); graphql-js counts
    // tokens itself while parsing (parseOptions below), and parse errors stay HTTP 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    // The error formatter strips every "Did you mean" hint, from validation and execution alike.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const production = deps.config.env === 'production';
  const server = new ApolloServer<RequestContext>({
    schema: endpointSchema(endpoint).executable,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts handles SIGTERM/SIGINT (HTTP first, then these servers, then the worker); Apollo's
    // own handlers would stop the servers under it and raise the signal again.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxLexicalTokens: LIMITS.maxTokens },
    validationRules: armor.validationRules,
    logger: deps.log,
    formatError: createErrorFormatter(deps.log),
    plugins: [
      recordOutcomePlugin,
      // graphql-armor's typings come from Apollo's CJS build; the plugins are the same objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      // Apollo's landing pages load Apollo Sandbox from a CDN; the playground is ours (playground.ts).
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints and no federation traces: without them Apollo does not wrap every
      // field's resolver to instrument it (a cost on every field of every request).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await server.start();
  return server;
}
