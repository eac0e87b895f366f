-- The messaging hub (issue 18, server/src/messaging/): threads between a customer and the business,
-- each about one thing (a job, a service request, an invoice) or general ("Ask us anything"), at
-- most one per thing and customer. Messages are plain text (clients render text, never HTML) with
-- attachments; staff may leave internal notes in a thread, which row-level security hides from the
-- customer as it hides a job's internal notes. Each side keeps its read mark on the thread: the
-- customer's, and one for the whole team.

-- The away email (messaging/away-email.ts): a side that has not read a new message within this many
-- minutes gets one email listing what it missed.
ALTER TABLE "tenants" ADD COLUMN "message_email_delay_minutes" INTEGER NOT NULL DEFAULT 5,
  ADD CONSTRAINT "tenants_message_email_delay" CHECK ("message_email_delay_minutes" BETWEEN 0 AND 1440);

-- Where a reply to an email goes (a thread's reply address), when it is not the sender.
ALTER TABLE "outbox_emails" ADD COLUMN "reply_to" TEXT;

CREATE TABLE "message_threads" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "anchor_type" TEXT NOT NULL,
    "job_id" UUID,
    "request_id" UUID,
    "invoice_id" UUID,
    "assignee_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- The last message to or from the customer (internal notes leave it alone).
    "last_message_at" TIMESTAMPTZ(3) NOT NULL,
    -- A message of the customer's that the team has not read yet: the team inbox lists these first.
    "staff_unread" BOOLEAN NOT NULL DEFAULT false,
    "customer_read_at" TIMESTAMPTZ(3),
    "staff_read_at" TIMESTAMPTZ(3),
    -- The newest message an away email told each side of: the next one tells only of newer ones.
    "customer_emailed_at" TIMESTAMPTZ(3),
    "staff_emailed_at" TIMESTAMPTZ(3),

    CONSTRAINT "message_threads_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "message_threads_anchor" CHECK (
      (anchor_type = 'general' AND job_id IS NULL AND request_id IS NULL AND invoice_id IS NULL)
      OR (anchor_type = 'job' AND job_id IS NOT NULL AND request_id IS NULL AND invoice_id IS NULL)
      OR (anchor_type = 'request' AND request_id IS NOT NULL AND job_id IS NULL AND invoice_id IS NULL)
      OR (anchor_type = 'invoice' AND invoice_id IS NOT NULL AND job_id IS NULL AND request_id IS NULL))
);

-- One thread per thing and customer (one general thread each): two first messages at once share it.
CREATE UNIQUE INDEX "message_threads_one_per_anchor" ON "message_threads"("tenant_id", "customer_id", "anchor_type", "job_id", "request_id", "invoice_id") NULLS NOT DISTINCT;
-- The customer's inbox (newest first) and the team's (unread first, then newest).
CREATE INDEX "message_threads_tenant_id_customer_id_last_message_at_idx" ON "message_threads"("tenant_id", "customer_id", "last_message_at");
CREATE INDEX "message_threads_tenant_id_staff_unread_last_message_at_idx" ON "message_threads"("tenant_id", "staff_unread", "last_message_at");
CREATE INDEX "message_threads_tenant_id_assignee_id_idx" ON "message_threads"("tenant_id", "assignee_id");
CREATE INDEX "message_threads_tenant_id_job_id_idx" ON "message_threads"("tenant_id", "job_id");

CREATE TABLE "messages" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "author_kind" TEXT NOT NULL,
    "author_staff_id" UUID,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "channel" TEXT NOT NULL DEFAULT 'portal',
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "messages_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "messages_author" CHECK ((author_kind = 'customer' AND author_staff_id IS NULL) OR (author_kind = 'staff' AND author_staff_id IS NOT NULL)),
    CONSTRAINT "messages_internal_by_staff" CHECK (NOT internal OR author_kind = 'staff'),
    CONSTRAINT "messages_channel" CHECK (channel IN ('portal', 'email')),
    CONSTRAINT "messages_body_length" CHECK (char_length(body) <= 5000)
);

CREATE INDEX "messages_tenant_id_thread_id_created_at_id_idx" ON "messages"("tenant_id", "thread_id", "created_at", "id");

CREATE TABLE "message_attachments" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "message_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_attachments_pkey" PRIMARY KEY ("tenant_id","id")
);

CREATE INDEX "message_attachments_tenant_id_message_id_idx" ON "message_attachments"("tenant_id", "message_id");

