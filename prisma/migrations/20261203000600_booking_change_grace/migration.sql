-- A booking the customer made online can always be changed or cancelled for a grace period after
-- it was made, even inside the change window (server/src/booking/change-window.ts). The tenants
-- table's row-level security and grants already cover the new column.

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "change_grace_minutes" INTEGER NOT NULL DEFAULT 30;
