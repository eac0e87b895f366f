-- app_open_request also returns the tenant's row and, for a customer's session, the customer's row
-- (as jsonb, keyed by column), so a request reads them in the statement that opens it rather than
-- in statements of their own (issue 16).

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
    customer jsonb
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
    -- The tenant's row comes back too: every request needs it next (features, time zone,
    -- currency), and the caller keeps it for the request instead of reading it again.
    SELECT p_now - CASE WHEN p_role = 'customer' THEN make_interval(days => t.customer_session_idle_days)
                        ELSE make_interval(hours => t.staff_session_idle_hours) END
      , to_jsonb(t)
      INTO v_idle_since, tenant
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
    IF p_role = 'customer' THEN
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
