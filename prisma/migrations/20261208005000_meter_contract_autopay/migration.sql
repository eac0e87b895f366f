-- Autopay of meter contracts (issue 21): the customer picks one of their saved payment methods per
-- contract, as for service agreements (agreement_autopay); the invoice meter billing issues at a
-- period end is then charged off-session by the same task and dunning (autopay_attempts).
CREATE TABLE "meter_contract_autopay" (
    "tenant_id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "payment_method_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "brand" TEXT,
    "last4" TEXT NOT NULL,
    "exp_month" INTEGER,
    "exp_year" INTEGER,
    "enabled_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "meter_contract_autopay_pkey" PRIMARY KEY ("tenant_id", "contract_id")
);
ALTER TABLE "meter_contract_autopay" ADD CONSTRAINT "meter_contract_autopay_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meter_contract_autopay" ADD CONSTRAINT "meter_contract_autopay_contract_fkey" FOREIGN KEY ("tenant_id", "contract_id") REFERENCES "meter_contracts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meter_contract_autopay" ADD CONSTRAINT "meter_contract_autopay_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "meter_contract_autopay" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "meter_contract_autopay" FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON "meter_contract_autopay" FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
CREATE POLICY technician_none ON "meter_contract_autopay" AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician());
CREATE POLICY customer_read ON "meter_contract_autopay" FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "meter_contract_autopay" TO portico_app;
DO $$
BEGIN
  EXECUTE format('CREATE POLICY owner_all ON meter_contract_autopay TO %I USING (true)', current_user);
END
$$;

-- An attempt charges an agreement's invoice (agreement_id) or a meter invoice (none: its contracts
-- are the meter_billing_periods that carry the invoice).
ALTER TABLE "autopay_attempts" ALTER COLUMN "agreement_id" DROP NOT NULL;
