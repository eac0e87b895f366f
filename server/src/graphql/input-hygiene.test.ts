// Hostile text (NUL and other control characters, broken Unicode) in any argument of either
// schema is refused at the door as BAD_USER_INPUT naming the field, before it reaches a rule, a
// validator or the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import type { Endpoint } from '../context/principal.js';
import { startTestApp, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeStaff, makeTenant, staffToken } from '../test/factory.js';
import { endpointSchema } from './schemas.js';
import { textProblem } from './input-hygiene.js';

type Step = string | number;

interface TextArgument {
  typeName: string;
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input fields, with 0 for each list on the way. */
  path: Step[];
  /** String or ID: the door names the problem; a custom scalar may refuse the text itself first. */
  plainText: boolean;
}

const ENDPOINTS: Endpoint[] = ['portal', 'admin'];
const HOSTILE = { nul: 'before\u0000after', loneSurrogate: 'before\ud800after' } as const;
const NO_TEXT = new Set(['Int', 'Float', 'Boolean']);

/** Every path from an argument down to a value that can hold text, through input objects and lists. */
function textPaths(type: GraphQLInputType, prefix: Step[], seen: readonly string[] = []): { path: Step[]; plainText: boolean }[] {
  if (isNonNullType(type)) return textPaths(type.ofType, prefix, seen);
  if (isListType(type)) return textPaths(type.ofType, [...prefix, 0], seen);
  if (isInputObjectType(type)) {
    if (seen.includes(type.name)) return [];
    return Object.values(type.getFields()).flatMap((f) => textPaths(f.type, [...prefix, f.name], [...seen, type.name]));
  }
  if (isEnumType(type) || NO_TEXT.has(type.name)) return [];
  return [{ path: prefix, plainText: type.name === 'String' || type.name === 'ID' }];
}

function textArguments(schema: GraphQLSchema, only?: (typeName: string) => boolean): TextArgument[] {
  const out: TextArgument[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || (only && !only(type.name))) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        for (const found of textPaths(arg.type, [arg.name])) out.push({ typeName: type.name, field, ...found });
      }
    }
  }
  return out;
}

/** A value the schema accepts, with only what is required. */
function minimal(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return minimal(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, minimal(f.type)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]?.name;
  const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, ID: '00000000-0000-4000-8000-000000000000', DateTimeISO: '2026-11-20T15:00:00.000Z' };
  return type.name in scalars ? scalars[type.name] : 'x';
}

/** The minimal value with `text` placed at `path`. */
function withTextAt(type: GraphQLInputType, path: Step[], text: string): unknown {
  if (isNonNullType(type)) return withTextAt(type.ofType, path, text);
  if (isListType(type)) return [withTextAt(type.ofType, path.slice(1), text)];
  if (isInputObjectType(type)) {
    const [name, ...rest] = path;
    const field = type.getFields()[String(name)];
    if (!field) throw new Error(`no input field ${String(name)} on ${type.name}`);
    return { ...(minimal(type) as object), [field.name]: withTextAt(field.type, rest, text) };
  }
  return text;
}

function argumentValues(field: GraphQLField<unknown, unknown>, path: Step[], text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name === path[0]) values[arg.name] = withTextAt(arg.type, path.slice(1), text);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) values[arg.name] = minimal(arg.type);
  }
  return values;
}

function expectedField(path: Step[]): string {
  return [...path].reverse().find((s): s is string => typeof s === 'string') ?? '';
}

