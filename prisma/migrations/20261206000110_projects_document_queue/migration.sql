-- queue_project_document (migration 20261206000100_projects) built its payload as jsonb, but
-- graphile_worker.add_job takes json: the same function, with a json payload.
CREATE OR REPLACE FUNCTION queue_project_document(p_project uuid, p_kind text, p_milestone uuid)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
BEGIN
  IF tenant IS NULL OR app_role() NOT IN ('staff', 'system') THEN
    RAISE EXCEPTION 'queue_project_document needs a tenant''s staff or system scope';
  END IF;
  IF p_kind NOT IN ('WELCOME_PACK', 'PROGRESS_REPORT', 'COMPLETION_CERTIFICATE', 'WARRANTY') THEN
    RAISE EXCEPTION 'queue_project_document: no kind %', p_kind;
  END IF;
  IF (p_kind = 'PROGRESS_REPORT') <> (p_milestone IS NOT NULL) THEN
    RAISE EXCEPTION 'queue_project_document: a progress report, and only it, names its milestone';
  END IF;
  PERFORM 1 FROM projects p WHERE p.tenant_id = tenant AND p.id = p_project;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'queue_project_document: no such project';
  END IF;
  -- Until the worker has installed its schema (first start), nothing is queued (like the outbox).
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RETURN;
  END IF;
  PERFORM graphile_worker.add_job(
    'generate_project_document',
    json_strip_nulls(json_build_object('tenantId', tenant, 'projectId', p_project, 'kind', p_kind, 'milestoneId', p_milestone)),
    max_attempts := 5,
    job_key := 'generate_project_document:' || p_project::text || ':' || p_kind || COALESCE(':' || p_milestone::text, ''),
    job_key_mode := 'replace',
    flags := ARRAY['tenant:' || tenant::text]
  );
END
$$;
