-- Payments II: bank debits (ACH) in the sandbox, tips, autopay with dunning, card expiry reminders.

-- Tips: whether the business offers them, and the preset percentages the portal shows.
ALTER TABLE "tenants" ADD COLUMN "tips_enabled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "tenants" ADD COLUMN "tip_presets_percent" INTEGER[] NOT NULL DEFAULT ARRAY[10, 15, 20];

-- The tip charged in the same PaymentIntent as this payment (amount_minor is what the invoice gets).
ALTER TABLE "payments" ADD COLUMN "tip_minor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "payments" ADD CONSTRAINT "payments_tip_minor_check" CHECK (tip_minor >= 0);

-- The sandbox, like Stripe test mode: bank debits (us_bank_account) and saved bank accounts; a
-- saved test card that attaches but declines when charged (4000 0000 0000 0341).
ALTER TABLE "sandbox_intents" ADD COLUMN "method_kind" TEXT NOT NULL DEFAULT 'card';
ALTER TABLE "sandbox_intents" ADD COLUMN "return_code" TEXT;
ALTER TABLE "sandbox_payment_methods" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'card';
ALTER TABLE "sandbox_payment_methods" ADD COLUMN "charge_decline_code" TEXT;
ALTER TABLE "sandbox_payment_methods" ADD COLUMN "return_code" TEXT;
ALTER TABLE "sandbox_payment_methods" ALTER COLUMN "exp_month" DROP NOT NULL;
ALTER TABLE "sandbox_payment_methods" ALTER COLUMN "exp_year" DROP NOT NULL;

-- A bank-debit mandate the customer accepted (Stripe's mandate_data.customer_acceptance).
CREATE TABLE "payment_mandates" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "customer_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "intent_ref" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,
    "user_agent" TEXT,
    CONSTRAINT "payment_mandates_pkey" PRIMARY KEY ("tenant_id", "id")
);
CREATE UNIQUE INDEX "payment_mandates_tenant_id_provider_intent_ref_key" ON "payment_mandates"("tenant_id", "provider", "intent_ref");
ALTER TABLE "payment_mandates" ADD CONSTRAINT "payment_mandates_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "payment_mandates" ADD CONSTRAINT "payment_mandates_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A tip, recorded apart from the invoice's balance: one row per payment that carried one.
CREATE TABLE "tips" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "payment_id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "job_id" UUID,
    "technician_id" UUID,
    "amount_minor" INTEGER NOT NULL,
    "refunded_minor" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "tips_pkey" PRIMARY KEY ("tenant_id", "id"),
    CONSTRAINT "tips_amounts_check" CHECK (amount_minor > 0 AND refunded_minor >= 0 AND refunded_minor <= amount_minor)
);
CREATE UNIQUE INDEX "tips_tenant_id_payment_id_key" ON "tips"("tenant_id", "payment_id");
CREATE INDEX "tips_tenant_id_received_at_idx" ON "tips"("tenant_id", "received_at");
ALTER TABLE "tips" ADD CONSTRAINT "tips_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tips" ADD CONSTRAINT "tips_payment_fkey" FOREIGN KEY ("tenant_id", "payment_id") REFERENCES "payments"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tips" ADD CONSTRAINT "tips_invoice_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tips" ADD CONSTRAINT "tips_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tips" ADD CONSTRAINT "tips_job_fkey" FOREIGN KEY ("tenant_id", "job_id") REFERENCES "jobs"("tenant_id", "id") ON DELETE SET NULL (job_id) ON UPDATE CASCADE;

