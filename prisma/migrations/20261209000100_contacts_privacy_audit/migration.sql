-- Issue 22: accounts with several contacts (portal_accounts become contacts with their own rights),
-- documents shared with one contact, GDPR export and erasure requests, privacy notice acceptances,
-- and the audit log's subject columns. The rights' row-level security, the audit log's immutability
-- and the privacy work's policies follow in their own migrations.

-- CreateEnum
CREATE TYPE "contact_right" AS ENUM ('invoices', 'appointments', 'requests', 'documents_all', 'documents_shared', 'contacts');

-- CreateEnum
CREATE TYPE "privacy_request_kind" AS ENUM ('export', 'erasure');

-- CreateEnum
CREATE TYPE "privacy_request_status" AS ENUM ('requested', 'processing', 'ready', 'completed', 'rejected', 'cancelled', 'failed');

-- DropIndex
DROP INDEX "portal_accounts_tenant_id_customer_id_key";

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "audit_retention_days" INTEGER NOT NULL DEFAULT 1095,
ADD COLUMN     "erasure_auto_days" INTEGER,
ADD COLUMN     "export_link_days" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "legal_retention_years" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "privacy_notice" TEXT,
ADD COLUMN     "privacy_notice_version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "customers" ADD COLUMN     "erased_at" TIMESTAMPTZ(3),
ADD COLUMN     "retain_until" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "portal_accounts" ADD COLUMN     "invited_by_contact_id" UUID,
ADD COLUMN     "invited_by_staff_id" UUID,
ADD COLUMN     "is_primary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "locale" TEXT,
ADD COLUMN     "name" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "notification_preferences" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "rights" "contact_right"[] NOT NULL DEFAULT ARRAY[]::"contact_right"[],
ADD COLUMN     "site_ids" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "one_time_tokens" ADD COLUMN     "contact_id" UUID;

-- AlterTable
ALTER TABLE "activity_logs" ADD COLUMN     "contact_id" UUID,
ADD COLUMN     "subject_label" TEXT,
ADD COLUMN     "subject_type" TEXT;

-- CreateTable
CREATE TABLE "document_contact_shares" (
    "tenant_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_contact_shares_pkey" PRIMARY KEY ("tenant_id","document_id","contact_id")
);

-- CreateTable
CREATE TABLE "privacy_requests" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "kind" "privacy_request_kind" NOT NULL,
    "whole_account" BOOLEAN NOT NULL DEFAULT true,
    "status" "privacy_request_status" NOT NULL DEFAULT 'requested',
    "requested_by_contact_id" UUID,
    "requested_by_staff_id" UUID,
    "due_at" TIMESTAMPTZ(3),
    "decided_by_staff_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "reason" TEXT,
    "storage_key" TEXT,
    "byte_size" INTEGER,
    "expires_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "privacy_requests_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "privacy_acceptances" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "privacy_acceptances_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "document_contact_shares_tenant_id_contact_id_idx" ON "document_contact_shares"("tenant_id", "contact_id");

-- CreateIndex
CREATE INDEX "privacy_requests_tenant_id_customer_id_created_at_idx" ON "privacy_requests"("tenant_id", "customer_id", "created_at");

-- CreateIndex
CREATE INDEX "privacy_requests_tenant_id_status_due_at_idx" ON "privacy_requests"("tenant_id", "status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "privacy_acceptances_tenant_id_contact_id_version_key" ON "privacy_acceptances"("tenant_id", "contact_id", "version");

-- CreateIndex
CREATE INDEX "portal_accounts_tenant_id_customer_id_idx" ON "portal_accounts"("tenant_id", "customer_id");

-- CreateIndex
CREATE INDEX "activity_logs_tenant_id_created_at_idx" ON "activity_logs"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "activity_logs_tenant_id_actor_id_created_at_idx" ON "activity_logs"("tenant_id", "actor_id", "created_at");

-- AddForeignKey
ALTER TABLE "document_contact_shares" ADD CONSTRAINT "document_contact_shares_tenant_id_document_id_fkey" FOREIGN KEY ("tenant_id", "document_id") REFERENCES "documents"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_contact_shares" ADD CONSTRAINT "document_contact_shares_tenant_id_contact_id_fkey" FOREIGN KEY ("tenant_id", "contact_id") REFERENCES "portal_accounts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "one_time_tokens" ADD CONSTRAINT "one_time_tokens_tenant_id_contact_id_fkey" FOREIGN KEY ("tenant_id", "contact_id") REFERENCES "portal_accounts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_acceptances" ADD CONSTRAINT "privacy_acceptances_tenant_id_contact_id_fkey" FOREIGN KEY ("tenant_id", "contact_id") REFERENCES "portal_accounts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing login becomes its account's primary contact, with every right, and takes the
-- customer's name, phone, language and notification choices as its own.
UPDATE portal_accounts pa
   SET is_primary = true,
       name = c.name,
       phone = c.phone,
       locale = c.locale,
       notification_preferences = c.notification_preferences,
       rights = ARRAY['invoices', 'appointments', 'requests', 'documents_all', 'contacts']::contact_right[]
  FROM customers c
 WHERE c.tenant_id = pa.tenant_id AND c.id = pa.customer_id;

-- Links already sent name the account's (only) contact.
UPDATE one_time_tokens t SET contact_id = pa.id
  FROM portal_accounts pa
 WHERE t.customer_id IS NOT NULL AND pa.tenant_id = t.tenant_id AND pa.customer_id = t.customer_id;

-- One primary contact per account.
CREATE UNIQUE INDEX "portal_accounts_one_primary" ON "portal_accounts"("tenant_id", "customer_id") WHERE is_primary;
-- Documents shared with a contact and acceptances are the tenant's, like everything else.
ALTER TABLE "document_contact_shares" ADD CONSTRAINT "document_contact_shares_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "privacy_acceptances" ADD CONSTRAINT "privacy_acceptances_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, forced, on the new tables: staff and background work of the tenant see all
-- (technicians none of it); customers' own policies follow in the contacts and privacy migrations.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['document_contact_shares', 'privacy_requests', 'privacy_acceptances'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY technician_none ON %I AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
  END LOOP;
END
$$;
