// Builds the two endpoint schemas from their own resolvers, each wrapped in graphql-shield with
// a deny fallback: nothing is reachable unless a domain's rules allow it. Outside shield, input
// hygiene refuses hostile text in any argument before a rule or resolver reads it.
import 'reflect-metadata';
import { applyMiddleware } from 'graphql-middleware';
import type { IMiddlewareFunction, IMiddlewareTypeMap } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import type { IRule } from 'graphql-shield';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray, type PubSub } from 'type-graphql';
import type { Endpoint } from '../context/principal.js';
import { Forbidden } from '../errors/errors.js';
import { alwaysAllows, doorRules, mergeRules } from '../platform/door.js';
import { inputHygiene } from './input-hygiene.js';
import { auditTrail } from '../audit/audit-trail.js';
import { endpointModules } from './modules.js';

export interface EndpointSchema {
  /** The schema as clients see it (printed to server/schema/<endpoint>.graphql). */
  schema: GraphQLSchema;
  /** The same schema with shield applied: the one that executes. */
  executable: GraphQLSchema;
  rules: Record<string, IRule | Record<string, IRule>>;
}

const cache = new Map<Endpoint, EndpointSchema>();

/**
 * type-graphql wants a PubSub as soon as there is a subscription, but ours bring their own
 * `subscribe` (the live layer's event stream, live/live-stream.ts): none publishes through this.
 */
const NO_PUBSUB: PubSub = {
  publish: () => {
    throw new Error('Subscriptions read the live event stream (live/), not a PubSub.');
  },
  subscribe: () => {
    throw new Error('Subscriptions read the live event stream (live/), not a PubSub.');
  },
};

export function endpointSchema(endpoint: Endpoint): EndpointSchema {
  const cached = cache.get(endpoint);
  if (cached) return cached;
  const modules = endpointModules[endpoint];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's resolver list type (NonEmptyArray<Function>)
  const resolvers = modules.flatMap((m) => m.resolvers) as unknown as NonEmptyArray<Function>;
  const schema = lexicographicSortSchema(buildSchemaSync({ resolvers, validate: { forbidUnknownValues: false }, skipCheck: false, pubSub: NO_PUBSUB }));
  // The rules on the resolver methods (@Allow) and the modules' rules for their types, as one tree.
  const rules = mergeRules([...modules.map((m) => m.rules), doorRules([...resolvers])]);
  const permissions = shield(rules, {
    fallbackRule: deny,
    fallbackError: () => new Forbidden(),
    allowExternalErrors: true,
    debug: false,
  });
  const middleware = withoutAlwaysAllowed(permissions.generate(schema) as IMiddlewareTypeMap, rules);
  // The first middleware is the outermost: hygiene runs before shield, and the audit trail of a
  // mutation (audit/audit-trail.ts) only once shield let it through.
  const built = { schema, executable: applyMiddleware(schema, inputHygiene(schema), middleware, auditTrail(endpoint, schema)), rules };
  cache.set(endpoint, built);
  return built;
}

/**
 * Shield wraps every field of every type in an async check, even where the rule is a constant
 * "yes" (a type under an already guarded operation, a public sign-in field): hundreds of
 * promises for one list. Those wrappers decide nothing, so they are dropped; every field with
 * a real rule, and every field without one (fallback deny), keeps its check.
 */
function withoutAlwaysAllowed(generated: IMiddlewareTypeMap, rules: Record<string, IRule | Record<string, IRule>>): IMiddlewareTypeMap {
  const kept: IMiddlewareTypeMap = {};
  for (const [typeName, fields] of Object.entries(generated)) {
    const typeRules = rules[typeName];
    const keptFields: Record<string, IMiddlewareFunction> = {};
    for (const [fieldName, fieldMiddleware] of Object.entries(fields as Record<string, IMiddlewareFunction>)) {
      const rule = typeRules === undefined ? undefined : isRuleMap(typeRules) ? (typeRules[fieldName] ?? typeRules['*']) : typeRules;
      if (!rule || !alwaysAllows(rule)) keptFields[fieldName] = fieldMiddleware;
    }
    if (Object.keys(keptFields).length > 0) kept[typeName] = keptFields;
  }
  return kept;
}

function isRuleMap(entry: IRule | Record<string, IRule>): entry is Record<string, IRule> {
  return !alwaysAllows(entry) && Object.getPrototypeOf(entry) === Object.prototype;
}
