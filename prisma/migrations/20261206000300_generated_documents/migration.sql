-- Generated documents (docgen, server/src/docgen/): the document a generate_project_document job
-- files says which kind it is and, for a progress report, which milestone. One document per
-- project, kind and milestone: a retried job finds it and files no second one; regenerating
-- replaces its file in place.
ALTER TABLE "documents" ADD COLUMN "generated_kind" "GeneratedDocumentKind",
  ADD COLUMN "milestone_id" UUID,
  ADD CONSTRAINT "documents_generated_milestone" CHECK ("milestone_id" IS NULL OR "generated_kind" = 'PROGRESS_REPORT');

CREATE UNIQUE INDEX "documents_one_generated_per_project" ON "documents"("tenant_id", "project_id", "generated_kind", "milestone_id") NULLS NOT DISTINCT
  WHERE "generated_kind" IS NOT NULL AND "project_id" IS NOT NULL;

-- No foreign key on the milestone: the report stays the report of that milestone, and two
-- reports must not collide on a null left by a removed milestone.

-- Live: a document filed under a project (or changed there) is a change of the project, so an
-- open project page re-reads its documents (the same event as a phase or photo change).
CREATE TRIGGER live_project_insert AFTER INSERT ON documents FOR EACH ROW WHEN (NEW.project_id IS NOT NULL) EXECUTE FUNCTION app_live_project_part();
CREATE TRIGGER live_project_update AFTER UPDATE ON documents FOR EACH ROW
  WHEN (NEW.project_id IS NOT NULL AND OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_project_part();
