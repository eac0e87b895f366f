-- Background jobs: delivery bookkeeping on the outbox, reminder markers on jobs and invoices,
-- and a trigger that queues the delivery of every new email in the inserting transaction
-- (a request that rolls back queues nothing).

-- AlterTable
ALTER TABLE "jobs" ADD COLUMN     "reminder_sent_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "overdue_reminded_at" TIMESTAMPTZ(3),
ADD COLUMN     "overdue_reminders" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "outbox_emails" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "last_error" TEXT;

-- The queue (graphile-worker's schema) belongs to the owner; the application role gets no
-- access to it. SECURITY DEFINER lets any request queue a delivery through this trigger alone.
-- Until the worker has installed its schema (first start), rows simply wait unqueued.
CREATE FUNCTION queue_outbox_delivery() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
BEGIN
  IF NEW.sent_at IS NULL AND to_regnamespace('graphile_worker') IS NOT NULL THEN
    PERFORM graphile_worker.add_job(
      'outbox-deliver',
      json_build_object('tenantId', NEW.tenant_id, 'id', NEW.id),
      max_attempts := 10,
      flags := ARRAY['tenant:' || NEW.tenant_id::text]
    );
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION queue_outbox_delivery() FROM PUBLIC;

CREATE TRIGGER outbox_emails_queue_delivery AFTER INSERT ON outbox_emails
  FOR EACH ROW EXECUTE FUNCTION queue_outbox_delivery();
