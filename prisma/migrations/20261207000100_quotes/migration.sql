-- Quotes (issue 20, server/src/quotes/): estimates staff build for a customer, send by email and
-- revise in versions (history kept); the customer opens the latest sent version in the portal,
-- picks one of its alternative options and the add-ons they want, declines, or approves by signing
-- (then pays a deposit). An approved quote converts once into a job or a project.

CREATE TYPE "QuoteStatus" AS ENUM ('draft', 'sent', 'approved', 'converted', 'declined', 'withdrawn');
CREATE TYPE "QuoteDepositKind" AS ENUM ('NONE', 'PERCENT', 'FIXED');
CREATE TYPE "QuoteConversion" AS ENUM ('JOB', 'PROJECT');
CREATE TYPE "QuoteItemKind" AS ENUM ('COMMON', 'OPTION', 'OPTIONAL');

-- The business's quote settings: numbering (like invoices), what an approved quote becomes
-- (contractors run projects), and what a new quote starts with.
ALTER TABLE "tenants" ADD COLUMN "quote_number_format" TEXT NOT NULL DEFAULT 'Q-{YYYY}-{SEQ:4}',
  ADD COLUMN "quote_conversion" "QuoteConversion" NOT NULL DEFAULT 'JOB',
  ADD COLUMN "quote_validity_days" INTEGER NOT NULL DEFAULT 30,
  ADD COLUMN "quote_default_terms" TEXT,
  ADD CONSTRAINT "tenants_quote_validity_days" CHECK ("quote_validity_days" BETWEEN 1 AND 365),
  ADD CONSTRAINT "tenants_quote_default_terms_length" CHECK ("quote_default_terms" IS NULL OR char_length("quote_default_terms") <= 10000);
UPDATE "tenants" SET "quote_conversion" = 'PROJECT' WHERE "trade" = 'contractor';

CREATE TABLE "quotes" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "site_id" UUID,
    "asset_id" UUID,
    "request_id" UUID,
    "project_id" UUID,
    "number" TEXT NOT NULL,
    "status" "QuoteStatus" NOT NULL DEFAULT 'draft',
    "currency" CHAR(3) NOT NULL,
    "current_version" INTEGER NOT NULL DEFAULT 1,
    "sent_version" INTEGER,
    "sent_at" TIMESTAMPTZ(3),
    "signing_request_id" UUID,
    "selected_option_id" UUID,
    "selected_item_ids" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],
    "signed_version" INTEGER,
    "signed_document_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "total_minor" INTEGER,
    "deposit_minor" INTEGER NOT NULL DEFAULT 0,
    "deposit_invoice_id" UUID,
    "deposit_deducted_minor" INTEGER NOT NULL DEFAULT 0,
    "declined_at" TIMESTAMPTZ(3),
    "decline_reason" TEXT,
    "withdrawn_at" TIMESTAMPTZ(3),
    "converted_at" TIMESTAMPTZ(3),
    "converted_job_id" UUID,
    "converted_project_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quotes_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "quotes_versions" CHECK ("current_version" >= 1 AND ("sent_version" IS NULL OR "sent_version" BETWEEN 1 AND "current_version")),
    -- A customer never sees a quote that was never sent.
    CONSTRAINT "quotes_sent" CHECK ("status" = 'draft' OR "status" = 'withdrawn' OR "sent_version" IS NOT NULL),
    CONSTRAINT "quotes_deposit" CHECK ("deposit_minor" >= 0 AND ("total_minor" IS NULL OR "deposit_minor" <= "total_minor")),
    -- Later invoices never take off more than the deposit, in all.
    CONSTRAINT "quotes_deposit_deducted" CHECK ("deposit_deducted_minor" BETWEEN 0 AND "deposit_minor"),
    CONSTRAINT "quotes_converted" CHECK (("status" = 'converted') = ("converted_at" IS NOT NULL)),
    CONSTRAINT "quotes_decline_reason_length" CHECK ("decline_reason" IS NULL OR char_length("decline_reason") <= 2000)
);
CREATE UNIQUE INDEX "quotes_tenant_id_number_key" ON "quotes"("tenant_id", "number");
CREATE INDEX "quotes_tenant_id_customer_id_created_at_idx" ON "quotes"("tenant_id", "customer_id", "created_at");
CREATE INDEX "quotes_tenant_id_status_created_at_idx" ON "quotes"("tenant_id", "status", "created_at");
-- One deposit invoice per quote; later invoices of the converted job or project find the quote.
CREATE UNIQUE INDEX "quotes_deposit_invoice_key" ON "quotes"("tenant_id", "deposit_invoice_id");
CREATE INDEX "quotes_tenant_id_converted_job_id_idx" ON "quotes"("tenant_id", "converted_job_id");
CREATE INDEX "quotes_tenant_id_converted_project_id_idx" ON "quotes"("tenant_id", "converted_project_id");

