-- Equipment dealers (issue 21): meters on the customer's devices (assets) and their readings
-- (portal, email, API, staff, estimates; validated and reviewed), service contracts billed by the
-- meters (base, included volume, overage tiers, minimum; periods billed once), a supply catalogue
-- with the models each item fits, supply orders whose lines a contract's allowance covers or the
-- catalogue price bills, and the response the business promises per request priority.

-- CreateEnum
CREATE TYPE "MeterReadingSource" AS ENUM ('PORTAL', 'EMAIL', 'API', 'STAFF', 'ESTIMATE');

-- CreateEnum
CREATE TYPE "MeterReadingStatus" AS ENUM ('ACCEPTED', 'FLAGGED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SupplyOrderStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REJECTED');

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "feature_meters" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "feature_supplies" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "meter_reading_window_days" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "meter_tolerance_percent" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "supplies_any_address" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "service_requests" ADD COLUMN     "first_response_at" TIMESTAMPTZ(3),
ADD COLUMN     "preferred_until" TIMESTAMPTZ(3),
ADD COLUMN     "respond_by" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "meters" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meters_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meter_readings" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "meter_id" UUID NOT NULL,
    "value" INTEGER NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL,
    "source" "MeterReadingSource" NOT NULL,
    "status" "MeterReadingStatus" NOT NULL DEFAULT 'ACCEPTED',
    "resets_counter" BOOLEAN NOT NULL DEFAULT false,
    "expected_value" INTEGER,
    "flag_reason" TEXT,
    "photo_storage_key" TEXT,
    "photo_content_type" TEXT,
    "submitted_by_staff_id" UUID,
    "api_token_id" UUID,
    "reviewed_by_staff_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,
    "corrected_from_value" INTEGER,
    "billed_period_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meter_readings_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meter_api_tokens" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "meter_api_tokens_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meter_contracts" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "period_months" INTEGER NOT NULL DEFAULT 1,
    "billing_day" INTEGER NOT NULL DEFAULT 1,
    "base_charge_minor" INTEGER NOT NULL DEFAULT 0,
    "minimum_minor" INTEGER NOT NULL DEFAULT 0,
    "tax_rate_bp" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meter_contracts_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "meter_contract_rates" (
    "tenant_id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "meter_id" UUID NOT NULL,
    "included_volume" INTEGER NOT NULL DEFAULT 0,
    "tiers" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "meter_contract_rates_pkey" PRIMARY KEY ("tenant_id","contract_id","meter_id")
);

-- CreateTable
CREATE TABLE "meter_billing_periods" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "invoice_id" UUID,
    "detail" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meter_billing_periods_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "supply_items" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT NOT NULL,
    "yield_pages" INTEGER,
    "price_minor" INTEGER NOT NULL,
    "tax_rate_bp" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supply_items_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "supply_item_models" (
    "tenant_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "model" TEXT NOT NULL,

    CONSTRAINT "supply_item_models_pkey" PRIMARY KEY ("tenant_id","item_id","model")
);

-- CreateTable
CREATE TABLE "supply_allowances" (
    "tenant_id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "units_per_period" INTEGER NOT NULL,

    CONSTRAINT "supply_allowances_pkey" PRIMARY KEY ("tenant_id","contract_id","category")
);

-- CreateTable
CREATE TABLE "supply_orders" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "asset_id" UUID NOT NULL,
    "contract_id" UUID,
    "number" TEXT NOT NULL,
    "status" "SupplyOrderStatus" NOT NULL DEFAULT 'SUBMITTED',
    "site_id" UUID,
    "delivery_name" TEXT NOT NULL,
    "delivery_line1" TEXT NOT NULL,
    "delivery_line2" TEXT,
    "delivery_city" TEXT NOT NULL,
    "delivery_postal_code" TEXT,
    "delivery_region" TEXT,
    "delivery_country" CHAR(2),
    "notes" TEXT,
    "status_reason" TEXT,
    "carrier" TEXT,
    "tracking_number" TEXT,
    "excess_usage_warning" TEXT,
    "invoice_id" UUID,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approved_at" TIMESTAMPTZ(3),
    "shipped_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supply_orders_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "supply_order_lines" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "covered_quantity" INTEGER NOT NULL,
    "billable_quantity" INTEGER NOT NULL,
    "unit_price_minor" INTEGER NOT NULL,
    "tax_rate_bp" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "supply_order_lines_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "request_response_promises" (
    "tenant_id" UUID NOT NULL,
    "urgency" "RequestUrgency" NOT NULL,
    "response_minutes" INTEGER NOT NULL,
    "note" TEXT,
    "extra_charge_minor" INTEGER,

    CONSTRAINT "request_response_promises_pkey" PRIMARY KEY ("tenant_id","urgency")
);

