// Every root field of both schemas, called without credentials, is denied — except the ones
// whose rule is `anyone`. The fields are read from the schema, so a new field is covered
// the day it is added.
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { ENDPOINTS, permissions, schemaOf } from './schema-files.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A syntactically valid literal for an input type, filling every required field. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'false';
      case 'ID':
        return '"00000000-0000-4000-8000-000000000000"';
      case 'DateTimeISO':
        return '"2026-01-01T00:00:00.000Z"';
      default:
        return '"x@example.com"';
    }
  }
  return 'null';
}

function operationFor(endpoint: (typeof ENDPOINTS)[number], operation: string, field: string): string {
  const schema = schemaOf(endpoint);
  const root = schema.getType(operation);
  if (!root || !isObjectType(root)) throw new Error(`no ${operation} type`);
  const definition = root.getFields()[field];
  if (!definition) throw new Error(`no ${operation}.${field}`);
  const args = definition.args.filter((a) => isNonNullType(a.type));
  const argList = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(getNullableType(definition.type))) ? ' { __typename }' : '';
  return `${operation.toLowerCase()} { ${field}${argList}${selection} }`;
}

describe('without credentials', () => {
  for (const endpoint of ENDPOINTS) {
    const guarded = permissions(endpoint).filter((p) => p.who !== 'anyone');
    it(`${endpoint}: has guarded operations to check`, () => {
      expect(guarded.length).toBeGreaterThan(0);
    });
    for (const p of guarded) {
      it(`${endpoint} ${p.operation}.${p.field} is denied with UNAUTHENTICATED`, async () => {
        const res = await app.call(endpoint, operationFor(endpoint, p.operation, p.field));
        expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('UNAUTHENTICATED');
        expect(res.data?.[p.field] ?? null).toBeNull();
      });
    }
  }

  it('the only anonymous operations are sign-in flows and public data', () => {
    const open = ENDPOINTS.flatMap(permissions)
      .filter((p) => p.who === 'anyone')
      .map((p) => `${p.endpoint} ${p.operation}.${p.field}`);
    // Reviewed list: extend it deliberately when a new public operation is added.
    expect(
      open.every((name) => /(portalTenant|login|register|MagicLink|PasswordReset|resetPassword|acceptInvitation|confirmEmailChange|publicReviews|verifySignedDocument)/.test(name)),
      open.join(', '),
    ).toBe(true);
  });
});
