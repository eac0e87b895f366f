-- Privacy (issue 22): customers' own policies on privacy requests and acceptances, and the queue
-- function that hands an export to the worker from the requesting transaction.

-- The contact a customer's session is. The contacts work sets app.contact_id for a customer's
-- session; where it is not set (NULL) the policies below fall back to the account: the customer
-- still sees only their own account's rows, and the API narrows a non-primary contact to their own.
CREATE FUNCTION app_privacy_contact() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.contact_id', true), '')::uuid $$;

-- Whether the session's contact is its account's primary contact (true when no contact is named).
CREATE FUNCTION app_privacy_contact_is_primary() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT app_privacy_contact() IS NULL
            OR EXISTS (SELECT 1 FROM portal_accounts pa
                        WHERE pa.tenant_id = app_tenant() AND pa.id = app_privacy_contact()
                          AND pa.customer_id = app_customer() AND pa.is_primary) $$;

-- A contact reads the account's requests if primary, else their own; inserts requests of their own.
CREATE POLICY customer_read ON privacy_requests FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id)
         AND (app_privacy_contact_is_primary() OR requested_by_contact_id = app_privacy_contact()));
CREATE POLICY customer_insert ON privacy_requests FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id)
              AND status = 'requested' AND requested_by_staff_id IS NULL AND decided_by_staff_id IS NULL
              AND (app_privacy_contact() IS NULL OR requested_by_contact_id = app_privacy_contact()));

-- Acceptances: a contact reads and records their own (the account's, until contacts are named).
CREATE POLICY customer_own ON privacy_acceptances FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id)
         AND (app_privacy_contact() IS NULL OR contact_id = app_privacy_contact()));
CREATE POLICY customer_insert ON privacy_acceptances FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id)
              AND (app_privacy_contact() IS NULL OR contact_id = app_privacy_contact()));

-- 'privacy-export': builds one export request's ZIP. Queued from the transaction that asks for it
-- (a customer's or staff's), like queue_payment_job; one job per request.
CREATE FUNCTION queue_privacy_export(p_request uuid)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
BEGIN
  IF tenant IS NULL OR app_role() NOT IN ('customer', 'staff', 'system') THEN
    RAISE EXCEPTION 'queue_privacy_export needs a tenant''s customer, staff or system scope';
  END IF;
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RETURN;
  END IF;
  PERFORM graphile_worker.add_job(
    'privacy-export',
    json_build_object('tenantId', tenant, 'requestId', p_request),
    max_attempts := 3,
    job_key := 'privacy-export:' || tenant::text || ':' || p_request::text,
    flags := ARRAY['tenant:' || tenant::text]
  );
END
$$;
REVOKE ALL ON FUNCTION queue_privacy_export(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_privacy_export(uuid) TO portico_app;