-- CreateIndex
CREATE INDEX "meters_tenant_id_customer_id_idx" ON "meters"("tenant_id", "customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "meters_tenant_id_asset_id_kind_key" ON "meters"("tenant_id", "asset_id", "kind");

-- CreateIndex
CREATE INDEX "meter_readings_tenant_id_meter_id_read_at_idx" ON "meter_readings"("tenant_id", "meter_id", "read_at");

-- CreateIndex
CREATE INDEX "meter_readings_tenant_id_status_idx" ON "meter_readings"("tenant_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "meter_api_tokens_token_hash_key" ON "meter_api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "meter_api_tokens_tenant_id_customer_id_idx" ON "meter_api_tokens"("tenant_id", "customer_id");

-- CreateIndex
CREATE INDEX "meter_contracts_tenant_id_customer_id_idx" ON "meter_contracts"("tenant_id", "customer_id");

-- CreateIndex
CREATE INDEX "meter_contracts_tenant_id_asset_id_idx" ON "meter_contracts"("tenant_id", "asset_id");

-- CreateIndex
CREATE UNIQUE INDEX "meter_contracts_tenant_id_number_key" ON "meter_contracts"("tenant_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "meter_billing_periods_tenant_id_contract_id_period_start_key" ON "meter_billing_periods"("tenant_id", "contract_id", "period_start");

-- CreateIndex
CREATE UNIQUE INDEX "supply_items_tenant_id_sku_key" ON "supply_items"("tenant_id", "sku");

-- CreateIndex
CREATE INDEX "supply_orders_tenant_id_customer_id_submitted_at_idx" ON "supply_orders"("tenant_id", "customer_id", "submitted_at");

-- CreateIndex
CREATE INDEX "supply_orders_tenant_id_status_idx" ON "supply_orders"("tenant_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "supply_orders_tenant_id_number_key" ON "supply_orders"("tenant_id", "number");

-- CreateIndex
CREATE INDEX "supply_order_lines_tenant_id_order_id_idx" ON "supply_order_lines"("tenant_id", "order_id");

-- AddForeignKey
ALTER TABLE "meters" ADD CONSTRAINT "meters_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meters" ADD CONSTRAINT "meters_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meters" ADD CONSTRAINT "meters_tenant_id_asset_id_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_tenant_id_meter_id_fkey" FOREIGN KEY ("tenant_id", "meter_id") REFERENCES "meters"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_api_tokens" ADD CONSTRAINT "meter_api_tokens_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_api_tokens" ADD CONSTRAINT "meter_api_tokens_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_contracts" ADD CONSTRAINT "meter_contracts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_contracts" ADD CONSTRAINT "meter_contracts_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_contracts" ADD CONSTRAINT "meter_contracts_tenant_id_asset_id_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_contract_rates" ADD CONSTRAINT "meter_contract_rates_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_contract_rates" ADD CONSTRAINT "meter_contract_rates_tenant_id_contract_id_fkey" FOREIGN KEY ("tenant_id", "contract_id") REFERENCES "meter_contracts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_contract_rates" ADD CONSTRAINT "meter_contract_rates_tenant_id_meter_id_fkey" FOREIGN KEY ("tenant_id", "meter_id") REFERENCES "meters"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_billing_periods" ADD CONSTRAINT "meter_billing_periods_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_billing_periods" ADD CONSTRAINT "meter_billing_periods_tenant_id_contract_id_fkey" FOREIGN KEY ("tenant_id", "contract_id") REFERENCES "meter_contracts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_item_models" ADD CONSTRAINT "supply_item_models_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_item_models" ADD CONSTRAINT "supply_item_models_tenant_id_item_id_fkey" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "supply_items"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_allowances" ADD CONSTRAINT "supply_allowances_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_allowances" ADD CONSTRAINT "supply_allowances_tenant_id_contract_id_fkey" FOREIGN KEY ("tenant_id", "contract_id") REFERENCES "meter_contracts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_orders" ADD CONSTRAINT "supply_orders_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_orders" ADD CONSTRAINT "supply_orders_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_orders" ADD CONSTRAINT "supply_orders_tenant_id_asset_id_fkey" FOREIGN KEY ("tenant_id", "asset_id") REFERENCES "assets"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_order_lines" ADD CONSTRAINT "supply_order_lines_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_order_lines" ADD CONSTRAINT "supply_order_lines_tenant_id_order_id_fkey" FOREIGN KEY ("tenant_id", "order_id") REFERENCES "supply_orders"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_order_lines" ADD CONSTRAINT "supply_order_lines_tenant_id_item_id_fkey" FOREIGN KEY ("tenant_id", "item_id") REFERENCES "supply_items"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_response_promises" ADD CONSTRAINT "request_response_promises_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks the API also makes (the database is the last word).
ALTER TABLE "tenants"
  ADD CONSTRAINT "tenants_meter_tolerance_percent" CHECK ("meter_tolerance_percent" BETWEEN 1 AND 1000),
  ADD CONSTRAINT "tenants_meter_reading_window_days" CHECK ("meter_reading_window_days" BETWEEN 0 AND 27);
ALTER TABLE "service_requests"
  ADD CONSTRAINT "service_requests_preferred_window" CHECK ("preferred_until" IS NULL OR ("preferred_at" IS NOT NULL AND "preferred_until" > "preferred_at"));
ALTER TABLE "meters" ADD CONSTRAINT "meters_kind" CHECK ("kind" IN ('BLACK', 'COLOUR', 'SCAN', 'LARGE_FORMAT', 'OTHER')),
  ADD CONSTRAINT "meters_label_length" CHECK (char_length("label") BETWEEN 1 AND 80);
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_value" CHECK ("value" >= 0),
  ADD CONSTRAINT "meter_readings_flag_reason" CHECK ("flag_reason" IS NULL OR "flag_reason" IN ('ABOVE_EXPECTED', 'BELOW_EXPECTED'));
ALTER TABLE "meter_contracts"
  ADD CONSTRAINT "meter_contracts_period_months" CHECK ("period_months" IN (1, 3, 6, 12)),
  ADD CONSTRAINT "meter_contracts_billing_day" CHECK ("billing_day" BETWEEN 1 AND 28),
  ADD CONSTRAINT "meter_contracts_money" CHECK ("base_charge_minor" >= 0 AND "minimum_minor" >= 0 AND "tax_rate_bp" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "meter_contracts_dates" CHECK ("ends_on" IS NULL OR "ends_on" > "starts_on");
ALTER TABLE "meter_contract_rates" ADD CONSTRAINT "meter_contract_rates_included" CHECK ("included_volume" >= 0),
  ADD CONSTRAINT "meter_contract_rates_tiers" CHECK (jsonb_typeof("tiers") = 'array');
ALTER TABLE "supply_items" ADD CONSTRAINT "supply_items_category" CHECK ("category" IN ('TONER', 'DRUM', 'STAPLES', 'PAPER', 'OTHER')),
  ADD CONSTRAINT "supply_items_money" CHECK ("price_minor" >= 0 AND "tax_rate_bp" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "supply_items_yield" CHECK ("yield_pages" IS NULL OR "yield_pages" > 0);
ALTER TABLE "supply_allowances" ADD CONSTRAINT "supply_allowances_units" CHECK ("units_per_period" >= 0);
ALTER TABLE "supply_order_lines" ADD CONSTRAINT "supply_order_lines_quantities" CHECK ("quantity" > 0 AND "covered_quantity" >= 0 AND "billable_quantity" >= 0 AND "covered_quantity" + "billable_quantity" = "quantity" AND "unit_price_minor" >= 0);
ALTER TABLE "request_response_promises" ADD CONSTRAINT "request_response_promises_minutes" CHECK ("response_minutes" BETWEEN 15 AND 43200),
  ADD CONSTRAINT "request_response_promises_charge" CHECK ("extra_charge_minor" IS NULL OR "extra_charge_minor" >= 0),
  ADD CONSTRAINT "request_response_promises_note_length" CHECK ("note" IS NULL OR char_length("note") <= 200);

-- The invoices these bill into (no Prisma relation: the ids are read, the rows go through invoicing).
ALTER TABLE "meter_billing_periods" ADD CONSTRAINT "meter_billing_periods_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE SET NULL ("invoice_id");
ALTER TABLE "supply_orders" ADD CONSTRAINT "supply_orders_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE SET NULL ("invoice_id");
ALTER TABLE "supply_orders" ADD CONSTRAINT "supply_orders_tenant_id_contract_id_fkey" FOREIGN KEY ("tenant_id", "contract_id") REFERENCES "meter_contracts"("tenant_id", "id") ON DELETE SET NULL ("contract_id");
ALTER TABLE "supply_orders" ADD CONSTRAINT "supply_orders_tenant_id_site_id_fkey" FOREIGN KEY ("tenant_id", "site_id") REFERENCES "sites"("tenant_id", "id") ON DELETE SET NULL ("site_id");
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_tenant_id_billed_period_id_fkey" FOREIGN KEY ("tenant_id", "billed_period_id") REFERENCES "meter_billing_periods"("tenant_id", "id") ON DELETE SET NULL ("billed_period_id");
ALTER TABLE "meter_readings" ADD CONSTRAINT "meter_readings_tenant_id_api_token_id_fkey" FOREIGN KEY ("tenant_id", "api_token_id") REFERENCES "meter_api_tokens"("tenant_id", "id") ON DELETE SET NULL ("api_token_id");

-- Row-level security. The office (staff, and background work as 'system') sees and changes all of
-- it; technicians none of it (contracts and prices are the office's). A customer reads their own
-- meters, readings, contracts (with their rates, allowances and billed periods), orders and order
-- lines, the active catalogue and the promises; they write nothing directly: submissions go through
-- the API, which validates them and writes in the office's scope. API token hashes are never theirs
-- to read either (the token is shown once, at creation).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meters', 'meter_readings', 'meter_api_tokens', 'meter_contracts', 'meter_contract_rates',
      'meter_billing_periods', 'supply_items', 'supply_item_models', 'supply_allowances', 'supply_orders',
      'supply_order_lines', 'request_response_promises'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
    EXECUTE format('CREATE POLICY no_technician ON %I AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician())', t);
  END LOOP;
END
$$;

CREATE POLICY customer_read ON meters FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON meter_readings FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON meter_contracts FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON supply_orders FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON meter_contract_rates FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
  SELECT 1 FROM meter_contracts c WHERE c.tenant_id = meter_contract_rates.tenant_id AND c.id = meter_contract_rates.contract_id));
CREATE POLICY customer_read ON meter_billing_periods FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
  SELECT 1 FROM meter_contracts c WHERE c.tenant_id = meter_billing_periods.tenant_id AND c.id = meter_billing_periods.contract_id));
CREATE POLICY customer_read ON supply_allowances FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
  SELECT 1 FROM meter_contracts c WHERE c.tenant_id = supply_allowances.tenant_id AND c.id = supply_allowances.contract_id));
CREATE POLICY customer_read ON supply_order_lines FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
  SELECT 1 FROM supply_orders o WHERE o.tenant_id = supply_order_lines.tenant_id AND o.id = supply_order_lines.order_id));