-- Autopay of a service agreement: the saved payment method its invoices are charged to.
CREATE TABLE "agreement_autopay" (
    "tenant_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "payment_method_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "brand" TEXT,
    "last4" TEXT NOT NULL,
    "exp_month" INTEGER,
    "exp_year" INTEGER,
    "enabled_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "agreement_autopay_pkey" PRIMARY KEY ("tenant_id", "agreement_id")
);
ALTER TABLE "agreement_autopay" ADD CONSTRAINT "agreement_autopay_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agreement_autopay" ADD CONSTRAINT "agreement_autopay_agreement_fkey" FOREIGN KEY ("tenant_id", "agreement_id") REFERENCES "service_agreements"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "agreement_autopay" ADD CONSTRAINT "agreement_autopay_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each autopay charge of an invoice (attempt 0 on issue, then the dunning retries), claimed once.
CREATE TABLE "autopay_attempts" (
    "tenant_id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "agreement_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "payment_id" UUID,
    "failure_reason" TEXT,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL,
    "next_retry_at" TIMESTAMPTZ(3),
    CONSTRAINT "autopay_attempts_pkey" PRIMARY KEY ("tenant_id", "invoice_id", "attempt")
);
ALTER TABLE "autopay_attempts" ADD CONSTRAINT "autopay_attempts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "autopay_attempts" ADD CONSTRAINT "autopay_attempts_invoice_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "autopay_attempts" ADD CONSTRAINT "autopay_attempts_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A card-expiry reminder sent, once per card and expiry.
CREATE TABLE "card_expiry_reminders" (
    "tenant_id" UUID NOT NULL,
    "payment_method_id" TEXT NOT NULL,
    "exp_year" INTEGER NOT NULL,
    "exp_month" INTEGER NOT NULL,
    "customer_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "card_expiry_reminders_pkey" PRIMARY KEY ("tenant_id", "payment_method_id", "exp_year", "exp_month")
);
ALTER TABLE "card_expiry_reminders" ADD CONSTRAINT "card_expiry_reminders_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "card_expiry_reminders" ADD CONSTRAINT "card_expiry_reminders_customer_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: the tenant's staff and background work; customers read their own rows.
-- Tips are money: a technician reads none of them in SQL (the API shows the report to managers).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['payment_mandates', 'tips', 'agreement_autopay', 'autopay_attempts', 'card_expiry_reminders'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
    EXECUTE format('CREATE POLICY technician_none ON %I AS RESTRICTIVE FOR ALL TO portico_app USING (NOT app_is_technician())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO portico_app', t);
  END LOOP;
END
$$;
CREATE POLICY customer_read ON payment_mandates FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON tips FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON agreement_autopay FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON autopay_attempts FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));

-- Background jobs of payments, queued from the application's transaction like the outbox:
-- 'sandbox-bank-settle' (a bank debit leaves processing after the simulated delay) and
-- 'autopay-charge' (an autopay attempt of an invoice); each has a job key so nothing doubles.
CREATE FUNCTION queue_payment_job(p_task text, p_key text, p_payload jsonb, p_run_at timestamptz)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant uuid := app_tenant();
BEGIN
  IF tenant IS NULL OR app_role() NOT IN ('customer', 'staff', 'system') THEN
    RAISE EXCEPTION 'queue_payment_job needs a tenant''s customer, staff or system scope';
  END IF;
  IF p_task NOT IN ('sandbox-bank-settle', 'autopay-charge') THEN
    RAISE EXCEPTION 'queue_payment_job: no task %', p_task;
  END IF;
  IF to_regnamespace('graphile_worker') IS NULL THEN
    RETURN;
  END IF;
  PERFORM graphile_worker.add_job(
    p_task,
    p_payload || jsonb_build_object('tenantId', tenant),
    run_at := p_run_at,
    max_attempts := 5,
    job_key := p_task || ':' || tenant::text || ':' || p_key,
    job_key_mode := 'preserve_run_at',
    flags := ARRAY['tenant:' || tenant::text]
  );
END
$$;
REVOKE ALL ON FUNCTION queue_payment_job(text, text, jsonb, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_payment_job(text, text, jsonb, timestamptz) TO portico_app;

-- The daily card-expiry task lists the tenants that have autopay, and nothing else about them.
CREATE FUNCTION tenants_with_autopay() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT DISTINCT tenant_id FROM agreement_autopay $$;
REVOKE ALL ON FUNCTION tenants_with_autopay() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenants_with_autopay() TO portico_app;
