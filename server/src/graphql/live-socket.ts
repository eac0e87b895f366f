// GraphQL subscriptions on both endpoints over the graphql-ws protocol, on the API's own HTTP
// server (ws://…/graphql/portal and /graphql/admin). A socket is signed in when it opens: by the
// session cookie (only from the origins allowed to use it over HTTP) or by a token in the
// connection parameters (`{ authorization: 'Bearer …' }`, API clients). Only subscriptions run
// here; queries and mutations go over HTTP, which opens their transaction. Who may subscribe is
// the door rule of the subscription field (shield does not guard `subscribe`, so it is checked
// here); what each subscriber then receives is checked per event (live/live-visibility.ts).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { GraphQLError, Kind, OperationTypeNode, getOperationAST, subscribe, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import type { IRule } from 'graphql-shield';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppDeps, RequestContext } from '../context/context.js';
import type { Endpoint, Principal } from '../context/principal.js';
import { tokenTypeFor, verifyAccessToken, type TokenClaims } from '../auth/tokens.js';
import { AppError, Unauthenticated } from '../errors/errors.js';
import { originAllowed } from '../http/origins.js';
import { LiveHub, type Ended } from '../live/hub.js';
import { liveSubscriberOf, setLiveSubscriber } from '../live/live-stream.js';
import { admits } from '../platform/door.js';
import { inRequestScope, newContext, type ContextParts } from '../platform/scope.js';
import { SESSION_COOKIE } from '../platform/session-cookie.js';
import { createErrorFormatter } from './format-error.js';
import { parseCookies } from './http.js';
import { endpointSchema } from './schemas.js';

const ENDPOINTS: Record<string, Endpoint> = { '/graphql/portal': 'portal', '/graphql/admin': 'admin' };
const MAX_SUBSCRIPTIONS_PER_SOCKET = 10;
const MAX_QUERY_LENGTH = 8_000;

const subscriptionIds = new WeakMap<object, Set<string>>();
function subscriptionsOf(extra: object): Set<string> {
  let ids = subscriptionIds.get(extra);
  if (!ids) subscriptionIds.set(extra, (ids = new Set()));
  return ids;
}

/** A signed-in socket: whose session it carries. */
interface LiveConnection {
  endpoint: Endpoint;
  claims: TokenClaims;
  principal: Principal;
  socket: WebSocket;
  client: RequestContext['client'];
}

export interface LiveSockets {
  hub: LiveHub;
  /** Open sockets (tests and the bench). */
  readonly open: number;
  stop(): Promise<void>;
}