-- Staff's canned replies: a title and the text in each portal language ({ "en": "…", "fr": "…" }).
CREATE TABLE "canned_replies" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "bodies" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "canned_replies_pkey" PRIMARY KEY ("tenant_id","id")
);

ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_job_id_fkey" FOREIGN KEY ("tenant_id", "job_id") REFERENCES "jobs"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_request_id_fkey" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "service_requests"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Staff are deactivated, not deleted; were one deleted, the thread would lose its assignee only.
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_tenant_id_assignee_id_fkey" FOREIGN KEY ("tenant_id", "assignee_id") REFERENCES "staff_users"("tenant_id", "id") ON DELETE SET NULL ("assignee_id") ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_thread_id_fkey" FOREIGN KEY ("tenant_id", "thread_id") REFERENCES "message_threads"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "messages" ADD CONSTRAINT "messages_tenant_id_author_staff_id_fkey" FOREIGN KEY ("tenant_id", "author_staff_id") REFERENCES "staff_users"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_tenant_id_message_id_fkey" FOREIGN KEY ("tenant_id", "message_id") REFERENCES "messages"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "canned_replies" ADD CONSTRAINT "canned_replies_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security. Staff (and background work) see the tenant's threads, messages and
-- attachments; a technician only those about their own jobs (restrictive, like job_internal_notes).
-- A customer sees their own threads and, in them, everything but internal notes; they write
-- their own messages, and only the read mark of a thread changes at their hand (the API decides
-- which columns). Canned replies are staff's alone.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['message_threads', 'messages', 'message_attachments', 'canned_replies'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
  END LOOP;
END
$$;

CREATE POLICY customer_read ON message_threads FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_insert ON message_threads FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id) AND assignee_id IS NULL);
CREATE POLICY customer_update ON message_threads FOR UPDATE
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id))
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id));

-- Messages and attachments have no customer_id of their own: they follow their thread, itself
-- under the policies above.
CREATE POLICY customer_read ON messages FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND NOT internal AND EXISTS (
    SELECT 1 FROM message_threads t WHERE t.tenant_id = messages.tenant_id AND t.id = messages.thread_id));
CREATE POLICY customer_insert ON messages FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_role() = 'customer' AND NOT internal AND author_kind = 'customer' AND EXISTS (
    SELECT 1 FROM message_threads t WHERE t.tenant_id = messages.tenant_id AND t.id = messages.thread_id));
CREATE POLICY customer_update ON messages FOR UPDATE
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND NOT internal AND author_kind = 'customer' AND EXISTS (
    SELECT 1 FROM message_threads t WHERE t.tenant_id = messages.tenant_id AND t.id = messages.thread_id))
  WITH CHECK (tenant_id = app_tenant() AND app_role() = 'customer' AND NOT internal AND author_kind = 'customer');

CREATE POLICY customer_read ON message_attachments FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
    SELECT 1 FROM messages m WHERE m.tenant_id = message_attachments.tenant_id AND m.id = message_attachments.message_id));
CREATE POLICY customer_write ON message_attachments FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
    SELECT 1 FROM messages m WHERE m.tenant_id = message_attachments.tenant_id AND m.id = message_attachments.message_id AND m.author_kind = 'customer'));
CREATE POLICY customer_delete ON message_attachments FOR DELETE
  USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
    SELECT 1 FROM messages m WHERE m.tenant_id = message_attachments.tenant_id AND m.id = message_attachments.message_id AND m.author_kind = 'customer'));

-- Technicians: the threads about their own jobs (jobs is itself under technician_own), and what is in them.
CREATE POLICY technician_own ON message_threads AS RESTRICTIVE FOR ALL TO portico_app
  USING (NOT app_is_technician() OR EXISTS (
    SELECT 1 FROM jobs j WHERE j.tenant_id = message_threads.tenant_id AND j.id = message_threads.job_id));
CREATE POLICY technician_own ON messages AS RESTRICTIVE FOR ALL TO portico_app
  USING (NOT app_is_technician() OR EXISTS (
    SELECT 1 FROM message_threads t WHERE t.tenant_id = messages.tenant_id AND t.id = messages.thread_id));
CREATE POLICY technician_own ON message_attachments AS RESTRICTIVE FOR ALL TO portico_app
  USING (NOT app_is_technician() OR EXISTS (
    SELECT 1 FROM messages m WHERE m.tenant_id = message_attachments.tenant_id AND m.id = message_attachments.message_id));

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE message_threads, messages, message_attachments, canned_replies TO portico_app;
-- Threads are never deleted by the application (they go with their customer or tenant).
REVOKE DELETE ON TABLE message_threads FROM portico_app;

