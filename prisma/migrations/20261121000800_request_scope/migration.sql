-- Opens a signed-in request in one round trip: sets the row-level-security scope for the rest
-- of the transaction, then reads the session and its account under that scope (so it sees
-- nothing a customer or staff member could not), refreshing last_seen_at at most every five
-- minutes. SECURITY INVOKER: the policies of the calling role apply.
CREATE FUNCTION app_open_request(p_tenant uuid, p_role text, p_customer uuid, p_session uuid, p_now timestamptz)
  RETURNS TABLE (
    staff_user_id uuid,
    portal_account_id uuid,
    customer_id uuid,
    staff_status text,
    staff_role text,
    account_status text
  )
  LANGUAGE plpgsql VOLATILE
  AS $$
  BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true),
            set_config('app.role', p_role, true),
            set_config('app.customer_id', COALESCE(p_customer::text, ''), true);
    UPDATE sessions s SET last_seen_at = p_now
      WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.last_seen_at < p_now - interval '5 minutes';
    RETURN QUERY
      SELECT s.staff_user_id, s.portal_account_id, s.customer_id, su.status::text, su.role::text, pa.status::text
      FROM sessions s
      LEFT JOIN staff_users su ON su.tenant_id = s.tenant_id AND su.id = s.staff_user_id
      LEFT JOIN portal_accounts pa ON pa.tenant_id = s.tenant_id AND pa.id = s.portal_account_id
      WHERE s.tenant_id = p_tenant AND s.id = p_session AND s.revoked_at IS NULL AND s.expires_at > p_now;
  END
  $$;
