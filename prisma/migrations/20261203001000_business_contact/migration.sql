-- How customers reach a business: phone, email, postal address, opening hours, and the legal
-- identity its invoices must carry (legal name, registration number such as a SIRET, VAT number).
-- Public business information on the tenants row: the existing tenant policies (everyone inside
-- the tenant reads, only staff update) apply unchanged.
ALTER TABLE "tenants"
  ADD COLUMN "contact_phone" TEXT,
  ADD COLUMN "contact_email" TEXT,
  ADD COLUMN "address_line1" TEXT,
  ADD COLUMN "address_line2" TEXT,
  ADD COLUMN "city" TEXT,
  ADD COLUMN "postal_code" TEXT,
  ADD COLUMN "region" TEXT,
  ADD COLUMN "country" CHAR(2),
  ADD COLUMN "opening_hours" TEXT,
  ADD COLUMN "legal_name" TEXT,
  ADD COLUMN "registration_number" TEXT,
  ADD COLUMN "vat_number" TEXT;
