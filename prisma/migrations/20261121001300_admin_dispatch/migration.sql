-- Staff upload documents for a customer before choosing which one: an upload belongs to a
-- customer (service request attachments) or to a member of staff (admin documents).
-- AlterTable
ALTER TABLE "uploads" ALTER COLUMN "customer_id" DROP NOT NULL,
ADD COLUMN     "staff_user_id" UUID;

-- Exactly one owner. A staff upload has no customer_id, so the customer_own policy never shows it to a customer.
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_one_owner" CHECK (("customer_id" IS NULL) <> ("staff_user_id" IS NULL));
