-- Files encrypted at rest (issue 19, server/src/storage/encrypted-storage.ts): every stored file is
-- encrypted with its tenant's data key (AES-256-GCM); the data keys are kept here wrapped (encrypted)
-- by the master key from STORAGE_MASTER_KEY, which never reaches the database. Rotating the master
-- key re-wraps these rows and leaves the files alone. `scope` is the tenant's id, or 'platform' for
-- files outside tenants/<id>/ (none in production; the tests' factory keys). A tenant deleted takes
-- its data keys with it, and with them any copy of its files left behind (crypto-shredding).
CREATE TABLE "storage_data_keys" (
    "scope" TEXT NOT NULL,
    "tenant_id" UUID,
    "version" INTEGER NOT NULL,
    -- 12-byte IV, the wrapped 32-byte key, the 16-byte GCM tag.
    "wrapped_key" BYTEA NOT NULL,
    -- Which master key wrapped it: a fingerprint (HMAC of the key), never the key.
    "master_key_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rewrapped_at" TIMESTAMPTZ(3),

    CONSTRAINT "storage_data_keys_pkey" PRIMARY KEY ("scope","version"),
    CONSTRAINT "storage_data_keys_scope" CHECK ((scope = 'platform' AND tenant_id IS NULL) OR scope = tenant_id::text),
    CONSTRAINT "storage_data_keys_version" CHECK (version >= 1)
);

CREATE INDEX "storage_data_keys_tenant_id_idx" ON "storage_data_keys"("tenant_id");
ALTER TABLE "storage_data_keys" ADD CONSTRAINT "storage_data_keys_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Nobody but the owner reads or writes the table: no policy for the application role, and no grant
-- either (the schema's default privileges would give it one). The storage layer runs outside any
-- request's scope and reaches its rows only through the two functions below; the master key
-- rotation (npm run storage:rotate-master-key) runs as the owner.
ALTER TABLE "storage_data_keys" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "storage_data_keys" FORCE ROW LEVEL SECURITY;
DO $$ BEGIN EXECUTE format('CREATE POLICY owner_all ON storage_data_keys TO %I USING (true)', current_user); END $$;
REVOKE ALL ON TABLE "storage_data_keys" FROM portico_app;

-- A scope's data key: the newest version, or the one asked for (a file's header names its version).
-- Reveals only wrapped keys, useless without the master key.
CREATE FUNCTION app_storage_data_key(p_scope text, p_version integer)
  RETURNS TABLE (version integer, wrapped_key bytea, master_key_id text)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT k.version, k.wrapped_key, k.master_key_id FROM storage_data_keys k
     WHERE k.scope = p_scope AND (p_version IS NULL OR k.version = p_version)
     ORDER BY k.version DESC LIMIT 1
  $$;

-- A scope's first data key, unless it has one: two first uploads at once both call this, and both
-- get the one row that won (ON CONFLICT), never a key of their own. No row for a tenant that does
-- not exist (files left by another database in a shared folder).
CREATE FUNCTION app_storage_add_data_key(p_scope text, p_wrapped bytea, p_master text)
  RETURNS TABLE (version integer, wrapped_key bytea, master_key_id text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = public
  AS $$
  #variable_conflict use_column
  DECLARE
    v_tenant uuid;
  BEGIN
    IF p_scope <> 'platform' THEN
      v_tenant := p_scope::uuid;
      IF v_tenant::text <> p_scope OR NOT EXISTS (SELECT 1 FROM tenants t WHERE t.id = v_tenant) THEN
        RETURN;
      END IF;
    END IF;
    INSERT INTO storage_data_keys (scope, tenant_id, version, wrapped_key, master_key_id)
      VALUES (p_scope, v_tenant, 1, p_wrapped, p_master)
      ON CONFLICT ON CONSTRAINT storage_data_keys_pkey DO NOTHING;
    RETURN QUERY SELECT k.version, k.wrapped_key, k.master_key_id FROM storage_data_keys k WHERE k.scope = p_scope AND k.version = 1;
  END
  $$;

REVOKE ALL ON FUNCTION app_storage_data_key(text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_storage_add_data_key(text, bytea, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_storage_data_key(text, integer) TO portico_app;
GRANT EXECUTE ON FUNCTION app_storage_add_data_key(text, bytea, text) TO portico_app;
