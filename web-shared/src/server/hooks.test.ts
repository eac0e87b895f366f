// The web apps' forwarding of API routes, against a stand-in API on a real port: what reaches
// the API, what comes back, and what is refused before it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEvent } from '@sveltejs/kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiProxy } from './hooks';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const ETAG = '"logo-1"';
let api: Server;
let apiUrl = '';
let seen: Seen[] = [];

beforeAll(async () => {
  api = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (req.url?.startsWith('/public/v1/')) {
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      res.setHeader('etag', ETAG);
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('set-cookie', 'tracking=1');
      if (req.headers['if-none-match'] === ETAG) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(PNG.length) });
      res.end(req.method === 'HEAD' ? undefined : PNG);
      return;
    }
    res.setHeader('set-cookie', 'session=abc; HttpOnly');
    res.writeHead(200, { 'content-type': 'text/plain' }).end('file');
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      api.close(() => {
        resolve();
      });
    }),
);
beforeEach(() => {
  seen = [];
});

const handle = createApiProxy({ graphqlPath: '/graphql/portal', apiUrl: () => apiUrl });

/** What the app answers a browser's request at `path` (a page is answered "page" without the API). */
async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const url = new URL(path, 'http://portal.example.com');
  const event = {
    url,
    request: new Request(url, init),
    getClientAddress: () => '203.0.113.9',
    cookies: { get: () => undefined },
    locals: {},
  } as unknown as RequestEvent;
  return handle({
    event,
    resolve: () => Promise.resolve(new Response('page')),
  });
}

const browserHeaders = { cookie: 'portico_session=secret', authorization: 'Bearer secret', 'user-agent': 'Chromium' };

describe('public API resources (/public/v1/*)', () => {
  it('are forwarded to the API with their cache headers, without the browser credentials or a cookie back', async () => {
    const res = await request('/public/v1/tenants/acme/logo/1.png', { headers: browserHeaders });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('etag')).toBe(ETAG);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/public/v1/tenants/acme/logo/1.png' });
    expect(seen[0]?.headers).toMatchObject({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-host': 'portal.example.com', 'user-agent': 'Chromium' });
    expect(seen[0]?.headers.cookie).toBeUndefined();
    expect(seen[0]?.headers.authorization).toBeUndefined();
  });

  it('keep the query string and answer a conditional request 304, without a body', async () => {
    const res = await request('/public/v1/tenants/acme/reviews?limit=2', { headers: { 'if-none-match': ETAG } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(ETAG);
    expect(await res.text()).toBe('');
    expect(seen[0]).toMatchObject({ url: '/public/v1/tenants/acme/reviews?limit=2', headers: { 'if-none-match': ETAG } });
  });

  it('answer HEAD with the headers only', async () => {
    const res = await request('/public/v1/tenants/acme/logo/1.png', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(await res.text()).toBe('');
    expect(seen[0]?.method).toBe('HEAD');
  });

  it('refuse any other method with 405 before reaching the API', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await request('/public/v1/tenants/acme/logo/1.png', { method, body: 'x', headers: browserHeaders });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    expect(seen).toEqual([]);
  });
});

describe('the other forwarded routes', () => {
  it('files keep the session cookie both ways', async () => {
    const res = await request('/files/v1/documents/1?token=t', { headers: browserHeaders });
    expect(await res.text()).toBe('file');
    expect(res.headers.get('set-cookie')).toBe('session=abc; HttpOnly');
    expect(seen[0]?.headers.cookie).toBe('portico_session=secret');
  });

  it('pages are the app’s own, and a look-alike path is not forwarded', async () => {
    for (const path of ['/acme/login', '/publicity', '/public/v2/x']) {
      expect(await (await request(path)).text()).toBe('page');
    }
    expect(seen).toEqual([]);
  });
});
