// The bench's yardstick: a bare graphql-js + pg server with hand-written SQL and DataLoader,
// under the SAME row-level security as Portico (app role, one transaction per request that
// first sets app.tenant_id/app.role/app.customer_id, the same session check). It answers the
// benchmarked queries with the same JSON, so the ratio measures Portico's own overhead.
// Run as a child process: `node bench/dist/baseline.js` with APP_DATABASE_URL, JWT_SECRET, PORT.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import DataLoader from 'dataloader';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { verifyAccessToken } from '@portico/server/tokens';

// Calendar dates stay 'YYYY-MM-DD' strings, as Portico prints them.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

const SDL = `
  enum InvoiceStatus { draft unpaid overdue paid void }
  enum JobStatus { requested scheduled in_progress completed cancelled declined }
  enum RequestUrgency { low normal high urgent emergency }
  enum RequestStatus { submitted reviewed converted completed declined }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type InvoiceLine { id: ID! description: String! quantity: Int! unitPriceMinor: Int! taxRateBp: Int! totalMinor: Int! }
  type Invoice {
    id: ID! number: String status: InvoiceStatus! issueDate: String dueDate: String currency: String!
    subtotalMinor: Int! taxMinor: Int! totalMinor: Int! amountDueMinor: Int! recurringLabel: String lines: [InvoiceLine!]!
  }
  type InvoiceConnection { nodes: [Invoice!]! pageInfo: PageInfo! }
  type Site { id: ID! label: String! }
  type DashboardAppointment { id: ID! title: String! status: JobStatus! scheduledStart: String! scheduledEnd: String! technicianName: String site: Site! }
  type DashboardRequest { id: ID! description: String! urgency: RequestUrgency! status: RequestStatus! createdAt: String! }
  type DashboardInvoice { id: ID! number: String dueDate: String totalMinor: Int! amountDueMinor: Int! status: InvoiceStatus! }
  type DashboardReviewable { id: ID! title: String! completedAt: String }
  type DashboardCounts {
    upcomingAppointments: Int! openRequests: Int! unpaidInvoices: Int! overdueInvoices: Int!
    awaitingReview: Int! documents: Int! assets: Int!
  }
  type Dashboard {
    currency: String! amountDueMinor: Int! overdueAmountMinor: Int! counts: DashboardCounts!
    nextAppointments: [DashboardAppointment!]! openRequests: [DashboardRequest!]!
    unpaidInvoices: [DashboardInvoice!]! awaitingReview: [DashboardReviewable!]!
  }
  type Query { invoices(first: Int = 20, after: String): InvoiceConnection! dashboard: Dashboard! }
`;

export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

interface Tenant {
  id: string;
  time_zone: string;
  currency: string;
}

interface BaselineContext {
  db: Queryable;
  tenantId: string;
  customerId: string;
  now: Date;
  tenant: () => Promise<Tenant>;
  staffNames: DataLoader<string, string | null>;
  sites: DataLoader<string, { id: string; label: string } | null>;
  lines: DataLoader<string, InvoiceLine[]>;
  agreementNames: DataLoader<string, string | null>;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Today as 'YYYY-MM-DD' in a time zone (en-CA formats dates that way); formatters are costly to build, so kept. */
function todayIn(timeZone: string, now: Date): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(now);
}

interface InvoiceRow {
  id: string;
  number: string | null;
  status: 'draft' | 'issued' | 'paid' | 'void';
  issue_date: string | null;
  due_date: string | null;
  currency: string;
  subtotal_minor: number;
  tax_minor: number;
  total_minor: number;
  paid_minor: number;
  agreement_id: string | null;
}

function toInvoice(row: InvoiceRow, today: string) {
  const overdue = row.status === 'issued' && row.due_date !== null && row.due_date < today;
  return {
    id: row.id,
    number: row.number,
    status: row.status === 'issued' ? (overdue ? 'overdue' : 'unpaid') : row.status,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency.trim(),
    subtotalMinor: row.subtotal_minor,
    taxMinor: row.tax_minor,
    totalMinor: row.total_minor,
    amountDueMinor: row.status === 'issued' ? Math.max(0, row.total_minor - row.paid_minor) : 0,
  };
}

