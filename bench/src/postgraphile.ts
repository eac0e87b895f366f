// The bench's second yardstick: PostGraphile v5 over Portico's own tables, as a PostGraphile team
// would run it. It connects as the application role; each request's verified Bearer token becomes
// the same per-request settings Portico's app_open_request() sets for a customer (app.tenant_id,
// app.role, app.customer_id, app.staff_id, app.staff_role), passed as pgSettings, so row-level
// security does the isolation. The session is checked as Portico checks it, with
// app_open_request() itself (one statement before PostGraphile's own transaction).
// The schema is PostGraphile's generated one over `public` plus the bench_pgl additions
// (postgraphile-schema.ts). Run as a child process: `node bench/dist/postgraphile.js` with
// APP_DATABASE_URL, JWT_SECRET, PORT.
import './node20-polyfills.js';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';
import { verifyAccessToken } from '@portico/server/tokens';
import { POSTGRAPHILE_SCHEMA } from './postgraphile-schema.js';

export interface PostgraphileDeps {
  pool: pg.Pool;
  jwtSecret: Uint8Array;
  /** Called with every SQL statement sent on the pool's connections, to count them. */
  onQuery?: (sql: string) => void;
  now?: () => Date;
}

/** Reports every statement a connection of the pool sends (PostGraphile's and the session check). */
function countQueries(pool: pg.Pool, onQuery: (sql: string) => void): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const counted = (...args: unknown[]) => {
      const config = args[0];
      onQuery(typeof config === 'string' ? config : config && typeof config === 'object' && 'text' in config ? String(config.text) : '?');
      return query(...args);
    };
    Object.assign(client, { query: counted });
  });
}

/** The settings row-level security needs for the signed-in customer, or why the request may not go on. */
type Opened = { settings: Record<string, string> } | { refused: string };

async function openRequest(deps: PostgraphileDeps, req: IncomingMessage): Promise<Opened> {
  const header = req.headers.authorization;
  const now = deps.now?.() ?? new Date();
  const claims = header?.startsWith('Bearer ') ? await verifyAccessToken(deps.jwtSecret, header.slice(7).trim(), 'customer', now) : null;
  if (!claims?.customerId) return { refused: 'Sign in to continue.' };
  // Portico's own session check (and last_seen_at refresh), outside PostGraphile's transaction.
  const { rows } = await deps.pool.query<{
    portal_account_id: string | null;
    customer_id: string | null;
    account_status: string | null;
    idle: boolean;
    contact: { is_primary: boolean; rights: string[]; site_ids: string[] } | null;
  }>({
    name: 'pgl_open_request',
    text: 'SELECT portal_account_id, customer_id, account_status, idle, contact FROM app_open_request($1::uuid, $2, $3::uuid, $4::uuid, $5)',
    values: [claims.tenantId, 'customer', claims.customerId, claims.sessionId, now],
  });
  const session = rows[0];
  if (!session?.contact || session.idle || session.account_status !== 'active' || session.portal_account_id !== claims.subject || session.customer_id !== claims.customerId) {
    return { refused: 'Your session has ended.' };
  }
  const { contact } = session;
  return {
    settings: {
      'app.tenant_id': claims.tenantId,
      'app.role': 'customer',
      'app.customer_id': claims.customerId,
      'app.staff_id': '',
      'app.staff_role': '',
      // The contact's rights and sites, as app_open_request sets them for Portico (issue 22).
      'app.contact_id': claims.subject,
      'app.contact_rights': contact.is_primary ? '*' : contact.rights.join(','),
      'app.contact_sites': contact.site_ids.join(','),
    },
  };
}

// Orderings the pages need on columns without an index of their own (PostGraphile only offers
// indexed columns by default): a PostGraphile team would tag them so.
const orderable = jsonPgSmartTags({
  version: 1,
  config: {
    attribute: {
      'invoices.created_at': { tags: { behavior: ['+orderBy'] } },
      'invoices.due_date': { tags: { behavior: ['+orderBy'] } },
      'invoice_lines.position': { tags: { behavior: ['+orderBy'] } },
      'jobs.scheduled_start': { tags: { behavior: ['+orderBy'] } },
      'jobs.completed_at': { tags: { behavior: ['+orderBy'] } },
      'service_requests.created_at': { tags: { behavior: ['+orderBy'] } },
    },
  },
});

export function postgraphilePreset(deps: PostgraphileDeps): GraphileConfig.Preset {
  return {
    extends: [PostGraphileAmberPreset],
    plugins: [orderable],
    pgServices: [makePgService({ pool: deps.pool, schemas: ['public', POSTGRAPHILE_SCHEMA], pubsub: false })],
    grafserv: { graphqlPath: '/graphql/portal', graphiql: false, watch: false },
    grafast: {
      explain: false,
      async context(requestContext) {
        const req = requestContext.node?.req;
        const opened = req ? await openRequest(deps, req) : { refused: 'Sign in to continue.' };
        // A refused request runs with no role and no customer: row-level security shows it nothing
        // and current_customer() is null.
        return { pgSettings: 'settings' in opened ? opened.settings : { 'app.role': 'none' } };
      },
    },
  };
}

/** The HTTP handler (GraphQL at /graphql/portal, /readyz) and a way to release PostGraphile. */
export async function postgraphileHandler(deps: PostgraphileDeps): Promise<{ handler: RequestListener; release: () => Promise<void> }> {
  if (deps.onQuery) countQueries(deps.pool, deps.onQuery);
  const pgl = postgraphile(postgraphilePreset(deps));
  const serv = pgl.createServ(grafserv);
  // Build the schema now, not on the first request.
  await pgl.getSchemaResult();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- addTo() would own the whole server; the bench routes /readyz itself
  const graphql = serv.createHandler();
  const handler: RequestListener = (req, res) => {
    if (req.method === 'GET' && req.url === '/readyz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
      return;
    }
    graphql(req, res, () => {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NOT_FOUND"}}');
    });
  };
  return {
    handler,
    // Releases the server made from it too.
    release: async () => {
      await pgl.release();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.APP_DATABASE_URL;
  const secret = process.env.JWT_SECRET;
  if (!url || !secret) throw new Error('APP_DATABASE_URL and JWT_SECRET must be set');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const port = Number(process.env.PORT ?? 4102);
  const { handler, release } = await postgraphileHandler({ pool, jwtSecret: new TextEncoder().encode(secret) });
  createServer(handler).listen(port, '127.0.0.1');
  process.on('SIGTERM', () => void release().finally(() => void pool.end().finally(() => process.exit(0))));
}
