-- Customers add their own service addresses (and, where the business allows, equipment or
-- animals) from the portal. Two tenant switches say whether they may, and every site and asset
-- records who added it, so staff see it and customers change only what they added.

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "customers_may_add_sites" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "customers_may_add_assets" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable: rows older than the column were added by the office.
ALTER TABLE "sites" ADD COLUMN     "added_by" TEXT NOT NULL DEFAULT 'staff',
ADD COLUMN     "added_by_staff_id" UUID;

-- AlterTable
ALTER TABLE "assets" ADD COLUMN     "added_by" TEXT NOT NULL DEFAULT 'staff',
ADD COLUMN     "added_by_staff_id" UUID;

ALTER TABLE sites ADD CONSTRAINT sites_added_by_check CHECK (added_by IN ('customer', 'staff'));
ALTER TABLE assets ADD CONSTRAINT assets_added_by_check CHECK (added_by IN ('customer', 'staff'));

-- Row-level security. A customer reads all their own sites and assets, but writes only rows
-- they added themselves (the API says the same, and this is the wall behind it). Until now a
-- customer's transaction could write any of their own sites and no asset.
DROP POLICY customer_own ON sites;
CREATE POLICY customer_read ON sites FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY customer_insert_own ON sites FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer' AND added_by_staff_id IS NULL);
CREATE POLICY customer_update_own ON sites FOR UPDATE
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer')
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer' AND added_by_staff_id IS NULL);
CREATE POLICY customer_delete_own ON sites FOR DELETE
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer');

CREATE POLICY customer_insert_own ON assets FOR INSERT
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer' AND added_by_staff_id IS NULL);
CREATE POLICY customer_update_own ON assets FOR UPDATE
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer')
  WITH CHECK (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer' AND added_by_staff_id IS NULL);
CREATE POLICY customer_delete_own ON assets FOR DELETE
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND added_by = 'customer');
