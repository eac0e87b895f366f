// The GraphQL operations the web apps send, as their codegen printed them (src/lib/gql/graphql.ts):
// tests of a page's reads run the page's own selection, fragments included, and follow it when
// the page changes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { print, type DocumentNode } from 'graphql';

const generated = new Map<string, string>();

/** The operation `name` of `app` (`CustomerDetail` is `CustomerDetailDocument`), printed. */
export function webDocument(app: 'admin-web' | 'portal-web', name: string): string {
  let source = generated.get(app);
  if (source === undefined) {
    source = readFileSync(fileURLToPath(new URL(`../../../${app}/src/lib/gql/graphql.ts`, import.meta.url)), 'utf8');
    generated.set(app, source);
  }
  const start = `export const ${name}Document = `;
  const line = source.split('\n').find((l) => l.startsWith(start));
  if (!line) throw new Error(`${app} has no operation ${name}`);
  const json = line.slice(start.length, line.lastIndexOf(' as unknown as '));
  return print(JSON.parse(json) as DocumentNode);
}
