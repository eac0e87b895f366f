-- Billing round: why an invoice was voided, the communications staff log, and the one lookup
-- the recurring-invoice job needs across tenants.

-- CreateEnum
CREATE TYPE "CommunicationChannel" AS ENUM ('call', 'email', 'sms', 'note');

-- CreateEnum
CREATE TYPE "CommunicationDirection" AS ENUM ('inbound', 'outbound');

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "void_reason" TEXT,
ADD COLUMN     "voided_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "communications" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "job_id" UUID,
    "channel" "CommunicationChannel" NOT NULL,
    "direction" "CommunicationDirection" NOT NULL,
    "summary" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "staff_user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "communications_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "communications_tenant_id_customer_id_occurred_at_idx" ON "communications"("tenant_id", "customer_id", "occurred_at");

-- AddForeignKey
ALTER TABLE "communications" ADD CONSTRAINT "communications_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "communications" ADD CONSTRAINT "communications_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "communications" ADD CONSTRAINT "communications_tenant_id_job_id_fkey" FOREIGN KEY ("tenant_id", "job_id") REFERENCES "jobs"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "communications" ADD CONSTRAINT "communications_tenant_id_staff_user_id_fkey" FOREIGN KEY ("tenant_id", "staff_user_id") REFERENCES "staff_users"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- Communications are the business's own record: staff (and background jobs) only, never customers.
ALTER TABLE communications ENABLE ROW LEVEL SECURITY;
ALTER TABLE communications FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON communications FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON communications TO %I USING (true)', current_user); END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE communications TO portico_app;

-- The recurring-invoice job runs without a tenant: this reveals only which tenants have an
-- agreement whose next invoice date has come in their own time zone at `at`.
CREATE FUNCTION tenants_with_due_agreements(at timestamptz) RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT t.id FROM tenants t WHERE EXISTS (SELECT 1 FROM service_agreements a WHERE a.tenant_id = t.id AND a.active AND a.next_invoice_on <= (at AT TIME ZONE t.time_zone)::date) ORDER BY t.id $$;
GRANT EXECUTE ON FUNCTION tenants_with_due_agreements(timestamptz) TO portico_app;
