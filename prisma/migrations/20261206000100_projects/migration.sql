-- Construction projects (issue 19, server/src/projects/): a customer follows a project from
-- contract to warranty. Staff create and run projects; a customer sees their own; a technician
-- sees the projects on which they have a job. A project has ordered phases (each with its own
-- progress), milestones (a payment milestone issues an invoice when reached), delays (which move
-- the forecast end date) and a photo gallery; jobs, invoices, documents and a message thread may
-- be linked to it.

CREATE TYPE "ProjectStatus" AS ENUM ('planning', 'in_progress', 'on_hold', 'completed', 'cancelled');
CREATE TYPE "ProjectProgressMode" AS ENUM ('phases', 'manual');
CREATE TYPE "ProjectPhaseStatus" AS ENUM ('not_started', 'in_progress', 'done');
CREATE TYPE "ProjectMilestoneStatus" AS ENUM ('upcoming', 'reached', 'cancelled');
CREATE TYPE "ProjectDelayCause" AS ENUM ('weather', 'permit', 'materials', 'customer_change', 'other');
CREATE TYPE "ProjectPhotoStage" AS ENUM ('before', 'during', 'after');

-- The projects feature is off unless the business switches it on (contractors do).
ALTER TABLE "tenants" ADD COLUMN "feature_projects" BOOLEAN NOT NULL DEFAULT false,
  -- How long the warranty runs after completion (the warranty document's end date).
  ADD COLUMN "warranty_months" INTEGER NOT NULL DEFAULT 12,
  ADD CONSTRAINT "tenants_warranty_months" CHECK ("warranty_months" BETWEEN 0 AND 600);
UPDATE "tenants" SET "feature_projects" = true WHERE "trade" = 'contractor';

CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "site_id" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "ProjectStatus" NOT NULL DEFAULT 'planning',
    "contract_value_minor" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "start_date" DATE NOT NULL,
    "target_end_date" DATE NOT NULL,
    "progress_mode" "ProjectProgressMode" NOT NULL DEFAULT 'phases',
    "manual_progress" INTEGER,
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    -- What the warranty covers (the warranty document lists them).
    "warranty_items" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "projects_contract_value" CHECK ("contract_value_minor" >= 0),
    CONSTRAINT "projects_dates" CHECK ("target_end_date" >= "start_date"),
    CONSTRAINT "projects_manual_progress" CHECK ("manual_progress" IS NULL OR "manual_progress" BETWEEN 0 AND 100),
    CONSTRAINT "projects_name_length" CHECK (char_length("name") BETWEEN 1 AND 200)
);
CREATE INDEX "projects_tenant_id_customer_id_created_at_idx" ON "projects"("tenant_id", "customer_id", "created_at");
CREATE INDEX "projects_tenant_id_status_created_at_idx" ON "projects"("tenant_id", "status", "created_at");

CREATE TABLE "project_phases" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" "ProjectPhaseStatus" NOT NULL DEFAULT 'not_started',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "planned_start" DATE,
    "planned_end" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_phases_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "project_phases_progress" CHECK ("progress" BETWEEN 0 AND 100),
    CONSTRAINT "project_phases_weight" CHECK ("weight" BETWEEN 1 AND 1000),
    CONSTRAINT "project_phases_dates" CHECK ("planned_start" IS NULL OR "planned_end" IS NULL OR "planned_end" >= "planned_start")
);
-- Positions are unique in a project; a move renumbers inside one statement (deferred check).
ALTER TABLE "project_phases" ADD CONSTRAINT "project_phases_position_key" UNIQUE ("tenant_id", "project_id", "position") DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE "project_milestones" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "phase_id" UUID,
    "name" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "status" "ProjectMilestoneStatus" NOT NULL DEFAULT 'upcoming',
    "reached_at" TIMESTAMPTZ(3),
    -- A payment milestone: reaching it issues an invoice for this amount (in the project's currency).
    "payment_amount_minor" INTEGER,
    "invoice_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_milestones_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "project_milestones_payment" CHECK ("payment_amount_minor" IS NULL OR "payment_amount_minor" > 0),
    CONSTRAINT "project_milestones_reached" CHECK (("status" = 'reached') = ("reached_at" IS NOT NULL)),
    CONSTRAINT "project_milestones_invoice" CHECK ("invoice_id" IS NULL OR "payment_amount_minor" IS NOT NULL)
);
CREATE INDEX "project_milestones_tenant_id_project_id_due_date_idx" ON "project_milestones"("tenant_id", "project_id", "due_date");
-- One invoice per payment milestone, one milestone per invoice.
CREATE UNIQUE INDEX "project_milestones_invoice_key" ON "project_milestones"("tenant_id", "invoice_id");

