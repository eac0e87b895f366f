-- Portal features (notification preferences, email change) and online booking (rules,
-- qualified technicians, closed dates, appointment requests, calendar feeds).

-- CreateEnum
CREATE TYPE "BookingMode" AS ENUM ('instant', 'request');

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'email_change';

-- AlterEnum
ALTER TYPE "JobStatus" ADD VALUE 'declined';

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "booking_mode" "BookingMode" NOT NULL DEFAULT 'instant',
ADD COLUMN     "buffer_after_minutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "buffer_before_minutes" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "customers" ADD COLUMN     "notify_appointments" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notify_invoices" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notify_requests" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "one_time_tokens" ADD COLUMN     "new_email" CITEXT;

-- AlterTable
ALTER TABLE "jobs" ADD COLUMN     "booked_online" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3),
ADD COLUMN     "cancelled_by" "ActorType",
ADD COLUMN     "decline_reason" TEXT,
ADD COLUMN     "description" TEXT,
ADD COLUMN     "requested_end" TIMESTAMPTZ(3),
ADD COLUMN     "requested_start" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "service_type_technicians" (
    "tenant_id" UUID NOT NULL,
    "service_type_id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,

    CONSTRAINT "service_type_technicians_pkey" PRIMARY KEY ("tenant_id","service_type_id","staff_user_id")
);

-- CreateTable
CREATE TABLE "closed_dates" (
    "tenant_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "label" TEXT,

    CONSTRAINT "closed_dates_pkey" PRIMARY KEY ("tenant_id","date")
);

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "service_type_technicians_tenant_id_staff_user_id_idx" ON "service_type_technicians"("tenant_id", "staff_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"("token_hash");

-- CreateIndex
CREATE INDEX "calendar_feeds_tenant_id_customer_id_idx" ON "calendar_feeds"("tenant_id", "customer_id");

-- AddForeignKey
ALTER TABLE "service_type_technicians" ADD CONSTRAINT "service_type_technicians_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_type_technicians" ADD CONSTRAINT "service_type_technicians_tenant_id_service_type_id_fkey" FOREIGN KEY ("tenant_id", "service_type_id") REFERENCES "service_types"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_type_technicians" ADD CONSTRAINT "service_type_technicians_tenant_id_staff_user_id_fkey" FOREIGN KEY ("tenant_id", "staff_user_id") REFERENCES "staff_users"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "closed_dates" ADD CONSTRAINT "closed_dates_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A technician never holds two overlapping jobs: the database itself refuses the second one,
-- so concurrent bookings of the last free slot get exactly one winner.
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_technician_no_overlap" EXCLUDE USING gist (
  "tenant_id" WITH =,
  "technician_id" WITH =,
  tstzrange("scheduled_start", "scheduled_end") WITH &&
) WHERE ("technician_id" IS NOT NULL AND "status" IN ('scheduled', 'in_progress', 'completed'));

-- Row-level security for the new tables.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['service_type_technicians', 'closed_dates', 'calendar_feeds'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY staff_all ON %I FOR ALL USING (tenant_id = app_tenant() AND app_is_staff())', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true)', t, current_user);
  END LOOP;
END
$$;
-- Booking rules customers need to see their slots.
CREATE POLICY customer_read ON service_type_technicians FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer');
CREATE POLICY customer_read ON closed_dates FOR SELECT USING (tenant_id = app_tenant() AND app_role() = 'customer');
CREATE POLICY customer_own ON calendar_feeds FOR ALL USING (tenant_id = app_tenant() AND app_is_customer(customer_id));

-- Free slots depend on every customer's jobs, which a customer may not read. This reveals only
-- which qualified technician is busy when, in the tenant of the current request.
CREATE FUNCTION technician_busy_times(technicians uuid[], range_start timestamptz, range_end timestamptz)
  RETURNS TABLE (technician_id uuid, starts_at timestamptz, ends_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT j.technician_id, j.scheduled_start, j.scheduled_end
    FROM jobs j
    WHERE j.tenant_id = app_tenant()
      AND app_role() IN ('customer', 'staff', 'system')
      AND j.technician_id = ANY (technicians)
      AND j.technician_id IS NOT NULL
      AND j.status IN ('scheduled', 'in_progress', 'completed')
      AND tstzrange(j.scheduled_start, j.scheduled_end) && tstzrange(range_start, range_end)
  $$;

-- A calendar app fetching a feed URL names no tenant: the token's hash finds the feed, and
-- nothing else is revealed.
CREATE FUNCTION calendar_feed_owner(wanted_hash text)
  RETURNS TABLE (tenant_id uuid, customer_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT f.tenant_id, f.customer_id FROM calendar_feeds f WHERE f.token_hash = wanted_hash AND f.revoked_at IS NULL $$;
