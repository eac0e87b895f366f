-- Electronic signatures (issue 20, server/src/signatures/): a customer signs a quote or a contract
-- document; every step is in an append-only audit trail; the signed, sealed PDF's SHA-256 can be
-- checked by anyone (app_verify_signed_document) without revealing anything else.
CREATE TYPE "SigningKind" AS ENUM ('QUOTE', 'DOCUMENT');
CREATE TYPE "SigningStatus" AS ENUM ('PENDING', 'SIGNED', 'DECLINED', 'CANCELLED');
CREATE TYPE "SignatureProvider" AS ENUM ('BUILTIN', 'DOCUSIGN');
CREATE TYPE "SignatureEventKind" AS ENUM ('requested', 'viewed', 'consented', 'code_sent', 'code_verified', 'code_failed', 'signed', 'declined', 'cancelled');

CREATE TABLE "signing_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "kind" "SigningKind" NOT NULL,
    "subject_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "SigningStatus" NOT NULL DEFAULT 'PENDING',
    "provider" "SignatureProvider" NOT NULL DEFAULT 'BUILTIN',
    "document_id" UUID NOT NULL,
    "original_sha256" TEXT NOT NULL,
    "placement" JSONB,
    "consented_at" TIMESTAMPTZ(3),
    "disclosure_version" TEXT,
    -- The one-time code: only its hash (HMAC-SHA256 with the request id), never the code.
    "code_hash" TEXT,
    "code_sent_to" TEXT,
    "code_sent_at" TIMESTAMPTZ(3),
    "code_expires_at" TIMESTAMPTZ(3),
    "code_attempts" INTEGER NOT NULL DEFAULT 0,
    "codes_sent" INTEGER NOT NULL DEFAULT 0,
    "code_verified_at" TIMESTAMPTZ(3),
    "signed_at" TIMESTAMPTZ(3),
    "signer_name" TEXT,
    "signer_email" TEXT,
    "signer_ip" TEXT,
    "signer_user_agent" TEXT,
    "signed_document_id" UUID,
    "signed_sha256" TEXT,
    "declined_at" TIMESTAMPTZ(3),
    "decline_reason" TEXT,
    "cancelled_at" TIMESTAMPTZ(3),
    "envelope_id" TEXT,
    "requested_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signing_requests_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "signing_requests_sha256" CHECK (original_sha256 ~ '^[0-9a-f]{64}$' AND (signed_sha256 IS NULL OR signed_sha256 ~ '^[0-9a-f]{64}$')),
    CONSTRAINT "signing_requests_signed" CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL))
);

CREATE INDEX "signing_requests_tenant_id_customer_id_status_created_at_idx" ON "signing_requests"("tenant_id", "customer_id", "status", "created_at");
CREATE INDEX "signing_requests_tenant_id_subject_id_idx" ON "signing_requests"("tenant_id", "subject_id");
CREATE INDEX "signing_requests_tenant_id_document_id_idx" ON "signing_requests"("tenant_id", "document_id");
CREATE INDEX "signing_requests_tenant_id_envelope_id_idx" ON "signing_requests"("tenant_id", "envelope_id");
CREATE INDEX "signing_requests_signed_sha256_idx" ON "signing_requests"("signed_sha256");

ALTER TABLE "signing_requests" ADD CONSTRAINT "signing_requests_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "signing_requests" ADD CONSTRAINT "signing_requests_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "signing_requests" ADD CONSTRAINT "signing_requests_tenant_id_document_id_fkey" FOREIGN KEY ("tenant_id", "document_id") REFERENCES "documents"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "signing_requests" ADD CONSTRAINT "signing_requests_tenant_id_signed_document_id_fkey" FOREIGN KEY ("tenant_id", "signed_document_id") REFERENCES "documents"("tenant_id", "id") ON DELETE SET NULL ("signed_document_id") ON UPDATE CASCADE;

