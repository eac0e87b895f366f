-- Which contacts of an account hear from the business (bell, emails, reminders): the primary
-- unless deactivated (an invited primary is the customer's own address, as before contacts), the
-- others once they have accepted their invitation. One rule, read by app_account_contacts (who is
-- told about a subject) and by the worker's reminder candidates (worker/reminders.ts), which run as
-- the owner across tenants and so cannot call the scoped function.
CREATE FUNCTION app_contact_hears(p_status "AccountStatus", p_is_primary boolean) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT p_status = 'active' OR (p_is_primary AND p_status = 'invited') $$;

CREATE OR REPLACE FUNCTION app_account_contacts(p_customer uuid)
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
           AND app_contact_hears(pa.status, pa.is_primary)
         ORDER BY pa.is_primary DESC, pa.created_at, pa.id $$;
