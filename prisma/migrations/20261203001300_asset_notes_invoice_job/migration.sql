-- Service history (issue 14): notes on an asset that the customer reads (an animal's temperament,
-- a furnace's filter size), and the visit an invoice bills, so that invoices appear in the
-- timeline of that visit's site and asset. Both tables' row-level security and grants already
-- cover the new columns; the foreign key includes tenant_id like every other.

-- AlterTable
ALTER TABLE "assets" ADD COLUMN     "notes" TEXT;

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "job_id" UUID;

-- CreateIndex
CREATE INDEX "invoices_tenant_id_job_id_idx" ON "invoices"("tenant_id", "job_id");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_tenant_id_job_id_fkey" FOREIGN KEY ("tenant_id", "job_id") REFERENCES "jobs"("tenant_id", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
