-- The audit log (issue 22): activity_logs is append-only for the application. No role of the API
-- or the worker may change or remove an entry: the grants allow SELECT and INSERT only, and the
-- staff policy that allowed everything is split into a read and an insert policy, so no UPDATE or
-- DELETE policy exists either. Only retention removes entries, through app_prune_audit_log below
-- (the owner's function), once they are older than the tenant's auditRetentionDays.
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "activity_logs" FROM portico_app;
GRANT SELECT, INSERT ON TABLE "activity_logs" TO portico_app;

DROP POLICY staff_all ON activity_logs;
CREATE POLICY staff_read ON activity_logs FOR SELECT USING (tenant_id = app_tenant() AND app_is_staff());
CREATE POLICY staff_insert ON activity_logs FOR INSERT WITH CHECK (tenant_id = app_tenant() AND app_is_staff());

-- The audit page filters by person and by subject, newest first.
CREATE INDEX "activity_logs_tenant_id_subject_id_created_at_idx" ON "activity_logs"("tenant_id", "subject_id", "created_at");
CREATE INDEX "activity_logs_tenant_id_contact_id_created_at_idx" ON "activity_logs"("tenant_id", "contact_id", "created_at");

-- Retention: removes the tenant's audit entries (activity and document access) older than its
-- audit_retention_days, as of p_now. Returns how many went. Runs as the owner (no application role
-- can delete them); the daily worker task calls it for each tenant.
CREATE FUNCTION app_prune_audit_log(p_tenant uuid, p_now timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_before timestamptz;
  v_activity integer;
  v_documents integer;
BEGIN
  SELECT p_now - make_interval(days => t.audit_retention_days) INTO v_before FROM tenants t WHERE t.id = p_tenant;
  IF v_before IS NULL THEN
    RETURN 0;
  END IF;
  DELETE FROM activity_logs WHERE tenant_id = p_tenant AND created_at < v_before;
  GET DIAGNOSTICS v_activity = ROW_COUNT;
  DELETE FROM document_access_events WHERE tenant_id = p_tenant AND at < v_before;
  GET DIAGNOSTICS v_documents = ROW_COUNT;
  RETURN v_activity + v_documents;
END
$$;
REVOKE ALL ON FUNCTION app_prune_audit_log(uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_prune_audit_log(uuid, timestamptz) TO portico_app;

-- A tenant keeps its audit log between 30 days and 10 years.
ALTER TABLE tenants ADD CONSTRAINT tenants_audit_retention_days CHECK (audit_retention_days BETWEEN 30 AND 3650);
