// Plain HTTP routes beside GraphQL: files behind signed links, public feeds. Each route builds
// the same RequestContext resolvers get, so services are shared between both.
import type express from 'express';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AppDeps, CookieSink, RequestContext } from '../context/context.js';
import type { Endpoint, Principal } from '../context/principal.js';
import type { Tx } from '../db/client.js';
import { openRequestScope } from '../auth/sessions.js';
import { AppError, type ErrorCode } from '../errors/errors.js';
import { verifySignedLink, type LinkedResource } from './signed-links.js';

/** A domain's REST routes, mounted by app.ts. */
export type RestRoutes = (app: express.Express, deps: AppDeps) => void;

export function requestIdOf(req: Request): string {
  return (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
}

export function buildRequestContext(
  req: Request,
  deps: AppDeps,
  parts: { requestId: string; endpoint: Endpoint; principal: Principal; tx: Tx | null; cookies: CookieSink; now: Date },
): RequestContext {
  return {
    requestId: parts.requestId,
    endpoint: parts.endpoint,
    deps,
    principal: parts.principal,
    tx: parts.tx,
    client: { ip: req.ip ?? null, userAgent: req.headers['user-agent']?.slice(0, 300) ?? null },
    cookies: parts.cookies,
    log: deps.log.child({ requestId: parts.requestId, endpoint: parts.endpoint }),
    now: () => parts.now,
    loaders: new Map(),
  };
}

const NO_COOKIES: CookieSink = { set: () => undefined, clear: () => undefined };

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Answers an error as the GraphQL endpoints would: a message and a code, nothing internal. */
export function sendError(res: Response, deps: AppDeps, error: unknown): void {
  if (error instanceof AppError) {
    const code = (error.extensions.code as ErrorCode | undefined) ?? 'INTERNAL';
    res.status(HTTP_STATUS[code]).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  deps.log.error({ err: error }, 'REST route failed');
  res.status(500).json({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL' } }] });
}

export interface FileReply {
  body: Buffer | Uint8Array | NodeJS.ReadableStream;
  contentType: string;
  fileName: string;
  /** inline to show in the browser (PDF, images), attachment to save. */
  disposition: 'inline' | 'attachment';
  sizeBytes?: number;
}

/**
 * GET /files/v1/<resource>/:id?token=… — checks the signed link, re-checks that the session
 * that asked for it is still live, then runs `serve` in that caller's row-level-security scope.
 * `serve` answers NotFound for anything the caller may not see, like GraphQL does.
 */
export function fileRoute(
  app: express.Express,
  deps: AppDeps,
  resource: LinkedResource,
  serve: (ctx: RequestContext, id: string) => Promise<FileReply>,
): void {
  app.get(`/files/v1/${resource}/:id`, async (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const now = deps.now();
    const id = String(req.params.id);
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    try {
      const claims = await verifySignedLink(deps.config.jwtSecret, token, resource, id, now);
      if (!claims) throw linkNotValid();
      const reply = await deps.db.$transaction(
        async (tx) => {
          const principal = await openRequestScope(tx, claims, now);
          if (!principal) throw linkNotValid();
          const endpoint: Endpoint = principal.kind === 'staff' ? 'admin' : 'portal';
          const ctx = buildRequestContext(req, deps, { requestId, endpoint, principal, tx, cookies: NO_COOKIES, now });
          return serve(ctx, id);
        },
        { maxWait: 10_000, timeout: 30_000 },
      );
      sendFile(res, reply);
    } catch (error) {
      sendError(res, deps, error);
    }
  });
}

function linkNotValid(): AppError {
  return new AppError('NOT_FOUND', 'This link has expired or is not valid. Go back and open the file again.');
}

function sendFile(res: Response, reply: FileReply): void {
  res.status(200);
  res.setHeader('content-type', reply.contentType);
  res.setHeader('content-disposition', contentDisposition(reply.disposition, reply.fileName));
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  // A file shown inline runs no script and reaches nothing, whatever it contains.
  res.setHeader('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  if (reply.sizeBytes !== undefined) res.setHeader('content-length', String(reply.sizeBytes));
  const { body } = reply;
  if (body instanceof Uint8Array) {
    res.end(body);
    return;
  }
  (body as NodeJS.ReadableStream).pipe(res);
}

/** RFC 6266 with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
