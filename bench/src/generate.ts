// Generates the bench dataset set-based, inside PostgreSQL (INSERT ... SELECT FROM
// generate_series), as the database owner. Ids are md5-derived UUIDs of a row's ordinal, so a
// child row finds its parent by arithmetic instead of a join, and every run builds the same data.
//
// Jobs of one tenant sit in distinct, non-overlapping time slots (ordinal n of the tenant's jobs
// -> its own slot), so any technician assignment satisfies jobs_technician_no_overlap.
import pg from 'pg';

export interface Scale {
  tenants: number;
  customersPerTenant: number;
  /** 1 customer in this many of each tenant has a session the load signs in with (SESSION_EVERY when unset). */
  sessionEvery?: number;
}

export const FULL_SCALE: Scale = { tenants: 200, customersPerTenant: 500 };

/** Bump when the generated data changes shape: a kept database with another marker is rebuilt. */
export const DATASET_VERSION = 2;

/** Every customer with a session (1 in SESSION_EVERY per tenant) can be used by the load. */
export const SESSION_EVERY = 50;

export function datasetMarker(scale: Scale): string {
  const every = scale.sessionEvery ?? SESSION_EVERY;
  return `portico-bench dataset v${DATASET_VERSION} ${scale.tenants}x${scale.customersPerTenant}${every === SESSION_EVERY ? '' : ` sessions 1/${every}`}`;
}

export interface GenerateResult {
  seconds: number;
  counts: Record<string, number>;
}

const TABLES = [
  'tenants',
  'staff_users',
  'customers',
  'portal_accounts',
  'sessions',
  'sites',
  'asset_types',
  'asset_type_names',
  'assets',
  'service_types',
  'jobs',
  'reviews',
  'service_agreements',
  'invoices',
  'invoice_lines',
  'service_requests',
  'documents',
] as const;

type Step = [label: string, sql: string];

/**
 * The SQL of each step. $scale placeholders are inlined (they are integers we control) so each
 * step is one plain statement. i = customer's index in its tenant (0-based), c = global index.
 */