interface InvoiceLineRow {
  id: string;
  invoice_id: string;
  description: string;
  quantity: number;
  unit_price_minor: number;
  tax_rate_bp: number;
  total_minor: number;
}

interface InvoiceLine {
  id: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  taxRateBp: number;
  totalMinor: number;
}

const INVOICE_COLUMNS = 'id, number, status, issue_date, due_date, currency, subtotal_minor, tax_minor, total_minor, paid_minor, agreement_id';
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A loader of rows by id within the tenant, mapped by `pick`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- R names the columns the SQL returns, as pg's own query<R> does
function byId<R extends { id: string }, V>(ctx: () => BaselineContext, sql: string, pick: (row: R) => V): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => {
    const c = ctx();
    const { rows } = await c.db.query<R>(sql, [c.tenantId, ids]);
    const found = new Map(rows.map((r) => [r.id, pick(r)]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function newContext(db: Queryable, tenantId: string, customerId: string, now: Date): BaselineContext {
  const memo: { tenant?: Promise<Tenant> } = {};
  const ctx: BaselineContext = {
    db,
    tenantId,
    customerId,
    now,
    tenant: () =>
      (memo.tenant ??= db.query<Tenant>('SELECT id, time_zone, currency FROM tenants WHERE id = $1', [tenantId]).then((r) => {
        const row = r.rows[0];
        if (!row) throw new Error('tenant missing');
        return row;
      })),
    staffNames: byId(
      () => ctx,
      'SELECT id, name FROM staff_users WHERE tenant_id = $1 AND id = ANY($2)',
      (r: { id: string; name: string }) => r.name,
    ),
    agreementNames: byId(
      () => ctx,
      'SELECT id, name FROM service_agreements WHERE tenant_id = $1 AND id = ANY($2)',
      (r: { id: string; name: string }) => r.name,
    ),
    sites: byId(
      () => ctx,
      'SELECT id, label FROM sites WHERE tenant_id = $1 AND id = ANY($2)',
      (r: { id: string; label: string }) => ({ id: r.id, label: r.label }),
    ),
    lines: new DataLoader(async (ids) => {
      const { rows } = await db.query<InvoiceLineRow>(
        `SELECT id, invoice_id, description, quantity, unit_price_minor, tax_rate_bp, total_minor FROM invoice_lines
         WHERE tenant_id = $1 AND invoice_id = ANY($2) ORDER BY invoice_id, position`,
        [tenantId, ids],
      );
      return ids.map((id) =>
        rows
          .filter((r) => r.invoice_id === id)
          .map((r) => ({ id: r.id, description: r.description, quantity: r.quantity, unitPriceMinor: r.unit_price_minor, taxRateBp: r.tax_rate_bp, totalMinor: r.total_minor })),
      );
    }),
  };
  return ctx;
}

async function invoices(args: { first: number; after?: string | null }, ctx: BaselineContext) {
  const tenant = await ctx.tenant();
  const today = todayIn(tenant.time_zone, ctx.now);
  const first = Math.min(Math.max(args.first, 1), 100);
  // Portico's order: issue_date desc (drafts first), created_at desc, id desc.
  const { rows } = await ctx.db.query<InvoiceRow>(
    `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE tenant_id = $1 AND customer_id = $2 AND status <> 'draft'
     ORDER BY issue_date DESC NULLS FIRST, created_at DESC, id DESC LIMIT $3`,
    [ctx.tenantId, ctx.customerId, first + 1],
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    nodes: page.map((row) => ({
      ...toInvoice(row, today),
      recurringLabel: () => (row.agreement_id ? ctx.agreementNames.load(row.agreement_id) : null),
      lines: () => ctx.lines.load(row.id),
    })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? Buffer.from(last.id, 'utf8').toString('base64url') : null },
  };
}

interface DashboardSummaryRow {
  upcoming: number;
  open_requests: number;
  unpaid: number;
  overdue: number;
  amount_due: number;
  overdue_amount: number;
  awaiting: number;
  documents: number;
  assets: number;
}

async function dashboard(ctx: BaselineContext) {
  const tenant = await ctx.tenant();
  const today = todayIn(tenant.time_zone, ctx.now);
  const p = [ctx.tenantId, ctx.customerId, ctx.now, today];
  const unpaid = `status = 'issued' AND paid_minor < total_minor`;
  const upcoming = `status IN ('requested', 'scheduled', 'in_progress') AND scheduled_end >= $3`;
  const awaiting = `j.status = 'completed' AND j.completed_at >= $3::timestamptz - interval '90 days'
    AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.tenant_id = j.tenant_id AND r.job_id = j.id)`;
  const [summary, next, requests, unpaidRows, reviewable] = await Promise.all([
    ctx.db.query<DashboardSummaryRow>(
      `SELECT
        (SELECT count(*)::int FROM jobs WHERE tenant_id = $1 AND customer_id = $2 AND ${upcoming}) AS upcoming,
        (SELECT count(*)::int FROM service_requests WHERE tenant_id = $1 AND customer_id = $2 AND status IN ('submitted', 'reviewed')) AS open_requests,
        i.unpaid, i.overdue, i.amount_due, i.overdue_amount,
        (SELECT count(*)::int FROM jobs j WHERE j.tenant_id = $1 AND j.customer_id = $2 AND ${awaiting}) AS awaiting,
        (SELECT count(*)::int FROM documents WHERE tenant_id = $1 AND customer_id = $2 AND shared) AS documents,
        (SELECT count(*)::int FROM assets WHERE tenant_id = $1 AND customer_id = $2) AS assets
       FROM (SELECT count(*)::int AS unpaid, (count(*) FILTER (WHERE due_date < $4::date))::int AS overdue,
               COALESCE(sum(total_minor - paid_minor), 0)::int AS amount_due,
               COALESCE(sum(total_minor - paid_minor) FILTER (WHERE due_date < $4::date), 0)::int AS overdue_amount
             FROM invoices WHERE tenant_id = $1 AND customer_id = $2 AND ${unpaid}) i`,
      p,
    ),
    ctx.db.query<{ id: string; title: string; status: string; scheduled_start: Date; scheduled_end: Date; technician_id: string | null; site_id: string }>(
      `SELECT id, title, status, scheduled_start, scheduled_end, technician_id, site_id FROM jobs
       WHERE tenant_id = $1 AND customer_id = $2 AND ${upcoming} ORDER BY scheduled_start, id LIMIT 3`,
      p.slice(0, 3),
    ),
    ctx.db.query<{ id: string; description: string; urgency: string; status: string; created_at: Date }>(
      `SELECT id, description, urgency, status, created_at FROM service_requests
       WHERE tenant_id = $1 AND customer_id = $2 AND status IN ('submitted', 'reviewed') ORDER BY created_at DESC, id DESC LIMIT 3`,
      p.slice(0, 2),
    ),
    ctx.db.query<InvoiceRow>(
      `SELECT ${INVOICE_COLUMNS} FROM invoices WHERE tenant_id = $1 AND customer_id = $2 AND ${unpaid}
       ORDER BY due_date NULLS LAST, id LIMIT 5`,
      p.slice(0, 2),
    ),
    ctx.db.query<{ id: string; title: string; completed_at: Date | null }>(
      `SELECT id, title, completed_at FROM jobs j WHERE j.tenant_id = $1 AND j.customer_id = $2 AND ${awaiting}
       ORDER BY completed_at DESC, id DESC LIMIT 3`,
      p.slice(0, 3),
    ),
  ]);
  const s = summary.rows[0];
  if (!s) throw new Error('the dashboard summary returned no row');
  return {
    currency: tenant.currency.trim(),
    amountDueMinor: s.amount_due,
    overdueAmountMinor: s.overdue_amount,
    counts: {
      upcomingAppointments: s.upcoming,
      openRequests: s.open_requests,
      unpaidInvoices: s.unpaid,
      overdueInvoices: s.overdue,
      awaitingReview: s.awaiting,
      documents: s.documents,
      assets: s.assets,
    },
    nextAppointments: next.rows.map((j) => ({
      id: j.id,
      title: j.title,
      status: j.status,
      scheduledStart: iso(j.scheduled_start),
      scheduledEnd: iso(j.scheduled_end),
      technicianName: () => (j.technician_id ? ctx.staffNames.load(j.technician_id) : null),
      site: () => ctx.sites.load(j.site_id),
    })),
    openRequests: requests.rows.map((r) => ({ id: r.id, description: r.description, urgency: r.urgency, status: r.status, createdAt: iso(r.created_at) })),
    unpaidInvoices: unpaidRows.rows.map((row) => {
      const inv = toInvoice(row, today);
      return { id: inv.id, number: inv.number, dueDate: inv.dueDate, totalMinor: inv.totalMinor, amountDueMinor: inv.amountDueMinor, status: inv.status };
    }),
    awaitingReview: reviewable.rows.map((j) => ({ id: j.id, title: j.title, completedAt: iso(j.completed_at) })),
  };
}

export function baselineSchema(): GraphQLSchema {
  return buildSchema(SDL);
}

const rootValue = {
  invoices: (args: { first: number; after?: string | null }, ctx: BaselineContext) => invoices(args, ctx),
  dashboard: (_args: unknown, ctx: BaselineContext) => dashboard(ctx),
};

export interface BaselineDeps {
  pool: pg.Pool;
  jwtSecret: Uint8Array;
  /** Called with every SQL statement sent, to count them. */
  onQuery?: (sql: string) => void;
  now?: () => Date;
}

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `b${statementNames.size}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * The request's connection. Statements queue one after another (a connection runs one at a
 * time anyway; pg deprecates overlapping calls), and each is reported when counting.
 */
function counted(client: pg.PoolClient, onQuery?: (sql: string) => void): Queryable {
  let last: Promise<unknown> = Promise.resolve();
  return {
    query: <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => {
      const next = last.then(() => {
        onQuery?.(text);
        // Named statements are parsed and planned once per connection; RLS policies make
        // planning cost more than executing these small queries.
        return values ? client.query<R>({ name: statementName(text), text, values }) : client.query<R>(text);
      });
      last = next.catch(() => undefined);
      return next;
    },
  };
}

/** Runs work in one transaction scoped by row-level security, as Portico's handler does. */
async function inScope<T>(deps: BaselineDeps, scope: { tenantId: string; role: string; customerId?: string; contactId?: string }, work: (db: Queryable) => Promise<T>): Promise<T> {
  const client = await deps.pool.connect();
  const db = counted(client, deps.onQuery);
  try {
    await db.query('BEGIN');
    await db.query(
      `SELECT set_config('app.tenant_id', $1, true), set_config('app.role', $2, true), set_config('app.customer_id', $3, true), set_config('app.contact_id', $4, true)`,
      [scope.tenantId, scope.role, scope.customerId ?? '', scope.contactId ?? ''],
    );
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const TOUCH_AFTER_MS = 5 * 60_000;

async function graphqlRequest(deps: BaselineDeps, req: IncomingMessage, body: string): Promise<{ status: number; json: unknown }> {
  const header = req.headers.authorization;
  const now = deps.now?.() ?? new Date();
  const claims = header?.startsWith('Bearer ') ? await verifyAccessToken(deps.jwtSecret, header.slice(7).trim(), 'customer', now) : null;
  if (!claims?.customerId) return { status: 200, json: { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] } };
  const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
  const scope = { tenantId: claims.tenantId, role: 'customer', customerId: claims.customerId, contactId: claims.subject };
  return inScope(deps, scope, async (db) => {
    // The same session check as Portico: not revoked, not expired, the account still active; the
    // contact's rights and sites go into the transaction with it, as app_open_request puts them.
    const { rows } = await db.query<{ last_seen_at: Date }>(
      `SELECT s.last_seen_at,
              set_config('app.contact_rights', CASE WHEN a.is_primary THEN '*' ELSE array_to_string(a.rights, ',') END, true),
              set_config('app.contact_sites', array_to_string(a.site_ids, ','), true)
       FROM sessions s JOIN portal_accounts a ON a.tenant_id = s.tenant_id AND a.id = s.portal_account_id
       WHERE s.tenant_id = $1 AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3
         AND s.portal_account_id = $4 AND s.customer_id = $5 AND a.status = 'active'`,
      [claims.tenantId, claims.sessionId, now, claims.subject, claims.customerId],
    );
    const session = rows[0];
    if (!session) return { status: 200, json: { errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }] } };
    if (now.getTime() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await db.query('UPDATE sessions SET last_seen_at = $3 WHERE tenant_id = $1 AND id = $2', [claims.tenantId, claims.sessionId, now]);
    }
    const ctx = newContext(db, claims.tenantId, claims.customerId ?? '', now);
    const result = await graphql({ schema, source: query, rootValue, contextValue: ctx, variableValues: variables ?? null });
    if (result.errors?.length) {
      return { status: 200, json: { errors: result.errors.map((e) => ({ message: e.message, path: e.path })), data: result.data ?? null } };
    }
    return { status: 200, json: result };
  });
}

/**
 * GET /public/v1/tenants/:slug/reviews: the same JSON as Portico's route (page of published
 * reviews, summary, schema.org JSON-LD), the same per-address rate limit and the same ETag.
 */
async function publicReviews(deps: BaselineDeps, slug: string, query: URLSearchParams, clientIp: string): Promise<{ status: number; json: unknown; etag?: string }> {
  const now = deps.now?.() ?? new Date();
  const client = await deps.pool.connect();
  let tenantId: string | null;
  try {
    const db = counted(client, deps.onQuery);
    const limited = await db.query<{ count: number }>(
      `INSERT INTO rate_limit_buckets AS b (key, window_start, count) VALUES ($1, $2::timestamptz, 1)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN b.window_start + interval '60 seconds' <= $2::timestamptz THEN EXCLUDED.window_start ELSE b.window_start END,
         count = CASE WHEN b.window_start + interval '60 seconds' <= $2::timestamptz THEN 1 ELSE b.count + 1 END
       RETURNING count`,
      [`baseline-public-reviews:${clientIp}`, now],
    );
    if ((limited.rows[0]?.count ?? 0) > 120) return { status: 429, json: { errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }] } };
    const found = await db.query<{ id: string | null }>('SELECT tenant_id_by_slug($1) AS id', [slug.toLowerCase()]);
    tenantId = found.rows[0]?.id ?? null;
  } finally {
    client.release();
  }
  if (!tenantId) return { status: 404, json: { errors: [{ message: 'This business was not found.', extensions: { code: 'NOT_FOUND' } }] } };
  const id = tenantId;
  const limit = Number(query.get('limit') ?? 10);
  return inScope(deps, { tenantId: id, role: 'public' }, async (db) => {
    const [tenant, summary, list] = await Promise.all([
      db.query<{ name: string; feature_reviews: boolean }>('SELECT name, feature_reviews FROM tenants WHERE id = $1', [id]),
      db.query<{ count: number; average: number | null }>(
        `SELECT count(*)::int AS count, avg(rating)::float8 AS average FROM reviews WHERE tenant_id = $1 AND status = 'published' AND published_at IS NOT NULL`,
        [id],
      ),
      db.query<{ id: string; rating: number; comment: string | null; author_name: string; response: string | null; responded_at: Date | null; published_at: Date | null }>(
        `SELECT id, rating, comment, author_name, response, responded_at, published_at FROM reviews
         WHERE tenant_id = $1 AND status = 'published' AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT $2`,
        [id, limit + 1],
      ),
    ]);
    const name = tenant.rows[0]?.name ?? '';
    const on = tenant.rows[0]?.feature_reviews ?? false;
    const count = on ? (summary.rows[0]?.count ?? 0) : 0;
    const average = on && summary.rows[0]?.average != null ? Math.round(summary.rows[0].average * 100) / 100 : null;
    const rows = on ? list.rows.slice(0, limit) : [];
    const reviews = rows.map((r) => ({
      rating: r.rating,
      comment: r.comment,
      authorName: r.author_name,
      publishedAt: iso(r.published_at),
      response: r.response,
      respondedAt: r.responded_at ? iso(r.responded_at) : null,
    }));
    const last = rows.at(-1);
    const json = {
      tenant: { name },
      averageRating: average,
      count,
      reviews,
      nextCursor: on && list.rows.length > limit && last ? Buffer.from(last.id, 'utf8').toString('base64url') : null,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'LocalBusiness',
        name,
        ...(count > 0 && average !== null ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: average, reviewCount: count, bestRating: 5, worstRating: 1 } } : {}),
        review: reviews.map((r) => ({
          '@type': 'Review',
          reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 },
          author: { '@type': 'Person', name: r.authorName },
          datePublished: (r.publishedAt ?? '').slice(0, 10),
          ...(r.comment ? { reviewBody: r.comment } : {}),
        })),
      },
    };
    const etag = `"${createHash('sha256').update(JSON.stringify(json)).digest('base64url').slice(0, 32)}"`;
    return { status: 200, json, etag };
  });
}

/** Like express with `trust proxy` for loopback: X-Forwarded-For from this machine names the client. */
function clientAddress(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for'];
  const peer = req.socket.remoteAddress ?? 'unknown';
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  return loopback && typeof forwarded === 'string' ? (forwarded.split(',').at(-1)?.trim() ?? peer) : peer;
}

const schema = baselineSchema();

/** The request handler; exported so the bench can count statements in-process. */
export function baselineHandler(deps: BaselineDeps) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const reviews = /^\/public\/v1\/tenants\/([^/]+)\/reviews$/.exec(url.pathname);
      const work =
        req.method === 'POST' && url.pathname === '/graphql/portal'
          ? graphqlRequest(deps, req, Buffer.concat(chunks).toString('utf8'))
          : req.method === 'GET' && reviews?.[1]
            ? publicReviews(deps, decodeURIComponent(reviews[1]), url.searchParams, clientAddress(req))
            : req.method === 'GET' && url.pathname === '/readyz'
              ? Promise.resolve({ status: 200, json: { status: 'ready' } })
              : Promise.resolve({ status: 404, json: { error: { code: 'NOT_FOUND' } } });
      void work
        .catch(() => ({ status: 500, json: { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }] } }))
        .then((answer: { status: number; json: unknown; etag?: string }) => {
          const { status, json, etag } = answer;
          const text = JSON.stringify(json);
          res.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(text),
            ...(etag ? { etag, 'cache-control': 'public, max-age=300, stale-while-revalidate=600', 'access-control-allow-origin': '*' } : {}),
          });
          res.end(text);
        });
    });
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.APP_DATABASE_URL;
  const secret = process.env.JWT_SECRET;
  if (!url || !secret) throw new Error('APP_DATABASE_URL and JWT_SECRET must be set');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const port = Number(process.env.PORT ?? 4100);
  createServer(baselineHandler({ pool, jwtSecret: new TextEncoder().encode(secret) })).listen(port, '127.0.0.1');
  process.on('SIGTERM', () => void pool.end().finally(() => process.exit(0)));
}
