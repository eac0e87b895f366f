-- The notification centre (server/src/notifications/): what happened, kept per person. A row is a
-- customer's (customer_id; their portal sessions see it) or one member of staff's (staff_user_id;
-- only that person sees it), never both. The text is written by the apps from `kind` and the few
-- `params` it needs; `subject_type`/`subject_id` name what it links to.
--
-- Preferences per kind (in-app, email, both, none) live with each person: customers'
-- notification_preferences replace the three email booleans, whose choices move over (a box left
-- unticked becomes "in the portal only" for that group's kinds); staff_users get their own.

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID,
    "staff_user_id" UUID,
    "kind" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("tenant_id","id"),
    CONSTRAINT "notifications_one_recipient" CHECK ((customer_id IS NULL) <> (staff_user_id IS NULL))
);

-- A person's list, newest first, and their unread count.
-- CreateIndex
CREATE INDEX "notifications_tenant_id_customer_id_created_at_idx" ON "notifications"("tenant_id", "customer_id", "created_at");
-- CreateIndex
CREATE INDEX "notifications_tenant_id_staff_user_id_created_at_idx" ON "notifications"("tenant_id", "staff_user_id", "created_at");
CREATE INDEX "notifications_unread_idx" ON "notifications"("tenant_id", "customer_id", "staff_user_id") WHERE "read_at" IS NULL;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_staff_user_id_fkey" FOREIGN KEY ("tenant_id", "staff_user_id") REFERENCES "staff_users"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security. Reading and marking read: a customer their own rows, a member of staff
-- (technicians too) their own rows, never a colleague's; background work ('system') the tenant's.
-- Writing a new one: whoever causes it, inside the tenant (a customer's booking tells the office,
-- staff's invoice tells the customer), but a customer only to staff or to themself. Inserts carry
-- their id (no RETURNING), since the writer usually may not read the row back.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY customer_own ON notifications FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_mark ON notifications FOR UPDATE
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY staff_own ON notifications FOR SELECT
  USING (tenant_id = app_tenant() AND app_role() = 'staff' AND staff_user_id = app_staff());
CREATE POLICY staff_mark ON notifications FOR UPDATE
  USING (tenant_id = app_tenant() AND app_role() = 'staff' AND staff_user_id = app_staff());
CREATE POLICY system_all ON notifications FOR ALL
  USING (tenant_id = app_tenant() AND app_role() = 'system');
CREATE POLICY notify_insert ON notifications FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND (
    app_role() IN ('staff', 'system')
    OR (app_role() = 'customer' AND (customer_id IS NULL OR customer_id = app_customer()))));
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON notifications TO %I USING (true)', current_user); END $$;
-- People only mark their notifications read; nothing else of a row changes after it is written.
GRANT SELECT, INSERT, DELETE ON TABLE notifications TO portico_app;
REVOKE UPDATE ON TABLE notifications FROM portico_app;
GRANT UPDATE (read_at) ON TABLE notifications TO portico_app;

-- Preferences: { "<kind>": "inApp" | "email" | "both" | "none" }; a kind not named takes its
-- default (server/src/notifications/notification-preferences.ts).
ALTER TABLE "customers" ADD COLUMN "notification_preferences" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "staff_users" ADD COLUMN "notification_preferences" JSONB NOT NULL DEFAULT '{}';

UPDATE customers SET notification_preferences =
    (CASE WHEN notify_appointments THEN '{}'::jsonb
          ELSE '{"bookingConfirmed":"inApp","bookingChanged":"inApp","technicianOnTheWay":"inApp","jobCompleted":"inApp"}'::jsonb END)
  || (CASE WHEN notify_invoices THEN '{}'::jsonb
          ELSE '{"invoiceIssued":"inApp","paymentReceived":"inApp","paymentFailed":"inApp"}'::jsonb END)
  || (CASE WHEN notify_requests THEN '{}'::jsonb
          ELSE '{"requestStatusChanged":"inApp"}'::jsonb END)
  WHERE NOT (notify_appointments AND notify_invoices AND notify_requests);

ALTER TABLE "customers" DROP COLUMN "notify_appointments",
DROP COLUMN "notify_invoices",
DROP COLUMN "notify_requests";

-- Staff alerts name the new staff kinds too (alerts/staff-alert-roles.ts fills in a kind a stored setting lacks).
ALTER TABLE "tenants" ALTER COLUMN "staff_alerts" SET DEFAULT '{"newBooking":["owner","admin","dispatcher"],"appointmentRequest":["owner","admin","dispatcher"],"urgentRequest":["owner","admin","dispatcher"],"paymentReceived":["owner","admin"],"reviewSubmitted":["owner","admin"],"messageReceived":["owner","admin","dispatcher"]}';
