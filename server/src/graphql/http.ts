// Serves one GraphQL endpoint over express. Unlike the stock integration it wraps each
// signed-in request in one transaction scoped by row-level security, and rolls that
// transaction back when the operation reports an error, so a failed mutation changes nothing.
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps, CookieSink, RequestContext } from '../context/context.js';
import { ANONYMOUS, type Endpoint } from '../context/principal.js';
import { inRequestScope, newContext } from '../platform/scope.js';
import { SESSION_COOKIE } from '../platform/session-cookie.js';
import { tokenTypeFor, verifyAccessToken } from '../auth/tokens.js';
import { originAllowed } from '../http/origins.js';
import { clientOf, requestIdOf } from '../http/rest.js';
import { idempotentGraphQL, idempotentMutations } from './idempotent-request.js';

class Rollback extends Error {
  constructor(readonly response: HTTPGraphQLResponse) {
    super('rollback');
  }
}

export function graphqlHandler(server: ApolloServer<RequestContext>, endpoint: Endpoint, deps: AppDeps): RequestHandler {
  idempotentMutations(endpoint); // fails at startup when a module lists a mutation that does not exist
  return async (req, res) => {
    const requestId = requestIdOf(req);
    const log = deps.log.child({ requestId, endpoint });
    res.setHeader('x-request-id', requestId);
    const now = deps.now();
    const startedAt = Date.now();
    const credentials = readCredentials(req, endpoint);
    const claims = credentials ? await verifyAccessToken(deps.config.jwtSecret, credentials.token, tokenTypeFor(endpoint), now) : null;
    if (credentials?.source === 'cookie') {
      // Cookies ride along on cross-site requests; only our own web apps (and a business's
      // portal at its own domain, for its own sessions) may use them.
      const check = { allowed: deps.config.allowedOrigins, endpoint, tenantId: claims?.tenantId, db: deps.db, production: deps.config.env === 'production' };
      if (!(deps.config.playground && fromPlayground(req)) && !(await originAllowed(req.headers.origin, check))) {
        res.status(403).json({ errors: [{ message: 'This request did not come from an allowed origin.', extensions: { code: 'FORBIDDEN' } }] });
        return;
      }
    }
    const parts = { deps, endpoint, requestId, now, client: clientOf(req), cookies: cookieSink(res, deps.config.env === 'production') };
    const execute = async (ctx: RequestContext) => {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers: toHeaderMap(req),
          search: new URL(req.url, 'http://localhost').search,
          body: req.body,
        },
        context: () => Promise.resolve(ctx),
      });
      return { response, failed: (response.status ?? 200) >= 400 || ctx.outcome.errors };
    };

    let response: HTTPGraphQLResponse;
    if (!claims) {
      ({ response } = await execute(newContext({ ...parts, principal: credentials ? { kind: 'anonymous', sessionEnded: true } : ANONYMOUS })));
    } else {
      try {
        response = await inRequestScope(parts, claims, async (ctx) => {
          const { tx, principal } = ctx;
          if (!tx || principal.kind === 'anonymous') return (await execute(ctx)).response;
          // With an Idempotency-Key on a create, a repeated request replays the first answer.
          const result = await idempotentGraphQL({ ...ctx, tx }, { header: req.headers['idempotency-key'], body: req.body }, () => execute(ctx));
          if (result.failed) throw new Rollback(result.response);
          return result.response;
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
        response = error.response;
      }
    }
    await send(res, response);
    log.info({ operation: operationName(req.body), status: res.statusCode, principal: claims?.typ ?? 'anonymous', ms: Date.now() - startedAt }, 'graphql request');
  };
}

/**
 * The playground is served by the API itself, so its requests come from the origin of the API's
 * own address: the Host the browser sent (not a forwarded one, so requests the web apps relay for
 * their own and businesses' domains keep the usual checks; the scheme may come from a trusted
 * proxy). Only the API's own pages make a browser send that Origin, and only the playground runs
 * scripts there.
 */
function fromPlayground(req: Request): boolean {
  const { origin, host } = req.headers;
  return origin !== undefined && host !== undefined && origin === `${req.protocol}://${host}`;
}

function operationName(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || !('operationName' in body)) return undefined;
  return typeof body.operationName === 'string' ? body.operationName.slice(0, 100) : undefined;
}

function readCredentials(req: Request, endpoint: Endpoint): { token: string; source: 'bearer' | 'cookie' } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), source: 'bearer' };
  const cookie = parseCookies(req.headers.cookie)[SESSION_COOKIE[endpoint]];
  return cookie ? { token: cookie, source: 'cookie' } : null;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie is ignored like a missing one.
    }
  }
  return out;
}

function cookieSink(res: Response, secure: boolean): CookieSink {
  const base = { httpOnly: true, secure, sameSite: 'lax' as const, path: '/' };
  return {
    set: (name, value, { maxAgeSeconds }) => void res.cookie(name, value, { ...base, maxAge: maxAgeSeconds * 1000 }),
    clear: (name) => void res.clearCookie(name, base),
  };
}

function toHeaderMap(req: Request): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function send(res: Response, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.send(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
