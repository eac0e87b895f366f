// The GraphQL playground is served by the API itself (offline), and only where it should be.
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../test/app.js';
import { customerToken, makeCustomer, makeTenant } from '../test/factory.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

async function openPage(app: TestApp, endpoint: 'portal' | 'admin'): Promise<Response> {
  return fetch(`${app.url}/graphql/${endpoint}`, { headers: { accept: BROWSER_ACCEPT } });
}

/** Every URL the page's tags load (scripts, styles, icons ...). */
function linkedUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1] ?? '');
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ playground: true });
});
afterAll(() => app.close());

describe('the GraphQL playground', () => {
  it.each(['portal', 'admin'] as const)(
    'a browser opening /graphql/%s gets GraphiQL, every script and style served by the API itself; GraphQL clients there are answered as before',
    async (endpoint) => {
      const page = await openPage(app, endpoint);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('id="graphiql"');
      expect(html).toContain(`data-endpoint="${endpoint}"`);

      // Nothing from elsewhere, neither linked nor allowed by the page's policy.
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
      expect(html).not.toMatch(/https?:/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: every one is a file

      const urls = linkedUrls(html);
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
      const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThanOrEqual(4); // react, react-dom, graphiql, the page's own
      expect(styles.length).toBeGreaterThanOrEqual(1);
      for (const url of urls) {
        expect(url, url).not.toMatch(/^(?:[a-z]+:|\/\/)/i);
        const resolved = new URL(url, `${app.url}/graphql/${endpoint}`);
        expect(resolved.origin).toBe(app.url);
        expect(resolved.pathname).toMatch(/^\/graphql\/assets\//);
        const res = await fetch(resolved);
        expect(res.status, url).toBe(200);
        expect(res.headers.get('content-type'), url).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
        expect(res.headers.get('cache-control'), url).toContain('immutable');
        const body = await res.text();
        expect(body.length, url).toBeGreaterThan(0);
        if (url.endsWith('.js')) expect(() => new Script(body, { filename: url }), url).not.toThrow(); // it parses
      }
      expect((await fetch(`${app.url}/graphql/assets/graphiql.000000000000.js`)).status).toBe(404);

      // GraphQL clients at the same address are answered as before.
      const asJson = await fetch(`${app.url}/graphql/${endpoint}`, { headers: { accept: 'application/json' } });
      expect(asJson.headers.get('content-type')).not.toMatch(/html/);
      await asJson.body?.cancel();
      const getQuery = await fetch(`${app.url}/graphql/${endpoint}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
      });
      expect(await getQuery.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await app.call(endpoint, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    },
  );

  it("a session cookie is accepted from the API's own address while the playground is on, and from nowhere else new", async () => {
    const tenant = await makeTenant(app.owner);
    const { account } = await makeCustomer(app.owner, tenant.id);
    const { token } = await customerToken(app, account!);
    const cookie = `portico_portal_session=${token}`;
    const own = await app.call<{ me: { id: string } }>('portal', '{ me { id } }', {}, { cookie, origin: app.url });
    expect(own.errors).toBeUndefined();
    expect(own.data?.me.id).toBe(account!.customerId);
    expect((await app.call('portal', '{ me { id } }', {}, { cookie, origin: 'http://evil.example' })).status).toBe(403);
    // A page of another address relayed by a proxy does not pass for the API's own.
    const relayed = await app.call('portal', '{ me { id } }', {}, { cookie, origin: 'http://evil.example', headers: { 'x-forwarded-host': 'evil.example' } });
    expect(relayed.status).toBe(403);
    expect((await app.call('portal', '{ me { id } }', {}, { cookie, origin: TEST_ORIGIN })).errors).toBeUndefined();

    const off = await startTestApp({ playground: false });
    try {
      const refused = await off.call('portal', '{ me { id } }', {}, { cookie, origin: off.url });
      expect(refused.status).toBe(403);
    } finally {
      await off.close();
    }
  });
});

describe('the playground in production', () => {
  const env = {
    DATABASE_URL: 'postgresql://x/y',
    APP_DATABASE_URL: 'postgresql://x/z',
    JWT_SECRET: 'x'.repeat(32),
    STORAGE_MASTER_KEY: '07'.repeat(32),
    SIGNING_CERT_P12_BASE64: 'cDEy',
  };

  it('is on in development and test, off in production unless PLAYGROUND=on', () => {
    expect(readConfig({ ...env }).playground).toBe(true);
    expect(readConfig({ ...env, NODE_ENV: 'test' }).playground).toBe(true);
    expect(readConfig({ ...env, PLAYGROUND: 'off' }).playground).toBe(false);
    expect(readConfig({ ...env, NODE_ENV: 'production' }).playground).toBe(false);
    expect(readConfig({ ...env, NODE_ENV: 'production', PLAYGROUND: 'on' }).playground).toBe(true);
    expect(() => readConfig({ ...env, PLAYGROUND: 'yes' })).toThrow(/PLAYGROUND/);
  });

  it('off: no page and no assets (the endpoint answers GraphQL only)', async () => {
    const { scripts } = await pageAssets(app);
    const production = await startTestApp({ env: 'production', playground: readConfig({ ...env, NODE_ENV: 'production' }).playground });
    try {
      const page = await openPage(production, 'portal');
      expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
      expect(await page.text()).not.toContain('graphiql');
      for (const script of scripts) expect((await fetch(new URL(script, `${production.url}/graphql/portal`))).status).toBe(404);
    } finally {
      await production.close();
    }
  });

  it('PLAYGROUND=on: the page is served, introspection stays off', async () => {
    const production = await startTestApp({ env: 'production', playground: readConfig({ ...env, NODE_ENV: 'production', PLAYGROUND: 'on' }).playground });
    try {
      const page = await openPage(production, 'admin');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="graphiql"');
      const introspection = await production.call('admin', '{ __schema { queryType { name } } }');
      expect(introspection.data ?? null).toBeNull();
      expect(introspection.errors?.[0]).toBeDefined();
    } finally {
      await production.close();
    }
  });
});

async function pageAssets(app: TestApp): Promise<{ scripts: string[] }> {
  const html = await (await openPage(app, 'portal')).text();
  return { scripts: [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '') };
}
