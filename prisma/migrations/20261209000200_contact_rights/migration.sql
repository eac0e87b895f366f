-- Issue 22: a contact's rights within their account, enforced by row-level security.
--
-- A customer's transaction now also knows who of the account is acting (set by app_open_request
-- from the session's contact, or by setScope for scopes the server builds):
--   app.contact_id      the contact (portal_accounts.id)
--   app.contact_rights  '*' (the primary contact, or work the server does for the whole account)
--                       or a comma list of contact_right values; '' means no right at all
--   app.contact_sites   a comma list of site ids the contact is limited to; '' means every site
-- Every customer-visible table gets a RESTRICTIVE policy (and-ed with the permissive ones) by
-- right. The functions below are STABLE and read only settings: in the policies they are wrapped
-- as (SELECT app_contact_may('invoices')) so the planner evaluates them once per statement (an
-- initplan), not once per row; staff, system and auth scopes pass straight through.
--
-- A NULL site (an asset, quote, project, supply order or invoice not tied to a site, a request
-- without an asset or job) is visible to every contact who has the right: it is not about one of
-- the buildings a contact is limited to. A site-limited contact cannot add sites (the new site is
-- not in their list).
--
-- Jobs need the appointments right, whoever asks: a contact with only the requests right follows
-- their requests' status, not the visit (the request's job reads as none). Message threads stay
-- visible to every contact of the account (the conversation is the account's; what a thread is
-- anchored to still obeys its own table's rights, so an invoice thread shows no invoice to a
-- contact without the invoices right). Notifications stay the account's.

CREATE FUNCTION app_contact() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.contact_id', true), '')::uuid $$;

-- True outside customer scopes, for the primary contact ('*'), or when the right is in the list.
CREATE FUNCTION app_contact_may(wanted text) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT app_role() <> 'customer'
            OR COALESCE(current_setting('app.contact_rights', true), '') = '*'
            OR wanted = ANY (string_to_array(NULLIF(current_setting('app.contact_rights', true), ''), ',')) $$;

-- True outside customer scopes and for a contact limited to no site.
CREATE FUNCTION app_contact_all_sites() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT app_role() <> 'customer' OR COALESCE(current_setting('app.contact_sites', true), '') = '' $$;

