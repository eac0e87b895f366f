-- Meter readings (issue 21), what the readings' paths need beyond the equipment dealers' tables.

-- A reading reminder sent, once per device and billing day (worker/meter-reading-reminders: the
-- claim is this row, inserted in the transaction that queues the notification).
CREATE TABLE "meter_reading_reminders" (
    "tenant_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "billing_date" DATE NOT NULL,
    "customer_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "meter_reading_reminders_pkey" PRIMARY KEY ("tenant_id", "asset_id", "billing_date")
);
ALTER TABLE "meter_reading_reminders" ADD CONSTRAINT "meter_reading_reminders_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meter_reading_reminders" ADD CONSTRAINT "meter_reading_reminders_asset_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meter_reading_reminders" ADD CONSTRAINT "meter_reading_reminders_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Staff and background work only; customers and technicians none.
ALTER TABLE "meter_reading_reminders" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "meter_reading_reminders" FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON meter_reading_reminders FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON meter_reading_reminders TO %I USING (true)', current_user); END $$;
CREATE POLICY no_technician ON meter_reading_reminders AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician());
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE meter_reading_reminders TO portico_app;

-- An estimate is made once per meter and billing day: a second one at the same moment is refused.
CREATE UNIQUE INDEX "meter_readings_one_estimate" ON "meter_readings"("tenant_id", "meter_id", "read_at") WHERE "source" = 'ESTIMATE';

-- Readings by email: a customer's signed address names the customer only (meters/reading-address.ts);
-- this finds its tenant, and reveals nothing but the id, like app_thread_tenant.
CREATE FUNCTION app_customer_tenant(p_customer uuid) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT tenant_id FROM customers WHERE id = p_customer $$;
REVOKE ALL ON FUNCTION app_customer_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_customer_tenant(uuid) TO portico_app;
CREATE INDEX "customers_id_idx" ON "customers"("id");
