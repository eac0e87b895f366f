-- Online payments (payments/): Stripe keys and partial payments in tenant settings, the states of
-- an online payment, each provider event processed once, and the sandbox provider's own state.
-- Money moves only in the 'system' role (webhooks, and the payment service after it checked the
-- customer may see the invoice): customers keep read access to their own payments only.

ALTER TYPE "PaymentStatus" ADD VALUE 'requires_action';
ALTER TYPE "PaymentStatus" ADD VALUE 'processing';
ALTER TYPE "PaymentStatus" ADD VALUE 'canceled';
ALTER TYPE "PaymentStatus" ADD VALUE 'partially_refunded';

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "allow_partial_payments" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "stripe_account_id" TEXT,
ADD COLUMN     "stripe_publishable_key" TEXT,
ADD COLUMN     "stripe_secret_key_enc" TEXT,
ADD COLUMN     "stripe_secret_key_last4" TEXT,
ADD COLUMN     "stripe_webhook_secret_enc" TEXT;

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "card_brand" TEXT,
ADD COLUMN     "client_secret" TEXT,
ADD COLUMN     "idempotency_key" TEXT,
ADD COLUMN     "last4" TEXT,
ADD COLUMN     "refunded_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "payment_events" (
    "tenant_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_events_pkey" PRIMARY KEY ("tenant_id","provider","event_id")
);

-- CreateTable
CREATE TABLE "payment_customers" (
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_customer_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "payment_customers_pkey" PRIMARY KEY ("tenant_id","customer_id","provider")
);

-- CreateTable
CREATE TABLE "sandbox_intents" (
    "tenant_id" UUID NOT NULL,
    "id" TEXT NOT NULL,
    "client_secret" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "customer_ref" TEXT,
    "save_payment_method" BOOLEAN NOT NULL DEFAULT false,
    "card_brand" TEXT,
    "last4" TEXT,
    "decline_code" TEXT,
    "refunded_minor" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_intents_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "sandbox_payment_methods" (
    "tenant_id" UUID NOT NULL,
    "id" TEXT NOT NULL,
    "customer_id" UUID NOT NULL,
    "customer_ref" TEXT NOT NULL,
    "brand" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "exp_month" INTEGER NOT NULL,
    "exp_year" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sandbox_payment_methods_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_intents_tenant_id_client_secret_key" ON "sandbox_intents"("tenant_id", "client_secret");

-- CreateIndex
CREATE INDEX "sandbox_payment_methods_tenant_id_customer_ref_idx" ON "sandbox_payment_methods"("tenant_id", "customer_ref");

-- CreateIndex
CREATE UNIQUE INDEX "payments_tenant_id_idempotency_key_key" ON "payments"("tenant_id", "idempotency_key");

-- AddForeignKey
ALTER TABLE "payment_events" ADD CONSTRAINT "payment_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_customers" ADD CONSTRAINT "payment_customers_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_customers" ADD CONSTRAINT "payment_customers_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_intents" ADD CONSTRAINT "sandbox_intents_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_payment_methods" ADD CONSTRAINT "sandbox_payment_methods_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sandbox_payment_methods" ADD CONSTRAINT "sandbox_payment_methods_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['payment_events', 'payment_customers', 'sandbox_intents', 'sandbox_payment_methods'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO portico_app', t);
  END LOOP;
END
$$;
-- Read-only for customers, so queries (which run fields in parallel) never need the 'system' role.
CREATE POLICY customer_read ON payment_customers FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_read ON sandbox_payment_methods FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));

-- A Stripe Connect webhook names the connected account, not the tenant: like the slug lookup,
-- this reveals nothing but the tenant's id.
CREATE FUNCTION tenant_id_by_stripe_account(wanted text) RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT id FROM tenants WHERE stripe_account_id = wanted $$;
REVOKE ALL ON FUNCTION tenant_id_by_stripe_account(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_id_by_stripe_account(text) TO portico_app;
