-- An erasure (issue 22, privacy/erase-customer.ts) removes where a customer acted from: the address
-- and browser kept with their audit entries and document accesses. Both tables are append-only for
-- the application role (20261209000300_audit_log_immutable), so this one function, owned by the
-- migration's role, is the only change allowed to them: only these two columns, only of the
-- customer erased, only from background work of the same tenant (role 'system').
CREATE FUNCTION app_erase_audit_identity(p_customer uuid)
  RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
  changed integer;
BEGIN
  IF tenant IS NULL OR app_role() <> 'system' THEN
    RAISE EXCEPTION 'app_erase_audit_identity needs a tenant''s system scope' USING ERRCODE = '42501';
  END IF;
  UPDATE activity_logs SET ip = NULL, user_agent = NULL
   WHERE tenant_id = tenant AND customer_id = p_customer AND (ip IS NOT NULL OR user_agent IS NOT NULL);
  GET DIAGNOSTICS changed = ROW_COUNT;
  UPDATE document_access_events SET ip = NULL, user_agent = NULL
   WHERE tenant_id = tenant AND actor_type = 'customer' AND actor_id = p_customer AND (ip IS NOT NULL OR user_agent IS NOT NULL);
  RETURN changed;
END
$$;
REVOKE ALL ON FUNCTION app_erase_audit_identity(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_erase_audit_identity(uuid) TO portico_app;
