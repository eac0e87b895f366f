-- The live layer's one event stream (issue 17, server/src/live/).
--
-- Domain tables record an event row in the writing transaction, by trigger, so every path that
-- writes them (the API, webhooks, the worker) is covered and a rolled-back write records nothing.
-- An event carries only ids and a kind. At commit, a deferred trigger gives it the tenant's next
-- sequence number and wakes the API instances with NOTIFY (payload: the event id). The per-tenant
-- counter is locked only from that trigger to the end of the commit, so sequence order is commit
-- order within a tenant: a subscriber that saw sequence n has seen every visible event before it.

CREATE TABLE "live_event_counters" (
    "tenant_id" UUID NOT NULL,
    "last_seq" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "live_event_counters_pkey" PRIMARY KEY ("tenant_id")
);

CREATE TABLE "live_events" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" UUID NOT NULL,
    "seq" BIGINT,
    "kind" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "customer_id" UUID,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "live_events_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "live_events_tenant_id_seq_key" ON "live_events"("tenant_id", "seq");
CREATE INDEX "live_events_created_at_idx" ON "live_events"("created_at");

ALTER TABLE "live_event_counters" ADD CONSTRAINT "live_event_counters_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: staff read their tenant's events, a customer the events about them (the
-- replay after a reconnect reads through these; every event is then re-read in the subscriber's
-- scope before it is delivered). Nobody writes them but the triggers below.
ALTER TABLE live_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE live_events FORCE ROW LEVEL SECURITY;
ALTER TABLE live_event_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE live_event_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON live_events FOR SELECT USING (tenant_id = app_tenant() AND app_is_staff());
CREATE POLICY customer_read ON live_events FOR SELECT USING (tenant_id = app_tenant() AND app_is_customer(customer_id));
CREATE POLICY tenant_read ON live_event_counters FOR SELECT USING (tenant_id = app_tenant() AND app_role() IN ('staff', 'customer', 'system'));
-- Housekeeping (role 'system') prunes old events.
CREATE POLICY system_prune ON live_events FOR DELETE USING (tenant_id = app_tenant() AND app_role() = 'system');
DO $$ BEGIN
  EXECUTE format('CREATE POLICY owner_all ON live_events TO %I USING (true)', current_user);
  EXECUTE format('CREATE POLICY owner_all ON live_event_counters TO %I USING (true)', current_user);
END $$;
GRANT SELECT, DELETE ON live_events TO portico_app;
GRANT SELECT ON live_event_counters TO portico_app;

-- Records one event for the row written. Arguments: the subject's type, the column holding the
-- subject's id, and the column naming the member of staff it concerns (or '' for none).
CREATE FUNCTION app_live_record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
  DECLARE
    r jsonb := to_jsonb(NEW);
  BEGIN
    INSERT INTO live_events (tenant_id, kind, subject_type, subject_id, customer_id, staff_user_id)
    VALUES ((r->>'tenant_id')::uuid,
            TG_TABLE_NAME || CASE TG_OP WHEN 'INSERT' THEN '.created' ELSE '.changed' END,
            TG_ARGV[0],
            (r->>TG_ARGV[1])::uuid,
            -- a customer's own row is about that customer
            CASE WHEN TG_TABLE_NAME = 'customers' THEN (r->>'id')::uuid ELSE (r->>'customer_id')::uuid END,
            CASE WHEN TG_ARGV[2] <> '' THEN (r->>TG_ARGV[2])::uuid END);
    RETURN NULL;
  END
  $$;

-- At commit: the tenant's next sequence number, then the wake-up.
CREATE FUNCTION app_live_sequence() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
  DECLARE
    v_seq bigint;
  BEGIN
    -- The event may be gone by now (its tenant deleted later in the same transaction).
    PERFORM 1 FROM live_events WHERE id = NEW.id;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
    INSERT INTO live_event_counters AS c (tenant_id, last_seq) VALUES (NEW.tenant_id, 1)
      ON CONFLICT (tenant_id) DO UPDATE SET last_seq = c.last_seq + 1
      RETURNING last_seq INTO v_seq;
    UPDATE live_events SET seq = v_seq WHERE id = NEW.id;
    PERFORM pg_notify('portico_live', NEW.id::text);
    RETURN NULL;
  END
  $$;

CREATE CONSTRAINT TRIGGER live_event_sequence AFTER INSERT ON live_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_live_sequence();

