-- Technicians see only their own jobs, in the database: a staff transaction whose app.staff_role
-- is 'technician' sees (and changes) only the jobs whose technician is app.staff_id, and only
-- those jobs' internal notes, whatever the SQL. The office (owner, admin, dispatcher) and
-- background work (role 'system') still see the whole tenant.
--
-- app_open_request now also sets app.staff_id and app.staff_role from the session it opens, as
-- nested scopes already do (db/rls.ts setScope with platform/scope.ts rlsOf).

CREATE FUNCTION app_staff() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.staff_id', true), '')::uuid $$;
CREATE FUNCTION app_staff_role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.staff_role', true), '') $$;
CREATE FUNCTION app_is_technician() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT app_role() = 'staff' AND app_staff_role() IS NOT DISTINCT FROM 'technician' $$;

-- Restrictive: and-ed with every permissive policy (staff_all, customer_own). Only for the
-- application role, so SECURITY DEFINER functions (technician_busy_times, which placement needs to
-- see every technician's busy times) and the owner's own work are not narrowed by it.
CREATE POLICY technician_own ON jobs AS RESTRICTIVE FOR ALL TO portico_app
  USING (NOT app_is_technician() OR technician_id = app_staff());
-- A job's internal notes follow their job, itself under the policy above.
CREATE POLICY technician_own ON job_internal_notes AS RESTRICTIVE FOR ALL TO portico_app
  USING (NOT app_is_technician() OR EXISTS (
    SELECT 1 FROM jobs j WHERE j.tenant_id = job_internal_notes.tenant_id AND j.id = job_internal_notes.job_id));

-- The same one round trip as before; for a staff session it also sets who the staff member is
-- and their role, for the policies above.
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
            set_config('app.customer_id', COALESCE(p_customer::text, ''), true),
            set_config('app.staff_id', '', true),
            set_config('app.staff_role', '', true);
    SELECT p_now - CASE WHEN p_role = 'customer' THEN make_interval(days => t.customer_session_idle_days)
                        ELSE make_interval(hours => t.staff_session_idle_hours) END
      INTO v_idle_since
      FROM tenants t WHERE t.id = p_tenant;
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
    IF p_role = 'staff' THEN
      PERFORM set_config('app.staff_id', COALESCE(staff_user_id::text, ''), true),
              set_config('app.staff_role', COALESCE(staff_role, ''), true);
    END IF;
    RETURN NEXT;
  END
  $$;
GRANT EXECUTE ON FUNCTION app_open_request(uuid, text, uuid, uuid, timestamptz) TO portico_app;