function steps(scale: Scale): { base: Step[]; parallel: Step[][] } {
  const T = scale.tenants;
  const C = scale.customersPerTenant;
  // Per-customer series: c (1-based, global), t (1-based tenant), i (0-based in tenant).
  const customers = `(SELECT c, (c - 1) / ${C} + 1 AS t, (c - 1) % ${C} AS i FROM generate_series(1, ${T * C}) c) cu`;
  const tid = `md5('t' || cu.t)::uuid`;
  const cid = `md5('c' || cu.c)::uuid`;
  // Technicians per tenant: 20 in every fourth tenant, else 3.
  const techs = (t: string) => `(CASE WHEN ${t} % 4 = 0 THEN 20 ELSE 3 END)`;
  // Job ordinal n within the tenant -> a slot: past jobs (j 1..8) over the two years before
  // now, 4.38 h apart; upcoming ones (j 9, 10) from now on, 2.5 h apart. Jobs last 1-2 h.
  const jobStart = `CASE WHEN jb.j <= 8
      THEN now() - interval '730 days' + ((jb.j - 1) * ${C} + cu.i) * (interval '730 days' / ${8 * C})
      ELSE now() + interval '1 hour' + ((jb.j - 9) * ${C} + cu.i) * interval '150 minutes' END`;
  const base: Step[] = [
    [
      'tenants',
      `INSERT INTO tenants (id, slug, name, trade, time_zone, currency, booking_hours, updated_at)
      SELECT md5('t' || t)::uuid, 'bench-' || t, 'Bench Services ' || t,
        (ARRAY['hvac','plumbing','grooming','contractor','equipment','field_service'])[1 + t % 6],
        (ARRAY['America/New_York','America/Chicago','America/Denver','America/Los_Angeles','Europe/London','Europe/Berlin','Australia/Sydney','UTC'])[1 + t % 8],
        (ARRAY['USD','USD','USD','USD','GBP','EUR','AUD','USD'])[1 + t % 8],
        '{"1":[["08:00","17:00"]],"2":[["08:00","17:00"]],"3":[["08:00","17:00"]],"4":[["08:00","17:00"]],"5":[["08:00","17:00"]]}',
        now()
      FROM generate_series(1, ${T}) t`,
    ],
    [
      'staff_users',
      `INSERT INTO staff_users (id, tenant_id, email, name, role, status, updated_at)
      SELECT md5('s' || t || '-' || k)::uuid, md5('t' || t)::uuid, 'staff' || k || '@t' || t || '.bench.test',
        (ARRAY['Alex','Sam','Jordan','Taylor','Morgan','Casey','Riley','Jamie'])[1 + k % 8] || ' ' || (ARRAY['Lee','Park','Diaz','Nguyen','Smith','Khan'])[1 + (k + t) % 6],
        (CASE WHEN k = 0 THEN 'owner' WHEN k = 1 THEN 'admin' WHEN k = 2 THEN 'dispatcher' ELSE 'technician' END)::"StaffRole",
        'active', now()
      FROM generate_series(1, ${T}) t, generate_series(0, 2 + ${techs('t')}) k`,
    ],
    [
      'service_types',
      `INSERT INTO service_types (id, tenant_id, name, duration_minutes, price_minor)
      SELECT md5('st' || t || '-' || k)::uuid, md5('t' || t)::uuid, (ARRAY['Maintenance visit','Repair','Installation','Inspection'])[k], 60 * (1 + k % 2), 9900 + k * 5000
      FROM generate_series(1, ${T}) t, generate_series(1, 4) k`,
    ],
    [
      'asset_types',
      `INSERT INTO asset_types (id, tenant_id, code)
      SELECT md5('at' || t || '-' || k)::uuid, md5('t' || t)::uuid, (ARRAY['furnace','boiler','water_heater'])[k]
      FROM generate_series(1, ${T}) t, generate_series(1, 3) k`,
    ],
    [
      'asset_type_names',
      `INSERT INTO asset_type_names (tenant_id, asset_type_id, locale, name)
      SELECT md5('t' || t)::uuid, md5('at' || t || '-' || k)::uuid, 'en', (ARRAY['Furnace','Boiler','Water heater'])[k]
      FROM generate_series(1, ${T}) t, generate_series(1, 3) k`,
    ],
    [
      'customers',
      `INSERT INTO customers (id, tenant_id, name, email, phone, updated_at)
      SELECT ${cid}, ${tid},
        (ARRAY['Ada','Ben','Cleo','Dev','Eva','Finn','Gia','Hugo','Iris','Jon'])[1 + cu.c % 10] || ' ' || (ARRAY['Adams','Brown','Chen','Davis','Evans','Flores','Garcia'])[1 + cu.c % 7] || ' ' || cu.i,
        'customer' || cu.i || '@t' || cu.t || '.bench.test', '+1555' || lpad(cu.c::text, 7, '0'), now()
      FROM ${customers}`,
    ],
    [
      'portal_accounts',
      `INSERT INTO portal_accounts (id, tenant_id, customer_id, email, status, updated_at, name, is_primary, rights)
      SELECT md5('pa' || cu.c)::uuid, ${tid}, ${cid}, 'customer' || cu.i || '@t' || cu.t || '.bench.test', 'active', now(), 'Contact ' || cu.i, true,
        ARRAY['invoices', 'appointments', 'requests', 'documents_all', 'contacts']::contact_right[]
      FROM ${customers}`,
    ],
    [
      'sessions',
      `INSERT INTO sessions (id, tenant_id, portal_account_id, customer_id, user_agent, created_at, last_seen_at, expires_at)
      SELECT md5('se' || cu.c)::uuid, ${tid}, md5('pa' || cu.c)::uuid, ${cid}, 'portico-bench', now(), now(), now() + interval '365 days'
      FROM ${customers} WHERE cu.i % ${scale.sessionEvery ?? SESSION_EVERY} = 0`,
    ],
    [
      'sites',
      `INSERT INTO sites (id, tenant_id, customer_id, label, address_line1, city, postal_code, country)
      SELECT md5('si' || cu.c)::uuid, ${tid}, ${cid}, (ARRAY['Home','Office','Rental','Shop'])[1 + cu.c % 4], cu.i || ' Main Street', 'Springfield', lpad((cu.c % 99999)::text, 5, '0'), 'US'
      FROM ${customers}`,
    ],
  ];
  const jobs: Step[] = [
    [
      'assets',
      `INSERT INTO assets (id, tenant_id, customer_id, site_id, asset_type_id, name, model, serial_number, installed_on)
      SELECT md5('as' || cu.c || '-' || k)::uuid, ${tid}, ${cid}, md5('si' || cu.c)::uuid, md5('at' || cu.t || '-' || k)::uuid,
        (ARRAY['Furnace','Boiler','Water heater'])[k], 'Model ' || (cu.c % 50), 'SN' || cu.c || k, date '2018-01-01' + (cu.c % 2000)
      FROM ${customers}, generate_series(1, 2) k`,
    ],
    // j 1: cancelled; 2..8: completed; 9: upcoming (a request without technician for every tenth
    // customer); 10: upcoming scheduled.
    [
      'jobs',
      `INSERT INTO jobs (id, tenant_id, customer_id, site_id, service_type_id, asset_id, technician_id, status, title,
        scheduled_start, scheduled_end, completed_at, cancelled_at, cancelled_by, booked_online, created_at, updated_at)
      SELECT md5('j' || cu.c || '-' || jb.j)::uuid, ${tid}, ${cid}, md5('si' || cu.c)::uuid, md5('st' || cu.t || '-' || (1 + (cu.i + jb.j) % 4))::uuid,
        CASE WHEN jb.j % 3 = 0 THEN md5('as' || cu.c || '-1')::uuid END,
        CASE WHEN jb.j = 9 AND cu.i % 10 = 0 THEN NULL ELSE md5('s' || cu.t || '-' || (3 + ((jb.j - 1) * ${C} + cu.i) % ${techs('cu.t')}))::uuid END,
        (CASE WHEN jb.j = 1 THEN 'cancelled' WHEN jb.j <= 8 THEN 'completed' WHEN jb.j = 9 AND cu.i % 10 = 0 THEN 'requested' ELSE 'scheduled' END)::"JobStatus",
        (ARRAY['Maintenance visit','Repair','Installation','Inspection'])[1 + (cu.i + jb.j) % 4],
        s.start, s.start + (1 + (cu.i + jb.j) % 2) * interval '1 hour',
        CASE WHEN jb.j BETWEEN 2 AND 8 THEN s.start + interval '2 hours' END,
        CASE WHEN jb.j = 1 THEN s.start - interval '1 day' END,
        CASE WHEN jb.j = 1 THEN 'customer'::"ActorType" END,
        jb.j >= 9, s.start - interval '14 days', now()
      FROM ${customers}, generate_series(1, 10) jb(j), LATERAL (SELECT ${jobStart} AS start) s`,
    ],
    // Every third customer reviewed their last four completed jobs; most reviews are published,
    // some with a response.
    [
      'reviews',
      `INSERT INTO reviews (id, tenant_id, customer_id, job_id, rating, comment, status, response, responded_at, published_at, created_at)
      SELECT md5('r' || cu.c || '-' || j)::uuid, ${tid}, ${cid}, md5('j' || cu.c || '-' || j)::uuid, 3 + (cu.c + j) % 3,
        'Great service, arrived on time. (' || cu.c || '-' || j || ')',
        (CASE WHEN (cu.c + j) % 7 = 0 THEN 'pending' ELSE 'published' END)::"ReviewStatus",
        CASE WHEN j % 2 = 0 THEN 'Thank you for your feedback!' END,
        CASE WHEN j % 2 = 0 THEN now() - (8 - j) * interval '40 days' END,
        CASE WHEN (cu.c + j) % 7 <> 0 THEN now() - (8 - j) * interval '45 days' END,
        now() - (8 - j) * interval '45 days'
      FROM ${customers}, generate_series(5, 8) j WHERE cu.i % 3 = 0`,
    ],
    [
      'service_requests',
      `INSERT INTO service_requests (id, tenant_id, customer_id, asset_id, description, urgency, status, created_at, updated_at)
      SELECT md5('sr' || cu.c || '-' || k)::uuid, ${tid}, ${cid}, CASE WHEN k = 2 THEN md5('as' || cu.c || '-2')::uuid END,
        'The boiler makes a knocking noise (' || k || ')',
        (ARRAY['low','normal','high','urgent','emergency'])[1 + (cu.c + k) % 5]::"RequestUrgency",
        (CASE WHEN k = 1 THEN 'completed' WHEN k = 2 THEN 'reviewed' WHEN cu.i % 2 = 0 THEN 'submitted' ELSE 'declined' END)::"RequestStatus",
        now() - (4 - k) * interval '20 days' - cu.i * interval '1 minute', now()
      FROM ${customers}, generate_series(1, 3) k`,
    ],
    [
      'documents',
      `INSERT INTO documents (id, tenant_id, customer_id, job_id, kind, title, file_name, content_type, size_bytes, storage_key, shared, created_at)
      SELECT md5('d' || cu.c || '-' || k)::uuid, ${tid}, ${cid}, md5('j' || cu.c || '-' || (k + 2))::uuid,
        (ARRAY['report','certificate','warranty'])[k]::"DocumentKind", (ARRAY['Service report','Safety certificate','Warranty'])[k],
        'doc-' || k || '.pdf', 'application/pdf', 20000 + cu.c % 1000, 'bench/' || cu.c || '/' || k, k <> 3, now() - (4 - k) * interval '30 days'
      FROM ${customers}, generate_series(1, 3) k`,
    ],
  ];
  // Invoices k 1..10: 1..6 paid, 7 issued and due later, 8 overdue, 9 overdue and partly paid
  // (paid in full for odd customers), 10 a draft. Every fifth customer has an agreement whose
  // invoices 1..6 are recurring. Lines 1..4 per invoice; the total is their sum.
  const lineCount = `(1 + (cu.c + k) % 4)`;
  const linePrice = (l: string) => `(2500 + ((cu.c * 7 + k * 131 + ${l} * 17) % 200) * 100)`;
  const lineQty = (l: string) => `(1 + ${l} % 3)`;
  const invoices: Step[] = [
    [
      'service_agreements',
      `INSERT INTO service_agreements (id, tenant_id, customer_id, name, price_minor, interval_months, next_invoice_on)
      SELECT md5('ag' || cu.c)::uuid, ${tid}, ${cid}, 'Annual maintenance plan', 14900, 12, current_date + (cu.i % 300)
      FROM ${customers} WHERE cu.i % 5 = 0`,
    ],
    [
      'invoices',
      `INSERT INTO invoices (id, tenant_id, customer_id, agreement_id, number, status, currency, issue_date, due_date,
        subtotal_minor, total_minor, paid_minor, created_at, updated_at)
      SELECT md5('i' || cu.c || '-' || k)::uuid, ${tid}, ${cid},
        CASE WHEN cu.i % 5 = 0 AND k <= 6 THEN md5('ag' || cu.c)::uuid END,
        CASE WHEN k < 10 THEN 'INV-' || lpad((cu.i * 10 + k)::text, 6, '0') END,
        (CASE WHEN k = 10 THEN 'draft' WHEN k <= 6 OR (k = 9 AND cu.i % 2 = 1) THEN 'paid' ELSE 'issued' END)::"InvoiceStatus",
        (ARRAY['USD','USD','USD','USD','GBP','EUR','AUD','USD'])[1 + cu.t % 8],
        d.issue, d.issue + 30, tot.total, tot.total,
        CASE WHEN k <= 6 OR (k = 9 AND cu.i % 2 = 1) THEN tot.total WHEN k = 9 THEN tot.total / 2 ELSE 0 END,
        COALESCE(d.issue, current_date - 5) + interval '9 hours' + cu.i * interval '1 second', now()
      FROM ${customers}, generate_series(1, 10) k,
        LATERAL (SELECT CASE WHEN k = 10 THEN NULL::date WHEN k = 7 THEN current_date - 10 WHEN k = 8 THEN current_date - 50
                             WHEN k = 9 THEN current_date - 40 ELSE current_date - (7 - k) * 60 - 60 - cu.i % 30 END AS issue) d,
        LATERAL (SELECT sum(${lineQty('l')} * ${linePrice('l')})::int AS total FROM generate_series(1, ${lineCount}) l) tot`,
    ],
    [
      'invoice_lines',
      `INSERT INTO invoice_lines (id, tenant_id, invoice_id, position, description, quantity, unit_price_minor, total_minor)
      SELECT md5('il' || cu.c || '-' || k || '-' || l)::uuid, ${tid}, md5('i' || cu.c || '-' || k)::uuid, l,
        (ARRAY['Labour','Parts','Call-out fee','Filter replacement'])[l], ${lineQty('l')}, ${linePrice('l')}, ${lineQty('l')} * ${linePrice('l')}
      FROM ${customers}, generate_series(1, 10) k, LATERAL generate_series(1, ${lineCount}) l`,
    ],
  ];
  return { base, parallel: [jobs, invoices] };
}