CREATE TABLE "quote_versions" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "quote_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT,
    "terms" TEXT,
    "valid_until" DATE NOT NULL,
    "deposit_kind" "QuoteDepositKind" NOT NULL DEFAULT 'NONE',
    "deposit_value" INTEGER NOT NULL DEFAULT 0,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quote_versions_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "quote_versions_title_length" CHECK (char_length("title") BETWEEN 1 AND 200),
    CONSTRAINT "quote_versions_deposit" CHECK (
      ("deposit_kind" = 'NONE' AND "deposit_value" = 0)
      OR ("deposit_kind" = 'PERCENT' AND "deposit_value" BETWEEN 1 AND 10000)
      OR ("deposit_kind" = 'FIXED' AND "deposit_value" > 0))
);
CREATE UNIQUE INDEX "quote_versions_tenant_id_quote_id_version_key" ON "quote_versions"("tenant_id", "quote_id", "version");

CREATE TABLE "quote_options" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "quote_options_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "quote_options_name_length" CHECK (char_length("name") BETWEEN 1 AND 200)
);
CREATE INDEX "quote_options_tenant_id_version_id_idx" ON "quote_options"("tenant_id", "version_id");

CREATE TABLE "quote_items" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "option_id" UUID,
    "kind" "QuoteItemKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unit_price_minor" INTEGER NOT NULL,
    "tax_rate_bp" INTEGER NOT NULL DEFAULT 0,
    "total_minor" INTEGER NOT NULL,

    CONSTRAINT "quote_items_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "quote_items_option" CHECK (("kind" = 'OPTION') = ("option_id" IS NOT NULL)),
    CONSTRAINT "quote_items_amounts" CHECK ("quantity" >= 1 AND "unit_price_minor" >= 0 AND "tax_rate_bp" BETWEEN 0 AND 10000)
);
CREATE INDEX "quote_items_tenant_id_version_id_idx" ON "quote_items"("tenant_id", "version_id");

-- A quote's message thread: anchor 'quote', still one per thing and customer.
ALTER TABLE "message_threads" ADD COLUMN "quote_id" UUID;
ALTER TABLE "message_threads" DROP CONSTRAINT "message_threads_anchor";
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_anchor" CHECK (
      (anchor_type = 'general' AND job_id IS NULL AND request_id IS NULL AND invoice_id IS NULL AND project_id IS NULL AND quote_id IS NULL)
      OR (anchor_type = 'job' AND job_id IS NOT NULL AND request_id IS NULL AND invoice_id IS NULL AND project_id IS NULL AND quote_id IS NULL)
      OR (anchor_type = 'request' AND request_id IS NOT NULL AND job_id IS NULL AND invoice_id IS NULL AND project_id IS NULL AND quote_id IS NULL)
      OR (anchor_type = 'invoice' AND invoice_id IS NOT NULL AND job_id IS NULL AND request_id IS NULL AND project_id IS NULL AND quote_id IS NULL)
      OR (anchor_type = 'project' AND project_id IS NOT NULL AND job_id IS NULL AND request_id IS NULL AND invoice_id IS NULL AND quote_id IS NULL)
      OR (anchor_type = 'quote' AND quote_id IS NOT NULL AND job_id IS NULL AND request_id IS NULL AND invoice_id IS NULL AND project_id IS NULL));