-- What is live. Updates that change nothing record nothing; deletions record nothing (a deleted
-- subject cannot be re-read, so no subscriber would receive its event).
CREATE TRIGGER live_insert AFTER INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION app_live_record('invoice', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON invoices FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('invoice', 'id', '');
CREATE TRIGGER live_insert AFTER INSERT ON payments FOR EACH ROW EXECUTE FUNCTION app_live_record('invoice', 'invoice_id', '');
CREATE TRIGGER live_update AFTER UPDATE ON payments FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('invoice', 'invoice_id', '');
CREATE TRIGGER live_insert AFTER INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION app_live_record('job', 'id', 'technician_id');
CREATE TRIGGER live_update AFTER UPDATE ON jobs FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('job', 'id', 'technician_id');
CREATE TRIGGER live_insert AFTER INSERT ON service_requests FOR EACH ROW EXECUTE FUNCTION app_live_record('request', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON service_requests FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('request', 'id', '');
CREATE TRIGGER live_insert AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION app_live_record('document', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON documents FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('document', 'id', '');
CREATE TRIGGER live_insert AFTER INSERT ON customers FOR EACH ROW EXECUTE FUNCTION app_live_record('customer', 'id', '');
CREATE TRIGGER live_update AFTER UPDATE ON customers FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app_live_record('customer', 'id', '');

-- The listeners (one per API instance) read the events they were woken for. Events are tenant
-- data, so this is the one way past row-level security to them, by id only.
CREATE FUNCTION app_live_events(p_ids bigint[])
  RETURNS TABLE (id bigint, tenant_id uuid, seq bigint, kind text, subject_type text, subject_id uuid, customer_id uuid, staff_user_id uuid, created_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT e.id, e.tenant_id, e.seq, e.kind, e.subject_type, e.subject_id, e.customer_id, e.staff_user_id, e.created_at
    FROM live_events e WHERE e.id = ANY(p_ids) AND e.seq IS NOT NULL ORDER BY e.tenant_id, e.seq
  $$;
REVOKE ALL ON FUNCTION app_live_events(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_live_events(bigint[]) TO portico_app;

-- Where the scope's tenant stands: its last sequence number and the oldest one still kept (a
-- subscriber that missed events older than that must reload instead of replaying).
CREATE FUNCTION app_live_position()
  RETURNS TABLE (last_seq bigint, first_kept bigint)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT COALESCE(c.last_seq, 0),
           COALESCE((SELECT min(e.seq) FROM live_events e WHERE e.tenant_id = app_tenant() AND e.seq IS NOT NULL), COALESCE(c.last_seq, 0) + 1)
    FROM (SELECT app_tenant() AS tenant_id) t LEFT JOIN live_event_counters c ON c.tenant_id = t.tenant_id
    WHERE app_role() IN ('staff', 'customer', 'system')
  $$;
REVOKE ALL ON FUNCTION app_live_position() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_live_position() TO portico_app;

-- A revoked session, a password change or a deactivation closes that session's sockets: the
-- listeners are told which sessions or people no longer hold (payload 'session:<id>',
-- 'staff:<id>', 'account:<id>'), after commit like any NOTIFY.
CREATE FUNCTION app_live_session_ended() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
  BEGIN
    IF TG_TABLE_NAME = 'sessions' THEN
      IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('portico_live_ended', 'session:' || OLD.id);
      ELSIF NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL THEN
        PERFORM pg_notify('portico_live_ended', 'session:' || NEW.id);
      END IF;
    ELSIF TG_TABLE_NAME = 'staff_users' THEN
      IF NEW.status IS DISTINCT FROM OLD.status OR NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.role IS DISTINCT FROM OLD.role THEN
        PERFORM pg_notify('portico_live_ended', 'staff:' || NEW.id);
      END IF;
    ELSIF TG_TABLE_NAME = 'portal_accounts' THEN
      IF NEW.status IS DISTINCT FROM OLD.status OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        PERFORM pg_notify('portico_live_ended', 'account:' || NEW.id);
      END IF;
    END IF;
    RETURN NULL;
  END
  $$;
CREATE TRIGGER live_session_ended AFTER UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION app_live_session_ended();
CREATE TRIGGER live_session_ended AFTER UPDATE ON staff_users FOR EACH ROW EXECUTE FUNCTION app_live_session_ended();
CREATE TRIGGER live_session_ended AFTER UPDATE ON portal_accounts FOR EACH ROW EXECUTE FUNCTION app_live_session_ended();