export async function serveLiveSockets(server: Server, deps: AppDeps): Promise<LiveSockets> {
  const hub = new LiveHub(deps.config.appDatabaseUrl, deps.log);
  await hub.start();
  const connections = new Set<LiveConnection>();
  const formatError = createErrorFormatter(deps.log);
  const servers = new Map<Endpoint, WebSocketServer>();
  const disposers: (() => Promise<void>)[] = [];

  for (const endpoint of ['portal', 'admin'] as const) {
    const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
    servers.set(endpoint, wss);
    const { executable, rules } = endpointSchema(endpoint);
    const queryRules = ruleMap(rules.Query);
    const subscriptionRules = ruleMap(rules.Subscription);
    const signedIn = new WeakMap<object, LiveConnection>();
    const disposable = useServer<Record<string, unknown> | undefined, Extra & Record<PropertyKey, unknown>>(
      {
        schema: executable,
        onConnect: async (ctx) => {
          const connection = await signIn(deps, endpoint, ctx);
          if (!connection) {
            ctx.extra.socket.close(CloseCode.Unauthorized, 'Sign in to receive live updates.');
            return false;
          }
          signedIn.set(ctx.extra, connection);
          connections.add(connection);
          return true;
        },
        // A socket carries a few subscriptions of modest size: each one holds a listener on the hub.
        onSubscribe: (ctx, id, payload) => {
          const active = subscriptionsOf(ctx.extra);
          if (active.size >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
            return [
              new AppError('BAD_USER_INPUT', `A socket carries at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions; close one first.`, { reason: 'TOO_MANY_SUBSCRIPTIONS' }),
            ];
          }
          if (payload.query.length > MAX_QUERY_LENGTH) return [new AppError('BAD_USER_INPUT', 'This subscription is too long.', { reason: 'QUERY_TOO_LARGE' })];
          active.add(id);
          return undefined;
        },
        onComplete: (ctx, id) => {
          subscriptionsOf(ctx.extra).delete(id);
        },
        onClose: (ctx) => {
          const connection = signedIn.get(ctx.extra);
          if (connection) connections.delete(connection);
        },
        context: (ctx) => {
          const connection = signedIn.get(ctx.extra);
          if (!connection) throw new Unauthenticated();
          const parts: ContextParts = { deps, endpoint, requestId: randomUUID(), client: connection.client };
          const context = newContext({ ...parts, principal: connection.principal });
          setLiveSubscriber(context, {
            hub,
            parts: { deps, endpoint, client: connection.client },
            claims: connection.claims,
            tenantId: connection.claims.tenantId,
            queryRules,
            sessionEnded: () => {
              connection.socket.close(CloseCode.Unauthorized, 'Your session has ended. Please sign in again.');
            },
          });
          return context;
        },
        subscribe: async (args: ExecutionArgs) => {
          const operation = getOperationAST(args.document, args.operationName);
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
            return { errors: [new AppError('BAD_USER_INPUT', 'Only subscriptions are served over the WebSocket; send queries and mutations over HTTP.')] };
          }
          // The door of each root field, in a scope opened with the socket's session (checked again).
          const context = args.contextValue as RequestContext;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
          const refusal = await doorRefusal(context, fields, subscriptionRules);
          if (refusal) return { errors: [refusal] };
          return subscribe(args);
        },
        execute: () => ({ errors: [new AppError('BAD_USER_INPUT', 'Only subscriptions are served over the WebSocket; send queries and mutations over HTTP.')] }),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((e) => format(formatError, e)) } : result),
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(formatError, e)),
      },
      wss,
      // Pings keep proxies from closing a quiet socket and find dead ones.
      20_000,
    );
    disposers.push(async () => {
      await disposable.dispose();
    });
  }

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const endpoint = ENDPOINTS[new URL(request.url ?? '/', 'http://localhost').pathname];
    const wss = endpoint ? servers.get(endpoint) : undefined;
    if (!wss) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  // A revoked session, a password change or a deactivation closes the sockets it opened.
  const stopEnded = hub.onEnded((ended: Ended) => {
    for (const c of connections) {
      const principal = c.principal;
      const matches =
        ('session' in ended && c.claims.sessionId === ended.session) ||
        ('staff' in ended && principal.kind === 'staff' && principal.staffUserId === ended.staff) ||
        ('account' in ended && principal.kind === 'customer' && principal.accountId === ended.account);
      if (matches) c.socket.close(CloseCode.Unauthorized, 'Your session has ended. Please sign in again.');
    }
  });

  let stopping: Promise<void> | undefined;
  return {
    hub,
    get open() {
      return connections.size;
    },
    stop: () =>
      (stopping ??= (async () => {
        server.off('upgrade', onUpgrade);
        stopEnded();
        // Clients reconnect elsewhere (or here, after a restart) with the last position they saw.
        await Promise.all(disposers.map((d) => d()));
        for (const wss of servers.values()) for (const client of wss.clients) client.terminate();
        await hub.stop();
      })()),
  };
}

function ruleMap(entry: unknown): Record<string, IRule | undefined> {
  return entry && typeof entry === 'object' ? (entry as Record<string, IRule | undefined>) : {};
}

async function signIn(deps: AppDeps, endpoint: Endpoint, ctx: Context<Record<string, unknown> | undefined, Extra & Record<PropertyKey, unknown>>): Promise<LiveConnection | null> {
  const { request, socket } = ctx.extra;
  const param = ctx.connectionParams?.authorization;
  const bearer = typeof param === 'string' && param.startsWith('Bearer ') ? param.slice(7).trim() : null;
  const cookie = bearer ? null : (parseCookies(request.headers.cookie)[SESSION_COOKIE[endpoint]] ?? null);
  const token = bearer ?? cookie;
  if (!token) return null;
  const now = deps.now();
  const claims = await verifyAccessToken(deps.config.jwtSecret, token, tokenTypeFor(endpoint), now);
  if (!claims) return null;
  if (cookie) {
    // The same rule as cookies over HTTP: only the allowed origins may ride on a browser's session.
    const check = { allowed: deps.config.allowedOrigins, endpoint, tenantId: claims.tenantId, db: deps.db, production: deps.config.env === 'production' };
    if (!(await originAllowed(request.headers.origin, check))) return null;
  }
  const client = { ip: request.socket.remoteAddress ?? null, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null };
  const principal = await inRequestScope({ deps, endpoint, client, now }, claims, (scoped) => Promise.resolve(scoped.principal));
  if (principal.kind === 'anonymous') return null;
  return { endpoint, claims, principal, socket, client };
}

async function doorRefusal(context: RequestContext, fields: string[], rules: Record<string, IRule | undefined>): Promise<GraphQLError | null> {
  const { parts, claims } = liveSubscriberOf(context);
  // The rule runs in a scope of the subscriber's own, as it would for a query (features read the
  // tenant), and the session is checked again on the way.
  return inRequestScope(parts, claims, async (scoped) => {
    if (scoped.principal.kind === 'anonymous') return new Unauthenticated('Your session has ended. Please sign in again.');
    for (const field of fields) {
      const admitted = await admits(rules[field], scoped);
      if (admitted !== true) return admitted instanceof GraphQLError ? admitted : new AppError('FORBIDDEN', admitted.message);
    }
    return null;
  });
}

function format(formatError: ReturnType<typeof createErrorFormatter>, error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  return error instanceof GraphQLError ? formatError(error.toJSON(), error) : formatError(error, error);
}
