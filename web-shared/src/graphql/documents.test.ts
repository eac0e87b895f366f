// Every operation the apps send (their codegen'd documents) is valid against the API's printed
// schema and fits the API's limits (server/src/graphql/server.ts: depth, aliases, cost). The
// limits are checked by graphql-armor as the API does; it counts a fragment spread as one more
// level, so a fragment inside a long list costs more than the same fields written out.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** `LIMITS = { maxDepth: 10, … }` as the server declares them. */
function serverLimits(): Record<string, number> {
  const source = readFileSync(root('server/src/graphql/server.ts'), 'utf8');
  const literal = /LIMITS\s*=\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return Object.fromEntries([...literal.matchAll(/(\w+):\s*(\d+)/g)].map(([, name = '', value]) => [name, Number(value)]));
}

/** The operations in an app's generated `graphql.ts` (each exported as its JSON AST). */
function operations(app: 'portal' | 'admin'): [string, DocumentNode][] {
  const generated = readFileSync(root(`${app}-web/src/lib/gql/graphql.ts`), 'utf8');
  return [...generated.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown as DocumentNode/g)]
    .map(([, name = '', json = '']): [string, DocumentNode] => [name, JSON.parse(json) as DocumentNode])
    .filter(([, doc]) => doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));
}

describe('the apps’ GraphQL documents', () => {
  const limits = serverLimits();
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: false },
  }).protect();

  it('reads the API’s limits', () => {
    expect(Object.keys(limits)).toEqual(expect.arrayContaining(['maxDepth', 'maxAliases', 'maxCost', 'maxDirectives']));
  });

  for (const app of ['portal', 'admin'] as const) {
    it(`${app}: every operation is valid and within the API's limits`, () => {
      const schema = buildSchema(readFileSync(root(`server/schema/${app}.graphql`), 'utf8'));
      const refused = operations(app).flatMap(([name, doc]) => validate(schema, doc, armor.validationRules).map((e) => `${name}: ${e.message}`));
      expect(refused).toEqual([]);
    });
  }
});