-- Live (issue 17): a thread is a live subject. A message written or changed records an event on its
-- thread, naming the customer so that their portal hears of it, except an internal note: its event
-- names no customer, so no customer's stream carries it (nor its replay: live_events' customer_read
-- policy), and staff re-read the thread as usual. On the thread itself, what the customer sees
-- (the read marks: "Seen by") records a customer's event; what only staff see (the assignee, the
-- unread flag) a staff-only one; the away-email bookkeeping nothing; and the bookkeeping that comes
-- with a new message nothing either, its message's event tells of it.
CREATE FUNCTION app_live_message() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
  DECLARE
    v_customer uuid;
  BEGIN
    IF NOT NEW.internal THEN
      SELECT t.customer_id INTO v_customer FROM message_threads t WHERE t.tenant_id = NEW.tenant_id AND t.id = NEW.thread_id;
    END IF;
    INSERT INTO live_events (tenant_id, kind, subject_type, subject_id, customer_id, staff_user_id)
    VALUES (NEW.tenant_id, 'message_threads.changed', 'thread', NEW.thread_id, v_customer, NULL);
    RETURN NULL;
  END
  $$;

CREATE FUNCTION app_live_thread() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
  DECLARE
    v_customer uuid := NEW.customer_id;
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      IF NEW.last_message_at IS DISTINCT FROM OLD.last_message_at THEN
        RETURN NULL;
      END IF;
      IF NEW.customer_read_at IS NOT DISTINCT FROM OLD.customer_read_at AND NEW.staff_read_at IS NOT DISTINCT FROM OLD.staff_read_at THEN
        IF NEW.assignee_id IS NOT DISTINCT FROM OLD.assignee_id AND NEW.staff_unread IS NOT DISTINCT FROM OLD.staff_unread THEN
          RETURN NULL;
        END IF;
        v_customer := NULL;
      END IF;
    END IF;
    INSERT INTO live_events (tenant_id, kind, subject_type, subject_id, customer_id, staff_user_id)
    VALUES (NEW.tenant_id, 'message_threads.' || CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'changed' END, 'thread', NEW.id, v_customer, NEW.assignee_id);
    RETURN NULL;
  END
  $$;

CREATE TRIGGER live_insert AFTER INSERT ON message_threads FOR EACH ROW EXECUTE FUNCTION app_live_thread();
CREATE TRIGGER live_update AFTER UPDATE ON message_threads FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_thread();
CREATE TRIGGER live_insert AFTER INSERT ON messages FOR EACH ROW EXECUTE FUNCTION app_live_message();
CREATE TRIGGER live_update AFTER UPDATE ON messages FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_message();

-- The away email: queued by whoever writes a message (a customer's scope too), for the side it is
-- for, at most one pending per thread and side (the job key): a burst of messages shares the first
-- one's time (preserve_run_at), and the email then lists everything still unread. The queue
-- belongs to the owner: this SECURITY DEFINER function is the application's only way to it for
-- this task, in the scope's own tenant and for a thread the caller may see.
CREATE FUNCTION queue_message_email(p_thread uuid, p_side text, p_run_at timestamptz)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
BEGIN
  IF tenant IS NULL OR app_role() NOT IN ('customer', 'staff', 'system') THEN
    RAISE EXCEPTION 'queue_message_email needs a tenant''s customer, staff or system scope';
  END IF;
  IF p_side NOT IN ('customer', 'staff') THEN
    RAISE EXCEPTION 'queue_message_email: no side %', p_side;
  END IF;
  PERFORM 1 FROM message_threads t
    WHERE t.tenant_id = tenant AND t.id = p_thread AND (app_role() <> 'customer' OR t.customer_id = app_customer());
  IF NOT FOUND THEN
    RAISE EXCEPTION 'queue_message_email: no such thread';
  END IF;
  -- Until the worker has installed its schema (first start), nothing is queued (like the outbox).
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RETURN;
  END IF;
  PERFORM graphile_worker.add_job(
    'message-away-email',
    json_build_object('tenantId', tenant, 'threadId', p_thread, 'side', p_side),
    run_at := p_run_at,
    max_attempts := 5,
    job_key := 'message-away-email:' || p_thread::text || ':' || p_side,
    job_key_mode := 'preserve_run_at',
    flags := ARRAY['tenant:' || tenant::text]
  );
END
$$;
REVOKE ALL ON FUNCTION queue_message_email(uuid, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_message_email(uuid, text, timestamptz) TO portico_app;