CREATE TABLE "signature_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "kind" "SignatureEventKind" NOT NULL,
    "actor_type" "ActorType" NOT NULL,
    "actor_id" UUID,
    "ip" TEXT,
    "user_agent" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "signature_events_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "signature_events_actor" CHECK ((actor_type = 'system') = (actor_id IS NULL)),
    CONSTRAINT "signature_events_user_agent" CHECK (char_length(user_agent) <= 300)
);
CREATE INDEX "signature_events_tenant_id_request_id_at_idx" ON "signature_events"("tenant_id", "request_id", "at");
ALTER TABLE "signature_events" ADD CONSTRAINT "signature_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "signature_events" ADD CONSTRAINT "signature_events_tenant_id_request_id_fkey" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "signing_requests"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "signature_settings" (
    "tenant_id" UUID NOT NULL,
    "provider" "SignatureProvider" NOT NULL DEFAULT 'BUILTIN',
    "docusign_account_id" TEXT,
    "docusign_integration_key" TEXT,
    "docusign_user_id" TEXT,
    "docusign_base_path" TEXT,
    "docusign_oauth_base_path" TEXT,
    -- Sealed like the payment secrets (payments/payment-secrets.ts): never read back by the API.
    "docusign_private_key_enc" TEXT,
    "docusign_hmac_key_enc" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signature_settings_pkey" PRIMARY KEY ("tenant_id")
);
ALTER TABLE "signature_settings" ADD CONSTRAINT "signature_settings_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security. Staff and background work of the tenant see and change the tenant's requests;
-- a customer reads their own (the signing steps write through the tenant's system scope, after the
-- service read the request in the customer's own scope); a technician sees none of it.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['signing_requests', 'signature_events', 'signature_settings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
    EXECUTE format('CREATE POLICY technician_none ON %I AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician())', t);
  END LOOP;
END
$$;

CREATE POLICY staff_all ON signing_requests FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
CREATE POLICY customer_read ON signing_requests FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));

CREATE POLICY staff_all ON signature_settings FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());

-- The audit trail is append-only: read by staff and by the customer whose request it is; written
-- by staff as themselves and by the tenant's system scope (the customer's steps, webhooks).
CREATE POLICY staff_read ON signature_events FOR SELECT USING (tenant_id = app_tenant() AND app_is_staff());
CREATE POLICY customer_read ON signature_events FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
  SELECT 1 FROM signing_requests r WHERE r.tenant_id = signature_events.tenant_id AND r.id = signature_events.request_id));
CREATE POLICY staff_insert ON signature_events FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_role() = 'staff' AND actor_type = 'staff' AND actor_id = app_staff());
CREATE POLICY system_insert ON signature_events FOR INSERT WITH CHECK (tenant_id = app_tenant() AND app_role() = 'system');

GRANT SELECT, INSERT, UPDATE ON TABLE signing_requests TO portico_app;
GRANT SELECT, INSERT, UPDATE ON TABLE signature_settings TO portico_app;
REVOKE ALL ON TABLE signature_events FROM portico_app;
GRANT SELECT, INSERT ON TABLE signature_events TO portico_app;

-- Verify-by-hash, across tenants, for anyone: the only way past row-level security to signed
-- requests, and it answers only whether the hash is a signed document's, who signed it, when,
-- the business's name and the document's title. Never ids, never content.
CREATE FUNCTION app_verify_signed_document(p_sha256 text)
  RETURNS TABLE (signer_name text, business_name text, title text, signed_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT r.signer_name, t.name, r.title, r.signed_at
      FROM signing_requests r JOIN tenants t ON t.id = r.tenant_id
     WHERE r.signed_sha256 = lower(p_sha256) AND r.status = 'SIGNED'
     ORDER BY r.signed_at DESC LIMIT 1
  $$;
REVOKE ALL ON FUNCTION app_verify_signed_document(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_verify_signed_document(text) TO portico_app;

-- The tenant a DocuSign Connect call is about is in its URL (the slug): tenant_id_by_slug.
