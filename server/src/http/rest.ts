// Plain HTTP routes beside GraphQL: files behind signed links, public feeds. Each route builds
// the same RequestContext resolvers get, so services are shared between both.
import type express from 'express';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { isSignedInContext, type AppDeps, type RequestContext, type SignedInContext } from '../context/context.js';
import { featureRefusal, type PortalFeature } from '../platform/features.js';
import type { Endpoint } from '../context/principal.js';
import { inRequestScope } from '../platform/scope.js';
import { AppError, type ErrorCode } from '../errors/errors.js';
import { FileRefused } from '../storage/file-types.js';
import type { TokenClaims } from '../auth/tokens.js';
import type { FileReply, FileRequest } from '../platform/files.js';
import { verifySignedLink, type LinkedResource } from '../platform/signed-links.js';

/** A domain's REST routes, mounted by app.ts. */
export type RestRoutes = (app: express.Express, deps: AppDeps) => void;

export function requestIdOf(req: Request): string {
  return (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
}

/** Who sent a request, as services may record it. */
export function clientOf(req: Request): RequestContext['client'] {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent']?.slice(0, 300) ?? null };
}

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
    res.status(error instanceof FileRefused ? error.httpStatus : HTTP_STATUS[code]);
    // A refused body may be left unread: close rather than reuse the connection.
    if (error instanceof FileRefused) res.setHeader('connection', 'close');
    res.json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  deps.log.error({ err: error }, 'REST route failed');
  res.status(500).json({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL' } }] });
}

/** Runs one file request: the signed link is checked, errors answer as GraphQL's would. */
function linkedRoute(
  deps: AppDeps,
  resource: LinkedResource,
  handle: (link: { req: Request; res: Response; id: string; claims: TokenClaims; requestId: string; now: Date }) => Promise<void>,
) {
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    const now = deps.now();
    const id = String(req.params.id);
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    try {
      const claims = await verifySignedLink(deps.config.jwtSecret, token, resource, id, now);
      if (!claims) throw linkNotValid();
      await handle({ req, res, id, claims, requestId, now });
    } catch (error) {
      sendError(res, deps, error);
    }
  };
}

/**
 * Runs `work` in the row-level-security scope of the session that asked for the link, after
 * re-checking that this session is still live.
 */
function inLinkScope<T>(
  deps: AppDeps,
  link: { req: Request; claims: TokenClaims; requestId: string; now: Date },
  door: FileDoor,
  work: (ctx: SignedInContext) => Promise<T>,
): Promise<T> {
  const { req, claims, requestId, now } = link;
  const endpoint: Endpoint = claims.typ === 'customer' ? 'portal' : 'admin';
  return inRequestScope({ deps, endpoint, requestId, now, client: clientOf(req) }, claims, async (ctx) => {
    if (!isSignedInContext(ctx)) throw linkNotValid();
    const feature = door[ctx.principal.kind];
    const refusal = feature ? await featureRefusal(ctx, feature) : null;
    if (refusal) throw refusal;
    return work(ctx);
  });
}

/**
 * A file route's door, as @Allow is a GraphQL operation's: the portal feature the business must
 * have on for each kind of caller (FORBIDDEN, reason FEATURE_OFF, otherwise). Who the caller is
 * was settled by the signed link and the live session it names.
 */
export type FileDoor = Partial<Record<SignedInContext['principal']['kind'], PortalFeature>>;

/**
 * GET /files/v1/<resource>/:id?token=…[&disposition=inline] — checks the signed link, re-checks that the session
 * that asked for it is still live, then runs `serve` in that caller's row-level-security scope.
 * `serve` answers NotFound for anything the caller may not see, like GraphQL does.
 */
export function fileRoute(
  app: express.Express,
  deps: AppDeps,
  resource: LinkedResource,
  serve: (ctx: SignedInContext, id: string, request: FileRequest) => Promise<FileReply>,
  door: FileDoor = {},
): void {
  app.get(
    `/files/v1/${resource}/:id`,
    linkedRoute(deps, resource, async (link) => {
      const request: FileRequest = link.req.query.disposition === 'inline' ? { disposition: 'inline' } : {};
      const reply = await inLinkScope(deps, link, door, (ctx) => serve(ctx, link.id, request));
      sendFile(link.res, reply);
    }),
  );
}

/**
 * PUT /files/v1/<resource>/:id?token=… with the raw bytes as the body, at most `maxBytes`
 * (413 beyond, read no further). The body is read before the transaction opens, so a slow
 * upload holds no database connection; `receive` then runs like `serve` above and its result
 * is answered as JSON.
 */
export function uploadRoute(
  app: express.Express,
  deps: AppDeps,
  resource: LinkedResource,
  maxBytes: number,
  receive: (ctx: SignedInContext, id: string, bytes: Buffer) => Promise<object>,
  door: FileDoor = {},
): void {
  app.put(
    `/files/v1/${resource}/:id`,
    linkedRoute(deps, resource, async (link) => {
      const bytes = await readBody(link.req, maxBytes);
      const result = await inLinkScope(deps, link, door, (ctx) => receive(ctx, link.id, bytes));
      link.res.status(200).json(result);
    }),
  );
}

function tooLarge(maxBytes: number): FileRefused {
  return new FileRefused(413, `This file is too large. Files can be at most ${Math.floor(maxBytes / (1024 * 1024))} MB.`);
}

async function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Stop buffering at once; the connection is closed after the answer.
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
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
  body.pipe(res);
}

/** RFC 6266 with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
