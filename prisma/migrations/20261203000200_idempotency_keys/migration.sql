-- Idempotency keys (server/src/idempotency/): the first answer to a create sent with an
-- Idempotency-Key header, kept per tenant and principal, replayed for 24 hours.

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "tenant_id" UUID NOT NULL,
    "principal_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "customer_id" UUID,
    "request_hash" TEXT NOT NULL,
    "response_status" INTEGER,
    "response_content_type" TEXT,
    "response_body" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("tenant_id","principal_id","key")
);

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- AddForeignKey
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: a customer's transaction sees its own customer's keys, a staff member's
-- the tenant's staff keys (never a customer's), the worker ('system') all of the tenant's to
-- prune them. Which principal of those a row belongs to is the primary key's business.
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY customer_own ON idempotency_keys FOR ALL
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY staff_own ON idempotency_keys FOR ALL
  USING (tenant_id = app_tenant() AND app_role() = 'staff' AND customer_id IS NULL);
CREATE POLICY system_all ON idempotency_keys FOR ALL
  USING (tenant_id = app_tenant() AND app_role() = 'system');
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON idempotency_keys TO %I USING (true)', current_user); END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE idempotency_keys TO portico_app;

-- Claims a key for the calling transaction, or returns the row that already holds it. A key
-- inserted by a transaction still in flight makes the INSERT wait for it (the unique index),
-- at most p_wait_ms (then lock_timeout, SQLSTATE 55P03): it commits (its answer is returned
-- here) or rolls back (this transaction takes the key). A row from before p_expired_before is
-- taken over as if new. The function's SET clause keeps the timeout from outliving the call.
-- SECURITY INVOKER: the caller's row-level security applies.
CREATE FUNCTION idempotency_claim(
    p_tenant uuid, p_principal uuid, p_customer uuid, p_key text, p_hash text,
    p_now timestamptz, p_expired_before timestamptz, p_wait_ms integer)
  RETURNS TABLE (claimed boolean, stored_hash text, stored_status integer, stored_content_type text, stored_body text)
  LANGUAGE plpgsql VOLATILE
  SET lock_timeout = '10s'
  AS $$
  BEGIN
    PERFORM set_config('lock_timeout', p_wait_ms || 'ms', true);
    INSERT INTO idempotency_keys AS k (tenant_id, principal_id, key, customer_id, request_hash, created_at)
      VALUES (p_tenant, p_principal, p_key, p_customer, p_hash, p_now)
      ON CONFLICT (tenant_id, principal_id, key) DO UPDATE
        SET customer_id = EXCLUDED.customer_id, request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
            response_status = NULL, response_content_type = NULL, response_body = NULL
        WHERE k.created_at <= p_expired_before;
    IF FOUND THEN
      RETURN QUERY SELECT true, p_hash, NULL::integer, NULL::text, NULL::text;
      RETURN;
    END IF;
    RETURN QUERY
      SELECT false, k.request_hash, k.response_status, k.response_content_type, k.response_body
      FROM idempotency_keys k
      WHERE k.tenant_id = p_tenant AND k.principal_id = p_principal AND k.key = p_key;
  END
  $$;
GRANT EXECUTE ON FUNCTION idempotency_claim(uuid, uuid, uuid, text, text, timestamptz, timestamptz, integer) TO portico_app;
