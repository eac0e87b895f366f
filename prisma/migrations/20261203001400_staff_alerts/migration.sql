-- Staff alerts: which staff roles are emailed when a customer books online, asks for an
-- appointment or sends an urgent/emergency service request (server/src/alerts/). The tenants
-- table's row-level security and grants already cover the new column.

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "staff_alerts" JSONB NOT NULL DEFAULT '{"newBooking":["owner","admin","dispatcher"],"appointmentRequest":["owner","admin","dispatcher"],"urgentRequest":["owner","admin","dispatcher"]}';

-- The inbox counts (attentionCounts) read requests by status.
-- CreateIndex
CREATE INDEX "service_requests_tenant_id_status_idx" ON "service_requests"("tenant_id", "status");
