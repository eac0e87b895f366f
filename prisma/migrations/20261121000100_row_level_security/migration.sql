-- Row-level security: the second wall behind graphql-shield.
--
-- Every request runs in a transaction that first sets, with set_config(..., true):
--   app.tenant_id    the tenant the request belongs to
--   app.role         'staff' | 'customer' | 'auth' (sign-in flows) | 'public' (anonymous) | 'system' (background jobs)
--   app.customer_id  the signed-in customer, for role 'customer'
-- The application connects as portico_app, which is neither superuser nor owner, so FORCE'd
-- policies always apply. A setting read after its transaction ended comes back as '', hence NULLIF.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portico_app') THEN
    CREATE ROLE portico_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;

CREATE FUNCTION app_tenant() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
CREATE FUNCTION app_customer() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.customer_id', true), '')::uuid $$;
CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT COALESCE(NULLIF(current_setting('app.role', true), ''), 'none') $$;
-- Staff and background jobs see the whole tenant.
CREATE FUNCTION app_is_staff() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT app_role() IN ('staff', 'system') $$;
CREATE FUNCTION app_is_customer(customer uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT app_role() = 'customer' AND customer = app_customer() $$;

-- The tenant is found from the portal URL before any tenant is set: these two functions are
-- the only way past RLS to the tenants table, and they reveal nothing but the id.
CREATE FUNCTION tenant_id_by_slug(wanted text) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT id FROM tenants WHERE slug = lower(wanted) $$;
CREATE FUNCTION tenant_id_by_domain(wanted text) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT id FROM tenants WHERE custom_domain = lower(wanted) $$;

-- tenants: everyone inside a tenant may read its settings; only staff change them.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON tenants FOR SELECT USING (id = app_tenant());
CREATE POLICY tenant_staff_update ON tenants FOR UPDATE USING (id = app_tenant() AND app_is_staff());
-- The owner (who runs migrations, the seed and tenant provisioning, and owns the two
-- SECURITY DEFINER functions above) is not always a superuser: FORCE would hide rows from it too.
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON tenants TO %I USING (true)', current_user); END $$;

-- Enable and force RLS on every tenant-owned table.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'staff_users', 'customers', 'portal_accounts', 'sessions', 'one_time_tokens', 'sites',
    'asset_types', 'asset_type_names', 'assets', 'service_types', 'jobs', 'job_internal_notes',
    'service_agreements', 'invoice_sequences', 'invoices', 'invoice_lines', 'payments',
    'service_requests', 'request_attachments', 'documents', 'reviews', 'activity_logs', 'outbox_emails'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- Staff (and background jobs) may do anything inside their own tenant.
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
  END LOOP;
END
$$;

-- Sign-in flows (role 'auth') read and write identities of the tenant in the URL.
CREATE POLICY auth_all ON staff_users FOR ALL USING (tenant_id = app_tenant() AND app_role() = 'auth');
CREATE POLICY auth_all ON customers FOR ALL USING (tenant_id = app_tenant() AND app_role() = 'auth');
CREATE POLICY auth_all ON portal_accounts FOR ALL USING (tenant_id = app_tenant() AND app_role() = 'auth');
CREATE POLICY auth_all ON sessions FOR ALL USING (tenant_id = app_tenant() AND app_role() = 'auth');
CREATE POLICY auth_all ON one_time_tokens FOR ALL USING (tenant_id = app_tenant() AND app_role() = 'auth');
CREATE POLICY auth_insert ON activity_logs FOR INSERT WITH CHECK (tenant_id = app_tenant() AND app_role() = 'auth');

-- A customer sees their own record and what belongs to it, nothing of other customers.
CREATE POLICY customer_own ON customers FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(id));
CREATE POLICY customer_own ON portal_accounts FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_own ON sessions FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_own ON sites FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON assets FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_own ON jobs FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON service_agreements FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON invoices FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON payments FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_own ON service_requests FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_own ON reviews FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON activity_logs FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_insert ON activity_logs FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id));
-- Only documents the tenant chose to share.
CREATE POLICY customer_read_shared ON documents FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND shared);

-- Children without their own customer_id follow their parent, itself under RLS.
CREATE POLICY customer_read ON invoice_lines FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
    SELECT 1 FROM invoices i WHERE i.tenant_id = invoice_lines.tenant_id AND i.id = invoice_lines.invoice_id));
CREATE POLICY customer_own ON request_attachments FOR ALL
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
    SELECT 1 FROM service_requests r WHERE r.tenant_id = request_attachments.tenant_id AND r.id = request_attachments.request_id));

-- Catalogues every customer of the tenant may read.
CREATE POLICY customer_read ON asset_types FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer');
CREATE POLICY customer_read ON asset_type_names FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer');
CREATE POLICY customer_public_read ON service_types FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() IN ('customer', 'public'));
-- Technicians' display names on a customer's jobs (the API exposes nothing else of staff).
CREATE POLICY customer_read ON staff_users FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer');

-- Anyone may read a tenant's published reviews (partner sites).
CREATE POLICY public_read_published ON reviews FOR SELECT
  USING (tenant_id = app_tenant() AND status = 'published');

-- Any request of a tenant may queue an email; only staff read the outbox.
CREATE POLICY queue_email ON outbox_emails FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_role() IN ('auth', 'customer', 'staff', 'system'));

-- The application role: data access only, no ownership, no DDL.
GRANT USAGE ON SCHEMA public TO portico_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portico_app;
REVOKE ALL ON TABLE "_prisma_migrations" FROM portico_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO portico_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portico_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO portico_app;
