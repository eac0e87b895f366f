// The printed schemas and the permissions table, committed under server/schema/ so that any
// change to the API or to who may call it shows up in review.
import { getNamedType, isObjectType, printSchema, type GraphQLSchema } from 'graphql';
import type { IRule } from 'graphql-shield';
import type { Endpoint } from '../context/principal.js';
import { ruleLabel } from '../platform/door.js';
import { endpointSchema } from './schemas.js';

export const ENDPOINTS: Endpoint[] = ['portal', 'admin'];
export const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;

export function printedSchema(endpoint: Endpoint): string {
  return `# Generated from the resolvers by server/src/graphql/schema-files.ts: do not edit.\n\n${printSchema(endpointSchema(endpoint).schema)}\n`;
}

export interface Permission {
  endpoint: Endpoint;
  operation: string;
  field: string;
  who: string;
}

export function permissions(endpoint: Endpoint): Permission[] {
  const { schema, rules } = endpointSchema(endpoint);
  return ROOT_TYPES.flatMap((operation) => {
    const type = schema.getType(operation);
    if (!type || !isObjectType(type)) return [];
    const typeRules = rules[operation];
    return Object.keys(type.getFields()).map((field) => ({
      endpoint,
      operation,
      field,
      who: ruleLabel(typeRules && typeof typeRules === 'object' && field in typeRules ? (typeRules as Record<string, IRule>)[field] : typeRules),
    }));
  });
}

export function printedPermissions(): string {
  const rows = ENDPOINTS.flatMap(permissions).map((p) => `| ${p.endpoint} | ${p.operation} | \`${p.field}\` | ${p.who} |`);
  return [
    '# Who may call what',
    '',
    'Generated from the shield rules by server/src/graphql/schema-files.ts: do not edit. A test fails when',
    'it is stale; regenerate with `npm run schema -w server`. Anything not listed is denied.',
    '',
    '| endpoint | type | field | who may call it |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Object types reachable in a schema that no shield rule covers (their fields would be denied). */
export function uncoveredTypes(endpoint: Endpoint): string[] {
  const { schema, rules } = endpointSchema(endpoint);
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !(ROOT_TYPES as readonly string[]).includes(t.name))
    .map((t) => getNamedType(t).name)
    .filter((name) => !(name in rules));
}

export function schemaOf(endpoint: Endpoint): GraphQLSchema {
  return endpointSchema(endpoint).schema;
}