-- Whether the contact may see what is at this site (NULL: tied to no site, visible).
CREATE FUNCTION app_contact_site(site uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT site IS NULL OR app_contact_all_sites()
            OR site::text = ANY (string_to_array(current_setting('app.contact_sites', true), ',')) $$;

-- The site of a job or an asset, read past row-level security: an invoice's site limit must not
-- depend on the contact's appointments right (which hides the job itself).
CREATE FUNCTION app_job_site(p_tenant uuid, p_job uuid) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT site_id FROM jobs WHERE tenant_id = p_tenant AND id = p_job $$;
CREATE FUNCTION app_asset_site(p_tenant uuid, p_asset uuid) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT site_id FROM assets WHERE tenant_id = p_tenant AND id = p_asset $$;

-- Rights: one restrictive policy per table, for every command.
DO $$
DECLARE
  t text;
BEGIN
  -- Money: invoices and what they are made of, payments, credit notes, tips, quotes (approving
  -- one commits money), saved payment methods and autopay.
  FOREACH t IN ARRAY ARRAY[
    'invoices', 'invoice_lines', 'payments', 'credit_notes', 'tips', 'quotes', 'quote_versions',
    'quote_options', 'quote_items', 'payment_customers', 'sandbox_payment_methods', 'payment_mandates',
    'agreement_autopay', 'meter_contract_autopay', 'autopay_attempts', 'card_expiry_reminders',
    'meter_billing_periods'
  ] LOOP
    EXECUTE format('CREATE POLICY contact_invoices ON %I AS RESTRICTIVE FOR ALL TO portico_app
      USING ((SELECT app_contact_may(''invoices''))) WITH CHECK ((SELECT app_contact_may(''invoices'')))', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['jobs', 'calendar_feeds'] LOOP
    EXECUTE format('CREATE POLICY contact_appointments ON %I AS RESTRICTIVE FOR ALL TO portico_app
      USING ((SELECT app_contact_may(''appointments''))) WITH CHECK ((SELECT app_contact_may(''appointments'')))', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['service_requests', 'request_attachments'] LOOP
    EXECUTE format('CREATE POLICY contact_requests ON %I AS RESTRICTIVE FOR ALL TO portico_app
      USING ((SELECT app_contact_may(''requests''))) WITH CHECK ((SELECT app_contact_may(''requests'')))', t);
  END LOOP;
END
$$;

-- Documents: all of the account's shared documents, or only those shared with this contact.
CREATE POLICY contact_documents ON documents AS RESTRICTIVE FOR ALL TO portico_app
  USING ((SELECT app_contact_may('documents_all'))
         OR ((SELECT app_contact_may('documents_shared')) AND EXISTS (
           SELECT 1 FROM document_contact_shares s
            WHERE s.tenant_id = documents.tenant_id AND s.document_id = documents.id AND s.contact_id = (SELECT app_contact()))))
  WITH CHECK ((SELECT app_contact_may('documents_all')));
-- A contact reads the shares naming them (staff manage them: staff_all).
CREATE POLICY customer_read ON document_contact_shares FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND contact_id = app_contact());

-- Contacts: everyone reads and updates their own row; other contacts need the contacts right.
CREATE POLICY contact_contacts ON portal_accounts AS RESTRICTIVE FOR ALL TO portico_app
  USING (id = (SELECT app_contact()) OR (SELECT app_contact_may('contacts')))
  WITH CHECK (id = (SELECT app_contact()) OR (SELECT app_contact_may('contacts')));
-- Sessions stay under customer_own: a contact's list and sign-outs name their own contact in the
-- code (auth/sessions.ts), and app_open_request reads the session before it knows the contact.

-- A contact changes their own name, phone, language and preferences, never their own rights,
-- sites, primary flag or status; nobody in the portal makes or unmakes the primary contact, or
-- changes the primary's rights (the primary has them all).
CREATE FUNCTION contact_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF app_role() <> 'customer' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.is_primary THEN
      RAISE EXCEPTION 'a contact cannot make a primary contact' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.is_primary IS DISTINCT FROM OLD.is_primary OR NEW.customer_id IS DISTINCT FROM OLD.customer_id THEN
    RAISE EXCEPTION 'a contact cannot change who is the primary contact' USING ERRCODE = '42501';
  END IF;
  IF (OLD.id = app_contact() OR OLD.is_primary)
     AND (NEW.rights IS DISTINCT FROM OLD.rights OR NEW.site_ids IS DISTINCT FROM OLD.site_ids OR NEW.status IS DISTINCT FROM OLD.status) THEN
    RAISE EXCEPTION 'a contact cannot change their own or the primary contact''s rights' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER portal_accounts_contact_guard BEFORE INSERT OR UPDATE ON portal_accounts
  FOR EACH ROW EXECUTE FUNCTION contact_guard();

-- Site limits.
CREATE POLICY contact_sites ON sites AS RESTRICTIVE FOR ALL TO portico_app
  USING ((SELECT app_contact_all_sites()) OR app_contact_site(id))
  WITH CHECK ((SELECT app_contact_all_sites()) OR app_contact_site(id));
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['assets', 'jobs', 'quotes', 'projects', 'supply_orders'] LOOP
    EXECUTE format('CREATE POLICY contact_sites ON %I AS RESTRICTIVE FOR ALL TO portico_app
      USING ((SELECT app_contact_all_sites()) OR app_contact_site(site_id))
      WITH CHECK ((SELECT app_contact_all_sites()) OR app_contact_site(site_id))', t);
  END LOOP;
END
$$;
CREATE POLICY contact_sites ON invoices AS RESTRICTIVE FOR ALL TO portico_app
  USING ((SELECT app_contact_all_sites()) OR app_contact_site(app_job_site(tenant_id, job_id)))
  WITH CHECK ((SELECT app_contact_all_sites()) OR app_contact_site(app_job_site(tenant_id, job_id)));
CREATE POLICY contact_sites ON meters AS RESTRICTIVE FOR ALL TO portico_app
  USING ((SELECT app_contact_all_sites()) OR app_contact_site(app_asset_site(tenant_id, asset_id)))
  WITH CHECK ((SELECT app_contact_all_sites()) OR app_contact_site(app_asset_site(tenant_id, asset_id)));
CREATE POLICY contact_sites ON service_requests AS RESTRICTIVE FOR ALL TO portico_app
  USING ((SELECT app_contact_all_sites())
         OR app_contact_site(COALESCE(app_job_site(tenant_id, job_id), app_asset_site(tenant_id, asset_id))))
  WITH CHECK ((SELECT app_contact_all_sites())
         OR app_contact_site(COALESCE(app_job_site(tenant_id, job_id), app_asset_site(tenant_id, asset_id))));

-- app_open_request also sets the contact's rights and sites for a customer's session and returns
-- the contact's row (without its password hash), so the request builds its principal from it.
-- The session's contact is set before the contact is read (a contact without the contacts right
-- sees only their own row).
DROP FUNCTION app_open_request(uuid, text, uuid, uuid, timestamptz);
CREATE FUNCTION app_open_request(p_tenant uuid, p_role text, p_customer uuid, p_session uuid, p_now timestamptz)
  RETURNS TABLE (
    staff_user_id uuid,
    portal_account_id uuid,
    customer_id uuid,
    staff_status text,
    staff_role text,
    account_status text,
    idle boolean,
    tenant jsonb,
    customer jsonb,
    contact jsonb
  )
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    v_idle_since timestamptz;
    v_contact portal_accounts%ROWTYPE;
  BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true),
            set_config('app.role', p_role, true),
            set_config('app.customer_id', COALESCE(p_customer::text, ''), true),
            set_config('app.staff_id', '', true),
            set_config('app.staff_role', '', true),
            set_config('app.contact_id', '', true),
            set_config('app.contact_rights', '', true),
            set_config('app.contact_sites', '', true);
    -- The tenant's row comes back too: every request needs it next (features, time zone,
    -- currency), and the caller keeps it for the request instead of reading it again.
    SELECT p_now - CASE WHEN p_role = 'customer' THEN make_interval(days => t.customer_session_idle_days)
                        ELSE make_interval(hours => t.staff_session_idle_hours) END
      , to_jsonb(t)
      INTO v_idle_since, tenant
      FROM tenants t WHERE t.id = p_tenant;
    IF p_role = 'customer' THEN
      PERFORM set_config('app.contact_id', COALESCE(s.portal_account_id::text, ''), true)
        FROM sessions s WHERE s.tenant_id = p_tenant AND s.id = p_session;
    END IF;
    UPDATE sessions s SET last_seen_at = p_now
      WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.last_seen_at < p_now - interval '5 minutes'
        AND s.last_seen_at >= v_idle_since AND s.revoked_at IS NULL AND s.expires_at > p_now;
    SELECT s.staff_user_id, s.portal_account_id, s.customer_id, su.status::text, su.role::text, pa.status::text,
           (v_idle_since IS NULL OR s.last_seen_at < v_idle_since)
      INTO staff_user_id, portal_account_id, customer_id, staff_status, staff_role, account_status, idle
      FROM sessions s
      LEFT JOIN staff_users su ON su.tenant_id = s.tenant_id AND su.id = s.staff_user_id
      LEFT JOIN portal_accounts pa ON pa.tenant_id = s.tenant_id AND pa.id = s.portal_account_id
      WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.revoked_at IS NULL AND s.expires_at > p_now;
    IF NOT FOUND THEN
      RETURN;
    END IF;
    -- The caller refuses a session that is not active or sat idle, and then lowers the scope to
    -- 'public' (clearing these too).
    IF p_role = 'customer' THEN
      -- The contact first: its rights decide what the rest of the request sees.
      SELECT * INTO v_contact FROM portal_accounts pa WHERE pa.tenant_id = p_tenant AND pa.id = portal_account_id;
      IF FOUND THEN
        contact := to_jsonb(v_contact) - 'password_hash';
        PERFORM set_config('app.contact_rights',
                  CASE WHEN v_contact.is_primary THEN '*' ELSE array_to_string(v_contact.rights, ',') END, true),
                set_config('app.contact_sites', array_to_string(v_contact.site_ids, ','), true);
      END IF;
      SELECT to_jsonb(c) INTO customer FROM customers c WHERE c.tenant_id = p_tenant AND c.id = p_customer;
    END IF;
    IF p_role = 'staff' THEN
      PERFORM set_config('app.staff_id', COALESCE(staff_user_id::text, ''), true),
              set_config('app.staff_role', COALESCE(staff_role, ''), true);
    END IF;
    RETURN NEXT;
  END
  $$;
GRANT EXECUTE ON FUNCTION app_open_request(uuid, text, uuid, uuid, timestamptz) TO portico_app;