DROP INDEX "message_threads_one_per_anchor";
CREATE UNIQUE INDEX "message_threads_one_per_anchor" ON "message_threads"("tenant_id", "customer_id", "anchor_type", "job_id", "request_id", "invoice_id", "project_id", "quote_id") NULLS NOT DISTINCT;

-- Foreign keys, tenant-composite like the others.
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_site_id_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "sites"("tenant_id", "id") ON DELETE SET NULL ("site_id") ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_asset_id_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE SET NULL ("asset_id") ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_request_id_fkey" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE SET NULL ("request_id") ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE SET NULL ("project_id") ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_converted_job_id_fkey" FOREIGN KEY ("tenant_id", "converted_job_id") REFERENCES "jobs"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_converted_project_id_fkey" FOREIGN KEY ("tenant_id", "converted_project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_tenant_id_deposit_invoice_id_fkey" FOREIGN KEY ("tenant_id", "deposit_invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "quote_versions" ADD CONSTRAINT "quote_versions_tenant_id_quote_id_fkey" FOREIGN KEY ("tenant_id", "quote_id") REFERENCES "quotes"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quote_options" ADD CONSTRAINT "quote_options_tenant_id_version_id_fkey" FOREIGN KEY ("tenant_id", "version_id") REFERENCES "quote_versions"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quote_items" ADD CONSTRAINT "quote_items_tenant_id_version_id_fkey" FOREIGN KEY ("tenant_id", "version_id") REFERENCES "quote_versions"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quote_items" ADD CONSTRAINT "quote_items_tenant_id_option_id_fkey" FOREIGN KEY ("tenant_id", "option_id") REFERENCES "quote_options"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_quote_id_fkey" FOREIGN KEY ("tenant_id", "quote_id") REFERENCES "quotes"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security. The office (staff, and background work as 'system') sees and changes the
-- tenant's quotes; technicians none (prices and negotiations are the office's business). A
-- customer reads their own quotes once sent, and of their versions only the sent ones: a draft
-- (a first draft, or a revision being prepared) is never theirs to see. Customers write nothing
-- here directly: their choices go through the API, which writes in the office's scope.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['quotes', 'quote_versions', 'quote_options', 'quote_items'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
    EXECUTE format('CREATE POLICY no_technician ON %I AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician())', t);
  END LOOP;
END
$$;

CREATE POLICY customer_read ON quotes FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND sent_version IS NOT NULL AND status <> 'withdrawn');
CREATE POLICY customer_read ON quote_versions FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND sent_at IS NOT NULL AND EXISTS (
    SELECT 1 FROM quotes q WHERE q.tenant_id = quote_versions.tenant_id AND q.id = quote_versions.quote_id));
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['quote_options', 'quote_items'] LOOP
    EXECUTE format('CREATE POLICY customer_read ON %I FOR SELECT USING (tenant_id = app_tenant() AND app_role() = ''customer'' AND EXISTS (
      SELECT 1 FROM quote_versions v WHERE v.tenant_id = %I.tenant_id AND v.id = %I.version_id))', t, t, t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE quotes, quote_versions, quote_options, quote_items TO portico_app;
-- Quotes are withdrawn, not deleted (they go with their customer or tenant).
REVOKE DELETE ON TABLE quotes FROM portico_app;

-- Live: a quote is a live subject (an admin page flips to approved, the portal page re-reads).
-- Versions and their parts are written through the quote (its current_version or updated_at
-- changes with them), so the quote's own triggers suffice.
CREATE TRIGGER live_insert AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION app_live_record('quote', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON quotes FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('quote', 'id', '');