CREATE TABLE "project_delays" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "cause" "ProjectDelayCause" NOT NULL,
    "days" INTEGER NOT NULL,
    "note" TEXT,
    "reported_at" TIMESTAMPTZ(3) NOT NULL,
    "reported_by" UUID,

    CONSTRAINT "project_delays_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "project_delays_days" CHECK ("days" BETWEEN 1 AND 365),
    CONSTRAINT "project_delays_note_length" CHECK ("note" IS NULL OR char_length("note") <= 2000)
);
CREATE INDEX "project_delays_tenant_id_project_id_reported_at_idx" ON "project_delays"("tenant_id", "project_id", "reported_at");

CREATE TABLE "project_photos" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "phase_id" UUID,
    "stage" "ProjectPhotoStage" NOT NULL DEFAULT 'during',
    "caption" TEXT,
    "taken_at" TIMESTAMPTZ(3),
    -- The display size (about 1600 px wide) and the thumbnail (480 px wide); EXIF removed from both.
    "storage_key" TEXT NOT NULL,
    "thumbnail_key" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploaded_by" UUID,

    CONSTRAINT "project_photos_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "project_photos_caption_length" CHECK ("caption" IS NULL OR char_length("caption") <= 500)
);
CREATE INDEX "project_photos_tenant_id_project_id_created_at_idx" ON "project_photos"("tenant_id", "project_id", "created_at");

-- What is linked to a project.
ALTER TABLE "jobs" ADD COLUMN "project_id" UUID;
ALTER TABLE "invoices" ADD COLUMN "project_id" UUID;
ALTER TABLE "documents" ADD COLUMN "project_id" UUID;
CREATE INDEX "jobs_tenant_id_project_id_idx" ON "jobs"("tenant_id", "project_id");
CREATE INDEX "invoices_tenant_id_project_id_idx" ON "invoices"("tenant_id", "project_id");
CREATE INDEX "documents_tenant_id_project_id_idx" ON "documents"("tenant_id", "project_id");

-- A project's message thread: anchor 'project', still one per thing and customer.
ALTER TABLE "message_threads" ADD COLUMN "project_id" UUID;
ALTER TABLE "message_threads" DROP CONSTRAINT "message_threads_anchor";
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_anchor" CHECK (
      (anchor_type = 'general' AND job_id IS NULL AND request_id IS NULL AND invoice_id IS NULL AND project_id IS NULL)
      OR (anchor_type = 'job' AND job_id IS NOT NULL AND request_id IS NULL AND invoice_id IS NULL AND project_id IS NULL)
      OR (anchor_type = 'request' AND request_id IS NOT NULL AND job_id IS NULL AND invoice_id IS NULL AND project_id IS NULL)
      OR (anchor_type = 'invoice' AND invoice_id IS NOT NULL AND job_id IS NULL AND request_id IS NULL AND project_id IS NULL)
      OR (anchor_type = 'project' AND project_id IS NOT NULL AND job_id IS NULL AND request_id IS NULL AND invoice_id IS NULL));
