-- Sessions left unused end: a tenant sets how long a customer's (days) and a staff member's (hours)
-- session may sit idle. app_open_request checks it before refreshing last_seen_at, so a request
-- after the limit is refused (and says why), and the housekeeping task deletes such sessions.
-- The tenants table's row-level security and grants already cover the new columns.

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "customer_session_idle_days" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "staff_session_idle_hours" INTEGER NOT NULL DEFAULT 12;

ALTER TABLE "tenants" ADD CONSTRAINT "tenants_customer_session_idle_days_check" CHECK ("customer_session_idle_days" BETWEEN 1 AND 30),
  ADD CONSTRAINT "tenants_staff_session_idle_hours_check" CHECK ("staff_session_idle_hours" BETWEEN 1 AND 168);

-- The same one round trip as before, plus: the tenant's idle limit for this kind of session, a
-- session idle past it is answered with idle = true (and no refresh), never as a working session.
DROP FUNCTION app_open_request(uuid, text, uuid, uuid, timestamptz);
CREATE FUNCTION app_open_request(p_tenant uuid, p_role text, p_customer uuid, p_session uuid, p_now timestamptz)
  RETURNS TABLE (
    staff_user_id uuid,
    portal_account_id uuid,
    customer_id uuid,
    staff_status text,
    staff_role text,
    account_status text,
    idle boolean
  )
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    v_idle_since timestamptz;
  BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true),
            set_config('app.role', p_role, true),
            set_config('app.customer_id', COALESCE(p_customer::text, ''), true);
    SELECT p_now - CASE WHEN p_role = 'customer' THEN make_interval(days => t.customer_session_idle_days)
                        ELSE make_interval(hours => t.staff_session_idle_hours) END
      INTO v_idle_since
      FROM tenants t WHERE t.id = p_tenant;
    UPDATE sessions s SET last_seen_at = p_now
      WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.last_seen_at < p_now - interval '5 minutes'
        AND s.last_seen_at >= v_idle_since AND s.revoked_at IS NULL AND s.expires_at > p_now;
    RETURN QUERY
      SELECT s.staff_user_id, s.portal_account_id, s.customer_id, su.status::text, su.role::text, pa.status::text,
             (v_idle_since IS NULL OR s.last_seen_at < v_idle_since)
      FROM sessions s
      LEFT JOIN staff_users su ON su.tenant_id = s.tenant_id AND su.id = s.staff_user_id
      LEFT JOIN portal_accounts pa ON pa.tenant_id = s.tenant_id AND pa.id = s.portal_account_id
      WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.revoked_at IS NULL AND s.expires_at > p_now;
  END
  $$;
GRANT EXECUTE ON FUNCTION app_open_request(uuid, text, uuid, uuid, timestamptz) TO portico_app;
