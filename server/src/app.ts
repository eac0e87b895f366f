// The HTTP surface: both GraphQL endpoints (and their playground), REST routes and the health checks.
import express from 'express';
import type { AppDeps } from './context/context.js';
import { graphqlHandler } from './graphql/http.js';
import { mountPlayground } from './graphql/playground.js';
import { startApolloServer } from './graphql/server.js';
import { restRoutes } from './http/routes.js';

export interface PorticoApp {
  app: express.Express;
  stop: () => Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<PorticoApp> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are never revalidated; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  // X-Forwarded-For is believed only from the proxies named in TRUST_PROXY (by default the
  // web apps' servers on this machine); anyone else could forge it past the per-address limits.
  app.set('trust proxy', deps.config.trustProxy);

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.db.$queryRaw`SELECT 1`;
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const portal = await startApolloServer('portal', deps);
  const admin = await startApolloServer('admin', deps);
  const json = express.json({ limit: '256kb' });
  // A browser opening an endpoint gets GraphiQL (development, or PLAYGROUND=on); GraphQL requests pass on.
  if (deps.config.playground) mountPlayground(app);
  app.use('/graphql/portal', json, graphqlHandler(portal, 'portal', deps));
  app.use('/graphql/admin', json, graphqlHandler(admin, 'admin', deps));
  for (const mount of restRoutes) mount(app, deps);

  // Malformed JSON and the like: a typed error, never a stack trace.
  // Express knows an error handler by its four parameters: `_next` stays though unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status < 500 ? error.status : 500;
    if (status === 500) deps.log.error({ err: error }, 'unhandled HTTP error');
    res.status(status).json({
      errors: [
        { message: status === 500 ? 'Something went wrong on our side.' : 'The request could not be read.', extensions: { code: status === 500 ? 'INTERNAL' : 'BAD_REQUEST' } },
      ],
    });
  });

  return {
    app,
    stop: async () => {
      await Promise.all([portal.stop(), admin.stop()]);
    },
  };
}
