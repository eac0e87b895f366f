-- Custom domains are proven, not claimed: a business's domain serves its portal only after a
-- DNS TXT record with a token of its own is found (tenants/custom-domains.service.ts). The
-- claim lives here; tenants.custom_domain (read by tenant_id_by_domain, cookie origins and email
-- links) names only a verified domain from now on.

-- CreateEnum
CREATE TYPE "CustomDomainStatus" AS ENUM ('pending', 'verified', 'failed');

-- CreateEnum
CREATE TYPE "CustomDomainProblem" AS ENUM ('record_missing', 'wrong_value', 'dns_unavailable', 'domain_taken');

-- CreateTable
CREATE TABLE "custom_domains" (
    "tenant_id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "status" "CustomDomainStatus" NOT NULL DEFAULT 'pending',
    "problem" "CustomDomainProblem",
    "misses" INTEGER NOT NULL DEFAULT 0,
    "pending_since" TIMESTAMPTZ(3) NOT NULL,
    "checked_at" TIMESTAMPTZ(3),
    "next_check_at" TIMESTAMPTZ(3),
    "verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "custom_domains_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateIndex
CREATE INDEX "custom_domains_next_check_at_idx" ON "custom_domains"("next_check_at");

-- AddForeignKey
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: staff (owners and admins, by the API's rules) and the worker, inside their tenant.
ALTER TABLE custom_domains ENABLE ROW LEVEL SECURITY;
ALTER TABLE custom_domains FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON custom_domains FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON custom_domains TO %I USING (true)', current_user); END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE custom_domains TO portico_app;

-- Domains set before this migration were never proven: each becomes a pending claim with a
-- fresh token (the worker checks it within the hour) and stops serving until its owner
-- publishes the record.
INSERT INTO custom_domains (tenant_id, domain, token, status, pending_since, next_check_at)
  SELECT id, custom_domain, replace(gen_random_uuid()::text, '-', ''), 'pending', now(), now()
  FROM tenants WHERE custom_domain IS NOT NULL;
UPDATE tenants SET custom_domain = NULL WHERE custom_domain IS NOT NULL;
