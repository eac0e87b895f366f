-- Reply by email (server/src/messaging/email/): a reply address names a thread, not its tenant, and
-- every table is under forced row-level security, so the inbound listener finds the thread's tenant
-- here before it opens that tenant's scope. Like tenant_id_by_slug it reveals nothing but the id,
-- and only for a thread id the caller already has (from a reply address whose signature held).
CREATE FUNCTION app_thread_tenant(p_thread uuid) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT tenant_id FROM message_threads WHERE id = p_thread $$;
REVOKE ALL ON FUNCTION app_thread_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_thread_tenant(uuid) TO portico_app;

-- The lookup above is by thread id alone (the key starts with tenant_id).
CREATE INDEX "message_threads_id_idx" ON "message_threads"("id");
