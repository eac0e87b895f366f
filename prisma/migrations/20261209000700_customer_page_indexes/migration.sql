-- Issue 16 (scale): the portal dashboard's counts and sums answered from indexes alone. Each index
-- holds one customer's rows of one state, with every column the count and the table's row-level
-- security policies read (customer, site, technician, the job of an invoice or request), so the
-- count is an index-only scan: no heap page is read for it, only for the few rows the dashboard
-- lists. Without them every count read each of the customer's rows from the table, scattered over
-- pages that, on a large database, are mostly not in PostgreSQL's buffers. Hand-written: Prisma's
-- schema cannot say INCLUDE or WHERE.

-- Upcoming visits (not finished, cancelled or declined).
CREATE INDEX "jobs_customer_open_idx" ON "jobs" ("tenant_id", "customer_id", "scheduled_start")
  INCLUDE ("scheduled_end", "site_id", "technician_id")
  WHERE "status" NOT IN ('completed', 'cancelled', 'declined');
-- Finished visits, newest first (awaiting a review).
CREATE INDEX "jobs_customer_completed_idx" ON "jobs" ("tenant_id", "customer_id", "completed_at")
  INCLUDE ("id", "site_id", "technician_id")
  WHERE "status" = 'completed';
-- Issued invoices by due date: how many, how much is due and overdue.
CREATE INDEX "invoices_customer_issued_idx" ON "invoices" ("tenant_id", "customer_id", "due_date")
  INCLUDE ("status", "total_minor", "credited_minor", "paid_minor", "job_id")
  WHERE "status" = 'issued';
-- Open service requests, newest first.
CREATE INDEX "service_requests_customer_open_idx" ON "service_requests" ("tenant_id", "customer_id", "created_at")
  INCLUDE ("job_id", "asset_id")
  WHERE "status" IN ('submitted', 'reviewed');
-- Documents shared with the customer.
CREATE INDEX "documents_customer_shared_idx" ON "documents" ("tenant_id", "customer_id")
  INCLUDE ("id", "shared")
  WHERE "shared";
