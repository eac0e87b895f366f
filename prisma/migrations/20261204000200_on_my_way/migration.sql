-- "On my way" (issue 17): when a job's technician set off, the arrival time promised to the
-- customer (set by the technician or the office, and changed as often as needed) and when they
-- arrived. Columns of jobs, so the table's row-level security (forced: tenant, customer, and for
-- technicians their own jobs) covers them as it covers the rest of the row.
ALTER TABLE jobs
  ADD COLUMN on_my_way_at timestamptz(3),
  ADD COLUMN eta_at timestamptz(3),
  ADD COLUMN arrived_at timestamptz(3);

-- A promise belongs to a technician on the way, and an arrival follows setting off.
ALTER TABLE jobs
  ADD CONSTRAINT jobs_eta_needs_on_my_way CHECK (eta_at IS NULL OR on_my_way_at IS NOT NULL),
  ADD CONSTRAINT jobs_arrival_needs_on_my_way CHECK (arrived_at IS NULL OR on_my_way_at IS NOT NULL);
