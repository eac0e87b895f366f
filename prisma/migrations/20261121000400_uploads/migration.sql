-- CreateTable
CREATE TABLE "uploads" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT,
    "size_bytes" INTEGER,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploaded_at" TIMESTAMPTZ(3),
    "consumed_at" TIMESTAMPTZ(3),

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateIndex
CREATE INDEX "uploads_tenant_id_customer_id_created_at_idx" ON "uploads"("tenant_id", "customer_id", "created_at");

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_tenant_id_customer_id_fkey" FOREIGN KEY ("tenant_id", "customer_id") REFERENCES "customers"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: a customer sees and creates only their own uploads.
ALTER TABLE "uploads" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "uploads" FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON uploads FOR ALL USING (tenant_id = app_tenant() AND app_is_staff());
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON uploads TO %I USING (true)', current_user); END $$;
CREATE POLICY customer_own ON uploads FOR ALL USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "uploads" TO portico_app;
