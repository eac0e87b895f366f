-- Account takeover and sign-in link timing (issue 13).
--
-- 1. An email change that staff started (they changed the customer's contact email) is marked:
--    the new mailbox may be anyone's, so only the customer, signed in, may confirm that their
--    portal login follows it.
-- 2. Magic-link and password-reset requests are queued as they come, before anything is looked
--    up: the worker finds the account, issues the token and writes the email, so the answer takes
--    the same time whether or not the account exists.

-- AlterTable
ALTER TABLE "one_time_tokens" ADD COLUMN     "requested_by_staff" BOOLEAN NOT NULL DEFAULT false;

-- The queue (graphile-worker's schema) belongs to the owner and the application role has no
-- access to it. SECURITY DEFINER lets an anonymous sign-in flow, in its tenant's 'auth' scope,
-- queue this one task and nothing else; the tenant is the scope's, never an argument.
CREATE FUNCTION queue_sign_in_link(link_kind text, link_purpose text, link_email text, client_ip text, client_user_agent text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
BEGIN
  IF tenant IS NULL OR app_role() <> 'auth' THEN
    RAISE EXCEPTION 'queue_sign_in_link needs a tenant''s auth scope';
  END IF;
  IF NOT ((link_kind = 'customer' AND link_purpose IN ('magic_link', 'password_reset'))
       OR (link_kind = 'staff' AND link_purpose = 'password_reset')) THEN
    RAISE EXCEPTION 'queue_sign_in_link: no % link for a % account', link_purpose, link_kind;
  END IF;
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RAISE EXCEPTION 'queue_sign_in_link: the job queue is not installed';
  END IF;
  PERFORM graphile_worker.add_job(
    'sign-in-link',
    json_build_object('tenantId', tenant, 'kind', link_kind, 'purpose', link_purpose, 'email', link_email,
                      'ip', client_ip, 'userAgent', client_user_agent),
    max_attempts := 3,
    flags := ARRAY['tenant:' || tenant::text]
  );
END
$$;
REVOKE ALL ON FUNCTION queue_sign_in_link(text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_sign_in_link(text, text, text, text, text) TO portico_app;