-- The catalogue is tenant-wide: every customer of the business reads its active items.
CREATE POLICY customer_read ON supply_items FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND active);
CREATE POLICY customer_read ON supply_item_models FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer' AND EXISTS (
  SELECT 1 FROM supply_items i WHERE i.tenant_id = supply_item_models.tenant_id AND i.id = supply_item_models.item_id));
CREATE POLICY customer_read ON request_response_promises FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer');

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE meters, meter_readings, meter_api_tokens, meter_contracts, meter_contract_rates,
  meter_billing_periods, supply_items, supply_item_models, supply_allowances, supply_orders, supply_order_lines,
  request_response_promises TO portico_app;
-- Readings are rejected or corrected, never deleted; a billed period and an order are history.
REVOKE DELETE ON TABLE meter_readings, meter_billing_periods, supply_orders, supply_order_lines FROM portico_app;

-- Live: an order's status and a reading's review reach the customer's open pages (and the office's).
CREATE TRIGGER live_insert AFTER INSERT ON supply_orders FOR EACH ROW EXECUTE FUNCTION app_live_record('supply_order', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON supply_orders FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('supply_order', 'id', '');
CREATE TRIGGER live_insert AFTER INSERT ON meter_readings FOR EACH ROW EXECUTE FUNCTION app_live_record('meter_reading', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON meter_readings FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('meter_reading', 'id', '');
