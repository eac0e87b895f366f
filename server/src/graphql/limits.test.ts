// What every client gets from the API's edges: typed errors for bad input, bounded queries,
// no schema hints and no internals in errors.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { LIMITS } from './server.js';
import { customerToken, makeCustomer, makeTenant } from '../test/factory.js';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app.owner);
  const { account } = await makeCustomer(app.owner, tenant.id);
  if (!account) throw new Error('account expected');
  token = (await customerToken(app, account)).token;
});
afterAll(() => app.close());

describe('bad input', () => {
  it('a value of the wrong type is BAD_USER_INPUT naming the argument', async () => {
    const res = await app.call('portal', 'query($first: Int) { invoices(first: $first) { nodes { id } } }', { first: 'ten' }, { token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('a page size over the limit is BAD_USER_INPUT naming the field', async () => {
    const res = await app.call('portal', '{ invoices(first: 101) { nodes { id } } }', {}, { token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.errors?.[0]?.message).toMatch(/at most 100/);
  });

  it('a forged page cursor is BAD_USER_INPUT, not an internal error', async () => {
    const res = await app.call('portal', '{ invoices(after: "not-a-cursor") { nodes { id } } }', {}, { token });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a malformed id is NOT_FOUND and leaks nothing of the database', async () => {
    const res = await app.call('portal', '{ invoice(id: "1; DROP TABLE invoices") { id } }', {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/prisma|postgres|uuid|stack|SELECT/i);
  });

  it('malformed JSON gets a typed error without a stack trace', async () => {
    const raw = await fetch(`${app.url}/graphql/portal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(raw.status).toBe(400);
    const body = await raw.text();
    expect(body).not.toMatch(/at .*\.js|stack/i);
    expect((JSON.parse(body) as { errors: { extensions: { code: unknown } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('queries that do not parse', () => {
  const post = (body: string) => fetch(`${app.url}/graphql/portal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const cases: [string, () => string][] = [
    ['an unfinished query', () => '{"query":"{ __typename"}'],
    ['more tokens than the limit', () => JSON.stringify({ query: `{ ${'__typename '.repeat(LIMITS.maxTokens + 10)}}` })],
    // JSON's \ud800 escape puts an unpaired surrogate inside the GraphQL string literal.
    ['an unpaired surrogate written inline', () => '{"query":"{ portalTenant(slug: \\"\\ud800\\") { name } }"}'],
  ];

  it.each(cases)('%s answers 400 BAD_USER_INPUT and is logged at info, not as an error', async (_name, body) => {
    const error = vi.spyOn(app.deps.log, 'error');
    const info = vi.spyOn(app.deps.log, 'info');
    try {
      const raw = await post(body());
      expect(raw.status).toBe(400);
      const json = (await raw.json()) as { errors: { message: string; extensions: Record<string, unknown> }[]; data?: unknown };
      expect(json.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
      expect(json.errors[0]?.message).toMatch(/^Syntax Error/);
      expect(json.data ?? null).toBeNull();
      expect(error).not.toHaveBeenCalled();
      expect(info).toHaveBeenCalledWith(expect.objectContaining({ reason: 'GRAPHQL_PARSE_FAILED' }), expect.any(String));
    } finally {
      error.mockRestore();
      info.mockRestore();
    }
  });
});

describe('query limits', () => {
  it('too many aliases are refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: portalTenant(slug: "x") { name }`).join(' ');
    const res = await app.call('portal', `{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('field suggestions are not given', async () => {
    const res = await app.call('portal', '{ invoicez { nodes { id } } }', {}, { token });
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('in production no error suggests a name: enum values, input fields, arguments, types and fields alike', async () => {
    const production = await startTestApp({ env: 'production' });
    try {
      const calls: [string, Record<string, unknown>][] = [
        ['query($s: InvoiceStatus) { invoices(status: $s) { nodes { id } } }', { s: 'paidd' }],
        ['query($s: [InvoiceStatus!]) { a: invoices(status: $s) { nodes { id } } }', { s: ['unpayd'] }],
        ['{ invoices(status: paidd) { nodes { id } } }', {}],
        ['mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { name } }', { i: { nme: 'Ana' } }],
        ['mutation { updateProfile(input: { nme: "Ana" }) { name } }', {}],
        ['{ invoices(statuz: paid) { nodes { id } } }', {}],
        ['query($s: InvoiceStatuz) { invoices(status: $s) { nodes { id } } }', {}],
        ['{ invoicez { nodes { id } } }', {}],
        ['{ invoices { nodez { id } } }', {}],
        ['{ invoices { ... on Invoise { id } } }', {}],
      ];
      for (const [query, variables] of calls) {
        const res = await production.call('portal', query, variables, { token });
        expect(res.errors?.length, query).toBeGreaterThan(0);
        for (const e of res.errors ?? []) {
          expect(e.extensions?.code, query).toBe('BAD_USER_INPUT');
          expect(e.message, query).not.toMatch(/did you mean|suggestion/i);
          expect(e.message, query).not.toMatch(/"(paid|unpaid|void|name|status|InvoiceStatus|invoices|nodes|Invoice)"\?/);
        }
      }
    } finally {
      await production.close();
    }
  });

  it('introspection works in development and is off in production', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await app.call('portal', query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const production = await startTestApp({ env: 'production' });
    try {
      const res = await production.call('portal', query);
      expect(res.errors?.[0]).toBeDefined();
      expect(res.data ?? null).toBeNull();
    } finally {
      await production.close();
    }
  });

  it('the staff schema cannot be explored from the portal endpoint', async () => {
    const res = await app.call<{ __schema: { queryType: { fields: { name: string }[] } } }>('portal', '{ __schema { queryType { fields { name } } } }');
    const names = res.data?.__schema.queryType.fields.map((f) => f.name) ?? [];
    expect(names).toContain('invoices');
    expect(names).not.toContain('customers');
  });
});

describe('cookies and origins', () => {
  it('a cookie from an allowed origin works; from another origin it is refused', async () => {
    const cookie = `portico_portal_session=${token}`;
    const ok = await app.call('portal', '{ me { id } }', {}, { cookie, origin: TEST_ORIGIN });
    expect(ok.errors).toBeUndefined();
    const evil = await app.call('portal', '{ me { id } }', {}, { cookie, origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const none = await app.call('portal', '{ me { id } }', {}, { cookie });
    expect(none.status).toBe(403);
  });
});

describe('health', () => {
  it('/healthz and /readyz answer', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});