async function session(ownerUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await client.query('SET synchronous_commit = off');
  await client.query(`SET maintenance_work_mem = '256MB'`);
  // Skipping per-row foreign key triggers makes generation several times faster; the data is
  // consistent by construction. Needs a superuser; without one the checks simply run.
  await client.query(`SET session_replication_role = replica`).catch(() => undefined);
  return client;
}

/** Tables big enough that building their secondary indexes once beats updating them per row. */
const BULK_TABLES = new Set(['jobs', 'invoices', 'invoice_lines']);

/**
 * Runs an insert into `table` without its secondary indexes and exclusion constraints, then
 * builds them again from their own definitions (so they stay exactly as the migrations made
 * them, jobs_technician_no_overlap included: rebuilding it re-checks every row).
 */
async function withoutSecondaryIndexes<T>(client: pg.Client, table: string, work: () => Promise<T>): Promise<T> {
  const exclusions = await client.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'x'`,
    [table],
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index i
     WHERE indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [table],
  );
  for (const x of exclusions.rows) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${x.name}`);
  for (const i of indexes.rows) await client.query(`DROP INDEX ${i.name}`);
  const result = await work();
  for (const i of indexes.rows) await client.query(i.def);
  for (const x of exclusions.rows) await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${x.name} ${x.def}`);
  return result;
}

async function runSteps(client: pg.Client, list: Step[], log: (line: string) => void): Promise<void> {
  for (const [label, sql] of list) {
    const started = Date.now();
    const run = () => client.query(sql);
    const result = BULK_TABLES.has(label) ? await withoutSecondaryIndexes(client, label, run) : await run();
    log(`  ${label.padEnd(20)} ${String(result.rowCount ?? 0).padStart(9)} rows  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Empties the tenant tables and generates the dataset; returns the time taken and row counts. */
