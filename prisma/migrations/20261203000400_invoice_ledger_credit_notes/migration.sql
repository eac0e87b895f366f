-- One ledger per invoice (invoices/invoice-money.ts): what was refunded and what credit notes
-- took off are kept beside what was paid (received less refunded), and credit notes are their
-- own numbered documents. Credit notes are written by staff only; a customer reads their own.

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "credited_minor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refunded_minor" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "credit_notes" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "issued_by_id" UUID,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "credit_notes_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "credit_notes_tenant_id_invoice_id_idx" ON "credit_notes"("tenant_id", "invoice_id");

-- CreateIndex
CREATE INDEX "credit_notes_tenant_id_customer_id_idx" ON "credit_notes"("tenant_id", "customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "credit_notes_tenant_id_number_key" ON "credit_notes"("tenant_id", "number");

-- AddForeignKey
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_tenant_id_invoice_id_fkey" FOREIGN KEY ("tenant_id", "invoice_id") REFERENCES "invoices"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What was already refunded on each invoice, from its payments.
UPDATE invoices i SET refunded_minor = r.total
  FROM (SELECT tenant_id, invoice_id, sum(refunded_minor)::int AS total FROM payments GROUP BY tenant_id, invoice_id) r
  WHERE r.tenant_id = i.tenant_id AND r.invoice_id = i.id AND r.total > 0;

-- Row-level security.
ALTER TABLE credit_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON credit_notes FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON credit_notes TO %I USING (true)', current_user); END $$;
CREATE POLICY customer_read ON credit_notes FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE credit_notes TO portico_app;