DROP INDEX "message_threads_one_per_anchor";
CREATE UNIQUE INDEX "message_threads_one_per_anchor" ON "message_threads"("tenant_id", "customer_id", "anchor_type", "job_id", "request_id", "invoice_id", "project_id") NULLS NOT DISTINCT;

-- Foreign keys, tenant-composite like the others.
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "projects" ADD CONSTRAINT "projects_tenant_id_site_id_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "sites"("tenant_id", "id") ON DELETE SET NULL ("site_id") ON UPDATE CASCADE;
ALTER TABLE "project_phases" ADD CONSTRAINT "project_phases_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_tenant_id_phase_id_fkey" FOREIGN KEY ("tenant_id", "phase_id") REFERENCES "project_phases"("tenant_id", "id") ON DELETE SET NULL ("phase_id") ON UPDATE CASCADE;
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "project_delays" ADD CONSTRAINT "project_delays_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_delays" ADD CONSTRAINT "project_delays_tenant_id_reported_by_fkey" FOREIGN KEY ("tenant_id", "reported_by") REFERENCES "staff_users"("tenant_id", "id") ON DELETE SET NULL ("reported_by") ON UPDATE CASCADE;
ALTER TABLE "project_photos" ADD CONSTRAINT "project_photos_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_photos" ADD CONSTRAINT "project_photos_tenant_id_phase_id_fkey" FOREIGN KEY ("tenant_id", "phase_id") REFERENCES "project_phases"("tenant_id", "id") ON DELETE SET NULL ("phase_id") ON UPDATE CASCADE;
ALTER TABLE "project_photos" ADD CONSTRAINT "project_photos_tenant_id_uploaded_by_fkey" FOREIGN KEY ("tenant_id", "uploaded_by") REFERENCES "staff_users"("tenant_id", "id") ON DELETE SET NULL ("uploaded_by") ON UPDATE CASCADE;
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE SET NULL ("project_id") ON UPDATE CASCADE;
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE SET NULL ("project_id") ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE SET NULL ("project_id") ON UPDATE CASCADE;
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_project_id_fkey" FOREIGN KEY ("tenant_id", "project_id") REFERENCES "projects"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security. Staff (and background work) see and change the tenant's projects. A customer
-- reads their own projects and everything under them, and changes nothing. A technician sees only
-- the projects on which they have a job (jobs is itself under technician_own) and what is under
-- them: a technician on site adds photos to such a project, and the API keeps the rest to the office.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['projects', 'project_phases', 'project_milestones', 'project_delays', 'project_photos'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
  END LOOP;
END
$$;

CREATE POLICY customer_read ON projects FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY technician_own ON projects AS RESTRICTIVE FOR ALL TO portico_app
  USING (NOT app_is_technician() OR EXISTS (
    SELECT 1 FROM jobs j WHERE j.tenant_id = projects.tenant_id AND j.project_id = projects.id));

-- The children have no customer_id of their own: they follow their project, itself under the
-- policies above (for a customer as for a technician).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['project_phases', 'project_milestones', 'project_delays', 'project_photos'] LOOP
    EXECUTE format('CREATE POLICY customer_read ON %I FOR SELECT USING (tenant_id = app_tenant() AND app_role() = ''customer'' AND EXISTS (
      SELECT 1 FROM projects p WHERE p.tenant_id = %I.tenant_id AND p.id = %I.project_id))', t, t, t);
    EXECUTE format('CREATE POLICY technician_own ON %I AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician() OR EXISTS (
      SELECT 1 FROM projects p WHERE p.tenant_id = %I.tenant_id AND p.id = %I.project_id))', t, t, t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE projects, project_phases, project_milestones, project_delays, project_photos TO portico_app;
-- Projects are cancelled, not deleted (they go with their customer or tenant).
REVOKE DELETE ON TABLE projects FROM portico_app;

