-- Generated documents (issue 19, server/src/docgen/): the business's own wording of the documents
-- Portico writes for a construction project (welcome pack, progress report, completion
-- certificate, warranty). A row overrides the built-in default text (docgen/default-templates.ts)
-- for one kind and language; without one, the default is used. The blocks are an ordered list of
-- { "heading", "body" } with placeholders such as {{customer.name}}, checked when saved
-- (docgen/template-placeholders.ts).
CREATE TYPE "GeneratedDocumentKind" AS ENUM ('WELCOME_PACK', 'PROGRESS_REPORT', 'COMPLETION_CERTIFICATE', 'WARRANTY');

-- The documents these produce are filed under kinds of their own (certificate and warranty exist).
ALTER TYPE "DocumentKind" ADD VALUE 'welcome_pack';
ALTER TYPE "DocumentKind" ADD VALUE 'progress_report';

CREATE TABLE "document_templates" (
    "tenant_id" UUID NOT NULL,
    "kind" "GeneratedDocumentKind" NOT NULL,
    "locale" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by" UUID,

    CONSTRAINT "document_templates_pkey" PRIMARY KEY ("tenant_id", "kind", "locale"),
    CONSTRAINT "document_templates_locale" CHECK ("locale" IN ('en', 'fr', 'es')),
    CONSTRAINT "document_templates_blocks" CHECK (jsonb_typeof("blocks") = 'array' AND jsonb_array_length("blocks") <= 20 AND octet_length("blocks"::text) <= 60000)
);

ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Staff are deactivated, not deleted; were one deleted, the template would only forget who saved it.
ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_tenant_id_updated_by_fkey" FOREIGN KEY ("tenant_id", "updated_by") REFERENCES "staff_users"("tenant_id", "id") ON DELETE SET NULL ("updated_by") ON UPDATE CASCADE;

-- Staff of the business (and background work, role 'system') read and write them; customers never
-- see a template, only the documents made from it. Which staff roles may change them is the API's
-- door (owners and admins).
ALTER TABLE "document_templates" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "document_templates" FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON "document_templates" FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
DO $$
BEGIN
  EXECUTE format('CREATE POLICY owner_all ON document_templates TO %I USING (true)', current_user);
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE document_templates TO portico_app;