/** An operation calling one root field with every argument it is given as a variable. */
function operation(typeName: string, field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
  const args = field.args.filter((a: GraphQLArgument) => a.name in values);
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${typeName === 'Mutation' ? 'mutation' : 'query'}${declared ? ` Probe(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** The same, with the arguments written inline as GraphQL literals. */
function inlineOperation(typeName: string, field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
  const literal = (type: GraphQLInputType, value: unknown): string => {
    if (isNonNullType(type)) return literal(type.ofType, value);
    if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(type.ofType, v)).join(', ')}]`;
    if (isInputObjectType(type)) {
      const fields = type.getFields();
      return `{ ${Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${literal(fields[k]!.type, v)}`)
        .join(', ')} }`;
    }
    if (isEnumType(type)) return String(value);
    if (isScalarType(type) && typeof value !== 'string') return JSON.stringify(value);
    // JSON escapes NUL as \u0000, which is also a GraphQL string escape.
    return JSON.stringify(value);
  };
  const args = field.args.filter((a) => a.name in values).map((a) => `${a.name}: ${literal(a.type, values[a.name])}`);
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${typeName === 'Mutation' ? 'mutation' : 'query'} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

describe('what counts as hostile text', () => {
  it('control characters other than tab and line breaks, and unpaired surrogates', () => {
    for (const bad of ['\u0000', 'a\u0001b', 'ESC\u001b[31m', 'vt\u000b', 'ff\u000c', '\u001f']) expect(textProblem(bad)).toBe('CONTROL_CHARACTER');
    for (const bad of ['\ud800', 'a\udfffb', '\udc00\ud800', 'end\udbff']) expect(textProblem(bad)).toBe('INVALID_UNICODE');
    const fine = ['', 'Line one\nLine two\r\n\tindented', 'Zoë Ångström – ½ €', '😀 emoji pair', 'שלום عربي', '中文', 'del\u007f', 'c1\u0085'];
    for (const ok of fine) expect(textProblem(ok)).toBeNull();
  });
});

describe('every text argument of both schemas is checked at the door', () => {
  it.each(ENDPOINTS)('%s: each field with a text argument, at any depth, refuses NUL and unpaired surrogates before its rules and resolver run', async (endpoint) => {
    const { executable } = endpointSchema(endpoint);
    const found = textArguments(executable);
    expect(found.length).toBeGreaterThan(endpoint === 'portal' ? 50 : 100);
    // Fields below the root take text too (Customer.activity(after:) on the staff schema).
    if (endpoint === 'admin') expect(found.some((t) => !['Query', 'Mutation'].includes(t.typeName))).toBe(true);
    const misses: string[] = [];
    for (const target of found) {
      for (const [kind, text] of Object.entries(HOSTILE)) {
        const resolve = target.field.resolve;
        if (!resolve) throw new Error(`${target.typeName}.${target.field.name} has no resolver`);
        const values = argumentValues(target.field, target.path, text);
        // No context and no info: a guard that let the call through would fail on them instead.
        const outcome = await Promise.resolve()
          .then(() => resolve(undefined, values, undefined, undefined as never))
          .then(
            () => null,
            (error: unknown) => error as { extensions?: Record<string, unknown> },
          );
        const ext = outcome?.extensions;
        const expected = { code: 'BAD_USER_INPUT', field: expectedField(target.path), reason: kind === 'nul' ? 'CONTROL_CHARACTER' : 'INVALID_UNICODE' };
        if (ext?.code !== expected.code || ext.field !== expected.field || ext.reason !== expected.reason) {
          misses.push(`${target.typeName}.${target.field.name} ${target.path.join('.')} ${kind}: ${JSON.stringify(ext ?? outcome)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each(ENDPOINTS)('%s: every operation answers BAD_USER_INPUT naming the field for hostile text in variables and inline, never INTERNAL', async (endpoint) => {
    const roots = textArguments(endpointSchema(endpoint).schema, (name) => name === 'Query' || name === 'Mutation');
    expect(roots.length).toBeGreaterThan(40);
    const cases = roots.flatMap((target) => [
      ...Object.entries(HOSTILE).map(([kind, text]) => ({ target, kind, inline: false, text })),
      { target, kind: 'nul', inline: true, text: HOSTILE.nul },
    ]);
    const misses: string[] = [];
    for (let i = 0; i < cases.length; i += 6) {
      await Promise.all(
        cases.slice(i, i + 6).map(async ({ target, kind, inline, text }) => {
          const values = argumentValues(target.field, target.path, text);
          const res = inline
            ? await app.call(endpoint, inlineOperation(target.typeName, target.field, values))
            : await app.call(endpoint, operation(target.typeName, target.field, values), values);
          const ext = res.errors?.[0]?.extensions;
          const wanted: Record<string, unknown> = { code: 'BAD_USER_INPUT' };
          // A date written inline is refused by validation, which does not say where.
          if (target.plainText || !inline) wanted.field = expectedField(target.path);
          if (target.plainText) wanted.reason = kind === 'nul' ? 'CONTROL_CHARACTER' : 'INVALID_UNICODE';
          const ok = res.errors?.length === 1 && Object.entries(wanted).every(([k, v]) => ext?.[k] === v) && !res.data?.[target.field.name];
          if (!ok) misses.push(`${target.typeName}.${target.field.name} ${target.path.join('.')} ${kind}${inline ? ' inline' : ''}: ${res.status} ${JSON.stringify(res.errors)}`);
        }),
      );
    }
    expect(misses).toEqual([]);
  });

  it('the reported examples answer BAD_USER_INPUT and change nothing', async () => {
    const tenant = await makeTenant(app.owner);
    const { customer, account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const staff = await makeStaff(app.owner, tenant.id, 'owner');
    const { token: staffBearer } = await staffToken(app, staff);

    const profile = await app.call('portal', 'mutation($n: String!) { updateProfile(input: { name: $n }) { name } }', { n: HOSTILE.nul }, { token });
    expect(profile.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', reason: 'CONTROL_CHARACTER' });
    const inline = await app.call('portal', 'mutation { updateProfile(input: { phone: "555\\u0000" }) { name } }', {}, { token });
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone', reason: 'CONTROL_CHARACTER' });
    const after = await app.owner.customer.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: customer.id } } });
    expect({ name: after.name, phone: after.phone }).toEqual({ name: customer.name, phone: customer.phone });

    const request = await app.call(
      'portal',
      'mutation($i: SubmitServiceRequestInput!) { submitServiceRequest(input: $i) { id } }',
      { i: { description: `Leaking tap ${HOSTILE.nul}` } },
      { token },
    );
    expect(request.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description', reason: 'CONTROL_CHARACTER' });
    expect(await app.owner.serviceRequest.count({ where: { tenantId: tenant.id } })).toBe(0);

    const card = await app.call('portal', 'mutation($id: ID!) { removePaymentMethod(id: $id) }', { id: HOSTILE.nul }, { token });
    expect(card.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'CONTROL_CHARACTER' });

    const search = await app.call('admin', 'query($s: String) { customers(search: $s) { nodes { id } } }', { s: HOSTILE.nul }, { token: staffBearer });
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', reason: 'CONTROL_CHARACTER' });

    const activity = await app.call(
      'admin',
      'query($id: ID!, $a: String) { customer(id: $id) { activity(after: $a) { nodes { __typename } } } }',
      { id: customer.id, a: HOSTILE.nul },
      { token: staffBearer },
    );
    expect(activity.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'CONTROL_CHARACTER' });
    expect(activity.errors?.[0]?.path).toEqual(['customer', 'activity']);

    for (const field of ['label', 'addressLine1', 'city', 'accessInstructions']) {
      const site = await app.call(
        'admin',
        'mutation($c: ID!, $i: SiteInput!) { createSite(customerId: $c, input: $i) { id } }',
        { c: customer.id, i: { label: 'Home', addressLine1: '1 Main St', city: 'Springfield', [field]: HOSTILE.nul } },
        { token: staffBearer },
      );
      expect(site.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'CONTROL_CHARACTER' });
    }
    expect(await app.owner.site.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it('an unpaired surrogate in an email is BAD_USER_INPUT on every email argument, and nothing is sent or created', async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const staff = await makeStaff(app.owner, tenant.id, 'owner');
    const { token: staffBearer } = await staffToken(app, staff);
    const email = `ana${HOSTILE.loneSurrogate}@example.com`;
    const calls: [Endpoint, string, Record<string, unknown>, string | undefined, string][] = [
      ['portal', 'mutation($i: LoginInput!) { login(input: $i) { __typename } }', { i: { tenantSlug: tenant.slug, email, password: 'secret-secret' } }, undefined, 'email'],
      ['admin', 'mutation($i: StaffLoginInput!) { login(input: $i) { __typename } }', { i: { tenantSlug: tenant.slug, email, password: 'secret-secret' } }, undefined, 'email'],
      [
        'portal',
        'mutation($i: RegisterInput!) { register(input: $i) { __typename } }',
        { i: { tenantSlug: tenant.slug, email, name: 'Ana', password: 'a long enough password' } },
        undefined,
        'email',
      ],
      ['portal', 'mutation($i: EmailLinkRequestInput!) { requestMagicLink(input: $i) }', { i: { tenantSlug: tenant.slug, email } }, undefined, 'email'],
      ['portal', 'mutation($i: EmailLinkRequestInput!) { requestPasswordReset(input: $i) }', { i: { tenantSlug: tenant.slug, email } }, undefined, 'email'],
      ['admin', 'mutation($i: EmailLinkRequestInput!) { requestPasswordReset(input: $i) }', { i: { tenantSlug: tenant.slug, email } }, undefined, 'email'],
      ['portal', 'mutation($i: RequestEmailChangeInput!) { requestEmailChange(input: $i) { email } }', { i: { newEmail: email, currentPassword: 'whatever' } }, token, 'newEmail'],
      ['admin', 'mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id } }', { i: { email, name: 'New', role: 'dispatcher' } }, staffBearer, 'email'],
    ];
    for (const [endpoint, query, variables, bearer, field] of calls) {
      const res = await app.call(endpoint, query, variables, bearer ? { token: bearer } : {});
      expect(res.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'INVALID_UNICODE' });
    }
    expect(await app.owner.portalAccount.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await app.owner.oneTimeToken.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await app.owner.staffUser.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await app.owner.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});