-- Live (issue 17): a project is a live subject. A change to the project or anything under it
-- (a phase, a milestone, a delay, a photo, added, changed or removed) records an event on the
-- project naming its customer, so an open portal page re-reads it.
CREATE TRIGGER live_insert AFTER INSERT ON projects FOR EACH ROW EXECUTE FUNCTION app_live_record('project', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON projects FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('project', 'id', '');

CREATE FUNCTION app_live_project_part() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
  DECLARE
    v_tenant uuid;
    v_project uuid;
    v_customer uuid;
  BEGIN
    IF TG_OP = 'DELETE' THEN
      v_tenant := OLD.tenant_id; v_project := OLD.project_id;
    ELSE
      v_tenant := NEW.tenant_id; v_project := NEW.project_id;
    END IF;
    SELECT p.customer_id INTO v_customer FROM projects p WHERE p.tenant_id = v_tenant AND p.id = v_project;
    -- The project itself is gone (deleted with its customer or tenant): nobody can re-read it.
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
    INSERT INTO live_events (tenant_id, kind, subject_type, subject_id, customer_id, staff_user_id)
    VALUES (v_tenant, TG_TABLE_NAME || '.changed', 'project', v_project, v_customer, NULL);
    RETURN NULL;
  END
  $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['project_phases', 'project_milestones', 'project_delays', 'project_photos'] LOOP
    EXECUTE format('CREATE TRIGGER live_insert AFTER INSERT ON %I FOR EACH ROW EXECUTE FUNCTION app_live_project_part()', t);
    EXECUTE format('CREATE TRIGGER live_update AFTER UPDATE ON %I FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_project_part()', t);
    EXECUTE format('CREATE TRIGGER live_delete AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION app_live_project_part()', t);
  END LOOP;
END
$$;

-- Generated documents (docgen): a welcome pack when the project starts, a progress report when
-- a milestone is reached, a completion certificate and a warranty when it is completed. Queued in
-- the transaction that makes the change (so a rolled-back change queues nothing), once per
-- project, kind and milestone (the job key: a retry of the change does not queue it twice). The
-- queue belongs to the owner: this SECURITY DEFINER function is the application's only way to it
-- for this task, for staff or background work of the scope's own tenant and one of its projects.
CREATE FUNCTION queue_project_document(p_project uuid, p_kind text, p_milestone uuid)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
BEGIN
  IF tenant IS NULL OR app_role() NOT IN ('staff', 'system') THEN
    RAISE EXCEPTION 'queue_project_document needs a tenant''s staff or system scope';
  END IF;
  IF p_kind NOT IN ('WELCOME_PACK', 'PROGRESS_REPORT', 'COMPLETION_CERTIFICATE', 'WARRANTY') THEN
    RAISE EXCEPTION 'queue_project_document: no kind %', p_kind;
  END IF;
  IF (p_kind = 'PROGRESS_REPORT') <> (p_milestone IS NOT NULL) THEN
    RAISE EXCEPTION 'queue_project_document: a progress report, and only it, names its milestone';
  END IF;
  PERFORM 1 FROM projects p WHERE p.tenant_id = tenant AND p.id = p_project;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'queue_project_document: no such project';
  END IF;
  -- Until the worker has installed its schema (first start), nothing is queued (like the outbox).
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RETURN;
  END IF;
  PERFORM graphile_worker.add_job(
    'generate_project_document',
    jsonb_strip_nulls(jsonb_build_object('tenantId', tenant, 'projectId', p_project, 'kind', p_kind, 'milestoneId', p_milestone)),
    max_attempts := 5,
    job_key := 'generate_project_document:' || p_project::text || ':' || p_kind || COALESCE(':' || p_milestone::text, ''),
    job_key_mode := 'replace',
    flags := ARRAY['tenant:' || tenant::text]
  );
END
$$;
REVOKE ALL ON FUNCTION queue_project_document(uuid, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_project_document(uuid, text, uuid) TO portico_app;
