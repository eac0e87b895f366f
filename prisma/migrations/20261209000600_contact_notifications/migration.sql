-- Issue 22: notifications reach each contact of an account, not the account. A contact is told
-- of what their rights let them see (row-level security decides, as for everything else they
-- read), by the channel they chose per kind, in their language; their bell holds their rows only.

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "contact_id" UUID;

-- CreateIndex
CREATE INDEX "notifications_tenant_id_contact_id_created_at_idx" ON "notifications"("tenant_id", "contact_id", "created_at");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_contact_id_fkey" FOREIGN KEY ("tenant_id", "contact_id") REFERENCES "portal_accounts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the account had becomes its primary contact's: the bell's rows and the choices per kind.
UPDATE notifications n SET contact_id = pa.id
  FROM portal_accounts pa
  WHERE n.customer_id IS NOT NULL AND pa.tenant_id = n.tenant_id AND pa.customer_id = n.customer_id AND pa.is_primary;
UPDATE portal_accounts pa SET notification_preferences = c.notification_preferences
  FROM customers c
  WHERE c.tenant_id = pa.tenant_id AND c.id = pa.customer_id AND pa.is_primary AND pa.notification_preferences = '{}'::jsonb;

-- The primary contact, or work the server does for the whole account.
CREATE FUNCTION app_contact_is_primary() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT COALESCE(current_setting('app.contact_rights', true), '') = '*' $$;

-- A contact reads and marks their own rows; the primary also the account's rows from before it
-- had a login (contact_id NULL). Anyone who may write a notification writes one for any contact
-- of the customer (a colleague's payment tells the primary): the permissive policies check that.
CREATE POLICY contact_own ON notifications AS RESTRICTIVE FOR ALL TO portico_app
  USING ((SELECT app_role()) <> 'customer' OR contact_id = (SELECT app_contact())
         OR (contact_id IS NULL AND (SELECT app_contact_is_primary())))
  WITH CHECK (true);

-- The contacts of an account who hear from the business: the primary unless deactivated (an
-- invited primary is the customer's own address, as before contacts), the others once they
-- accepted. Read past row-level security (a contact without the contacts right sees only their own
-- row, yet a payment they make tells the primary), and only for the caller's own customer in a
-- customer's scope. No password hash. A contact without a name or language of their own has the
-- account's.
CREATE FUNCTION app_account_contacts(p_customer uuid)
  RETURNS TABLE (id uuid, email text, name text, locale text, notification_preferences jsonb, is_primary boolean, rights text, site_ids text)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT pa.id, pa.email::text, COALESCE(NULLIF(pa.name, ''), c.name), COALESCE(pa.locale, c.locale),
               pa.notification_preferences, pa.is_primary, array_to_string(pa.rights, ','), array_to_string(pa.site_ids, ',')
          FROM portal_accounts pa
          JOIN customers c ON c.tenant_id = pa.tenant_id AND c.id = pa.customer_id
         WHERE pa.tenant_id = app_tenant() AND pa.customer_id = p_customer
           AND app_role() IN ('staff', 'system', 'customer')
           AND (app_role() <> 'customer' OR p_customer = app_customer())
           AND (pa.status = 'active' OR (pa.is_primary AND pa.status = 'invited'))
         ORDER BY pa.is_primary DESC, pa.created_at, pa.id $$;
REVOKE ALL ON FUNCTION app_account_contacts(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_account_contacts(uuid) TO portico_app;

-- Who of the account is told about a subject: each contact above, and whether they may see the
-- subject. Not a list of rights per kind: the subject is read once per contact in that contact's
-- own scope (their rights and sites in the settings, as app_open_request sets them), so the rows
-- their bell and inbox would link to are exactly those row-level security shows them. The
-- caller's settings are put back before each answer. The primary sees the whole account.
CREATE FUNCTION app_contacts_to_notify(p_customer uuid, p_subject_type text, p_subject_id uuid)
  RETURNS TABLE (contact_id uuid, email text, name text, locale text, notification_preferences jsonb, sees boolean)
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    c record;
    keys constant text[] := ARRAY['app.role', 'app.customer_id', 'app.staff_id', 'app.staff_role', 'app.contact_id', 'app.contact_rights', 'app.contact_sites'];
    saved text[];
    i int;
  BEGIN
    saved := ARRAY(SELECT COALESCE(current_setting(k, true), '') FROM unnest(keys) AS k);
    FOR c IN SELECT * FROM app_account_contacts(p_customer) LOOP
      contact_id := c.id;
      email := c.email;
      name := c.name;
      locale := c.locale;
      notification_preferences := c.notification_preferences;
      IF c.is_primary THEN
        sees := true;
      ELSE
        PERFORM set_config('app.role', 'customer', true),
                set_config('app.customer_id', p_customer::text, true),
                set_config('app.staff_id', '', true),
                set_config('app.staff_role', '', true),
                set_config('app.contact_id', c.id::text, true),
                set_config('app.contact_rights', c.rights, true),
                set_config('app.contact_sites', c.site_ids, true);
        sees := CASE p_subject_type
          WHEN 'job' THEN EXISTS (SELECT 1 FROM jobs s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'invoice' THEN EXISTS (SELECT 1 FROM invoices s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'request' THEN EXISTS (SELECT 1 FROM service_requests s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'document' THEN EXISTS (SELECT 1 FROM documents s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'message' THEN EXISTS (SELECT 1 FROM message_threads s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'project' THEN EXISTS (SELECT 1 FROM projects s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'quote' THEN EXISTS (SELECT 1 FROM quotes s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'signing' THEN EXISTS (SELECT 1 FROM signing_requests s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'asset' THEN EXISTS (SELECT 1 FROM assets s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          WHEN 'supply_order' THEN EXISTS (SELECT 1 FROM supply_orders s WHERE s.tenant_id = app_tenant() AND s.id = p_subject_id)
          -- A card-expiry reminder: the agreement's autopay (the invoices right).
          WHEN 'autopay' THEN EXISTS (SELECT 1 FROM agreement_autopay s WHERE s.tenant_id = app_tenant() AND s.agreement_id = p_subject_id)
          ELSE false
        END;
        FOR i IN 1 .. array_length(keys, 1) LOOP
          PERFORM set_config(keys[i], saved[i], true);
        END LOOP;
      END IF;
      RETURN NEXT;
    END LOOP;
  END
  $$;
GRANT EXECUTE ON FUNCTION app_contacts_to_notify(uuid, text, uuid) TO portico_app;
