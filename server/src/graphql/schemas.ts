// Builds the two endpoint schemas from their own resolvers, each wrapped in graphql-shield with
// a deny fallback: nothing is reachable unless a domain's rules allow it.
import 'reflect-metadata';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import type { Endpoint } from '../context/principal.js';
import { Forbidden } from '../errors/errors.js';
import { mergeRules, type RuleTree } from './guards.js';
import { endpointModules } from './modules.js';

export interface EndpointSchema {
  /** The schema as clients see it (printed to server/schema/<endpoint>.graphql). */
  schema: GraphQLSchema;
  /** The same schema with shield applied: the one that executes. */
  executable: GraphQLSchema;
  rules: Record<string, IRule | Record<string, IRule>>;
}

const cache = new Map<Endpoint, EndpointSchema>();

export function endpointSchema(endpoint: Endpoint): EndpointSchema {
  const cached = cache.get(endpoint);
  if (cached) return cached;
  const modules = endpointModules[endpoint];
  const resolvers = modules.flatMap((m) => m.resolvers) as unknown as NonEmptyArray<Function>;
  const schema = lexicographicSortSchema(buildSchemaSync({ resolvers, validate: { forbidUnknownValues: false }, skipCheck: false }));
  const rules = mergeRules(modules.map((m) => m.rules as RuleTree));
  const permissions = shield(rules, {
    fallbackRule: deny,
    fallbackError: () => new Forbidden(),
    allowExternalErrors: true,
    debug: false,
  });
  const built = { schema, executable: applyMiddleware(schema, permissions), rules };
  cache.set(endpoint, built);
  return built;
}
