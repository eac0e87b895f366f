// The SQL a PostGraphile team would add next to Portico's tables to serve the benchmarked pages:
// a `current_customer()` root (the classic PostGraphile "current user" pattern), computed columns
// for what a page needs computing (an invoice's status in the tenant's time zone and the amount
// still due, the dashboard's counts and sums) and the dashboard's filtered lists. Everything runs
// as the application role under the same row-level security as Portico (SECURITY INVOKER, STABLE,
// plain SQL so PostgreSQL can inline it into PostGraphile's query). Made by the database owner
// in a schema of its own, rebuilt on every bench run.
import pg from 'pg';

export const POSTGRAPHILE_SCHEMA = 'bench_pgl';

export const POSTGRAPHILE_SQL = `
DROP SCHEMA IF EXISTS bench_pgl CASCADE;
CREATE SCHEMA bench_pgl;
COMMENT ON SCHEMA bench_pgl IS 'The bench''s PostGraphile additions to Portico''s tables';
GRANT USAGE ON SCHEMA bench_pgl TO portico_app;

-- The signed-in customer, found from the request's settings (app.tenant_id, app.customer_id).
CREATE FUNCTION bench_pgl.current_customer() RETURNS public.customers LANGUAGE sql STABLE
  AS $$ SELECT * FROM public.customers WHERE tenant_id = app_tenant() AND id = app_customer() $$;
COMMENT ON FUNCTION bench_pgl.current_customer() IS '@name current_customer';

-- Today in the tenant's time zone: an invoice is overdue the day after its due date there.
CREATE FUNCTION bench_pgl.tenant_today(p_tenant uuid) RETURNS date LANGUAGE sql STABLE
  AS $$ SELECT (now() AT TIME ZONE t.time_zone)::date FROM public.tenants t WHERE t.id = p_tenant $$;
COMMENT ON FUNCTION bench_pgl.tenant_today(uuid) IS '@behavior -queryField';

-- What the customer sees: an issued invoice is 'unpaid' until its due date passes, then 'overdue'.
CREATE FUNCTION bench_pgl.invoices_display_status(i public.invoices) RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT CASE WHEN i.status = 'issued'
                    THEN CASE WHEN i.due_date < bench_pgl.tenant_today(i.tenant_id) THEN 'overdue' ELSE 'unpaid' END
                    ELSE i.status::text END $$;
COMMENT ON FUNCTION bench_pgl.invoices_display_status(public.invoices) IS '@notNull';

CREATE FUNCTION bench_pgl.invoices_amount_due_minor(i public.invoices) RETURNS integer LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN i.status = 'issued' THEN greatest(0, i.total_minor - i.paid_minor) ELSE 0 END $$;
COMMENT ON FUNCTION bench_pgl.invoices_amount_due_minor(public.invoices) IS '@notNull';

CREATE TYPE bench_pgl.dashboard_summary AS (
  currency text,
  amount_due_minor integer,
  overdue_amount_minor integer,
  upcoming_appointments integer,
  open_requests integer,
  unpaid_invoices integer,
  overdue_invoices integer,
  awaiting_review integer,
  documents integer,
  assets integer
);
COMMENT ON TYPE bench_pgl.dashboard_summary IS '@name dashboard_summary';

-- The dashboard's counts and sums in one statement.
CREATE FUNCTION bench_pgl.customers_dashboard_summary(c public.customers) RETURNS bench_pgl.dashboard_summary LANGUAGE sql STABLE
  AS $$
  SELECT
    (SELECT rtrim(t.currency) FROM public.tenants t WHERE t.id = c.tenant_id),
    i.amount_due, i.overdue_amount,
    (SELECT count(*)::int FROM public.jobs j WHERE j.tenant_id = c.tenant_id AND j.customer_id = c.id
       AND j.status IN ('requested', 'scheduled', 'in_progress') AND j.scheduled_end >= now()),
    (SELECT count(*)::int FROM public.service_requests r WHERE r.tenant_id = c.tenant_id AND r.customer_id = c.id
       AND r.status IN ('submitted', 'reviewed')),
    i.unpaid, i.overdue,
    (SELECT count(*)::int FROM public.jobs j WHERE j.tenant_id = c.tenant_id AND j.customer_id = c.id
       AND j.status = 'completed' AND j.completed_at >= now() - interval '90 days'
       AND NOT EXISTS (SELECT 1 FROM public.reviews v WHERE v.tenant_id = j.tenant_id AND v.job_id = j.id)),
    (SELECT count(*)::int FROM public.documents d WHERE d.tenant_id = c.tenant_id AND d.customer_id = c.id AND d.shared),
    (SELECT count(*)::int FROM public.assets a WHERE a.tenant_id = c.tenant_id AND a.customer_id = c.id)
  FROM (SELECT count(*)::int AS unpaid,
               (count(*) FILTER (WHERE v.due_date < today.d))::int AS overdue,
               COALESCE(sum(v.total_minor - v.paid_minor), 0)::int AS amount_due,
               COALESCE(sum(v.total_minor - v.paid_minor) FILTER (WHERE v.due_date < today.d), 0)::int AS overdue_amount
        FROM (SELECT bench_pgl.tenant_today(c.tenant_id) AS d) today, public.invoices v
        WHERE v.tenant_id = c.tenant_id AND v.customer_id = c.id AND v.status = 'issued' AND v.paid_minor < v.total_minor) i
  $$;
COMMENT ON FUNCTION bench_pgl.customers_dashboard_summary(public.customers) IS '@notNull';

-- The dashboard's lists are the generated relation connections (customer -> jobs, requests,
-- invoices) with these as conditions (behavior +filterBy: condition: { isUpcoming: true }).
CREATE FUNCTION bench_pgl.jobs_is_upcoming(j public.jobs) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT j.status IN ('requested', 'scheduled', 'in_progress') AND j.scheduled_end >= now() $$;
COMMENT ON FUNCTION bench_pgl.jobs_is_upcoming(public.jobs) IS '@behavior +filterBy';

CREATE FUNCTION bench_pgl.jobs_is_awaiting_review(j public.jobs) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT j.status = 'completed' AND j.completed_at >= now() - interval '90 days'
          AND NOT EXISTS (SELECT 1 FROM public.reviews v WHERE v.tenant_id = j.tenant_id AND v.job_id = j.id) $$;
COMMENT ON FUNCTION bench_pgl.jobs_is_awaiting_review(public.jobs) IS '@behavior +filterBy';

CREATE FUNCTION bench_pgl.service_requests_is_open(r public.service_requests) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT r.status IN ('submitted', 'reviewed') $$;
COMMENT ON FUNCTION bench_pgl.service_requests_is_open(public.service_requests) IS '@behavior +filterBy';

CREATE FUNCTION bench_pgl.invoices_is_unpaid(i public.invoices) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT i.status = 'issued' AND i.paid_minor < i.total_minor $$;
COMMENT ON FUNCTION bench_pgl.invoices_is_unpaid(public.invoices) IS '@behavior +filterBy';

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA bench_pgl TO portico_app;
`;

/** (Re)creates the bench_pgl schema as the database owner. */
export async function installPostgraphileSchema(ownerUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(POSTGRAPHILE_SQL);
  } finally {
    await client.end();
  }
}
