import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, printedPermissions, printedSchema, uncoveredTypes } from './schema-files.js';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema');
// `npm run schema -w server` sets this to rewrite the files instead of checking them.
const write = process.env.WRITE_SCHEMA === '1';

async function check(file: string, expected: string) {
  const target = path.join(schemaDir, file);
  if (write) await writeFile(target, expected);
  const committed = await readFile(target, 'utf8').catch(() => '');
  expect(committed, `${file} is stale: run \`npm run schema -w server\` and commit it`).toBe(expected);
}

describe('committed schema files', () => {
  for (const endpoint of ENDPOINTS) {
    it(`server/schema/${endpoint}.graphql matches the resolvers`, () => check(`${endpoint}.graphql`, printedSchema(endpoint)));
  }

  it('server/schema/permissions.md matches the shield rules', () => check('permissions.md', printedPermissions()));

  for (const endpoint of ENDPOINTS) {
    it(`every object type of the ${endpoint} schema has a shield rule`, () => {
      expect(uncoveredTypes(endpoint)).toEqual([]);
    });
  }
});