export async function generateDataset(ownerUrl: string, scale: Scale, log: (line: string) => void = () => undefined): Promise<GenerateResult> {
  const started = Date.now();
  const { base, parallel } = steps(scale);
  const first = await session(ownerUrl);
  try {
    await first.query('TRUNCATE tenants, rate_limit_buckets CASCADE');
    await first.query(`COMMENT ON DATABASE "${await databaseName(first)}" IS NULL`);
    // Generated rows are history, not news: the live layer's triggers (issue 17) stay off while
    // they are written (session_replication_role does it already when the owner is a superuser).
    await setLiveTriggers(first, 'DISABLE');
    await runSteps(first, base, log);
    // The two halves touch different tables: two connections use both cores.
    const second = await session(ownerUrl);
    try {
      await Promise.all([runSteps(first, parallel[0] ?? [], log), runSteps(second, parallel[1] ?? [], log)]);
    } finally {
      await second.end();
    }
    await setLiveTriggers(first, 'ENABLE');
    const analyzeStarted = Date.now();
    // As autovacuum does for a table loaded in bulk: the statistics, and the visibility map that
    // lets the dashboard's counts read their indexes alone (index-only scans).
    await first.query('VACUUM (ANALYZE)');
    log(`  VACUUM (ANALYZE)                     ${((Date.now() - analyzeStarted) / 1000).toFixed(1)} s`);
    await first.query(`COMMENT ON DATABASE "${await databaseName(first)}" IS '${datasetMarker(scale)}'`);
    return { seconds: (Date.now() - started) / 1000, counts: await countRows(first) };
  } finally {
    // Also after a failed generation: the database's triggers are never left off.
    await setLiveTriggers(first, 'ENABLE').catch(() => undefined);
    await first.end();
  }
}

/** The tables whose writes record live events (migration 20261204000100_live_events). */
async function setLiveTriggers(client: pg.Client, action: 'ENABLE' | 'DISABLE'): Promise<void> {
  const { rows } = await client.query<{ table: string; trigger: string }>(
    `SELECT c.relname AS table, t.tgname AS trigger FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname IN ('live_insert', 'live_update')`,
  );
  for (const { table, trigger } of rows) await client.query(`ALTER TABLE "${table}" ${action} TRIGGER ${trigger}`);
}

async function databaseName(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
  return rows[0]?.name ?? '';
}

/** The marker of the dataset in this database, or null when none was completed. */
export async function readMarker(ownerUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ marker: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS marker FROM pg_database WHERE datname = current_database()`);
    return rows[0]?.marker ?? null;
  } finally {
    await client.end();
  }
}

/** Exact row counts per generated table, for the report. */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}
