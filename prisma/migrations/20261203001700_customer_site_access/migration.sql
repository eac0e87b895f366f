-- A customer booking a visit may say how to get in ("key under the mat") at any of their own
-- addresses, including one the office entered, which row-level security otherwise keeps
-- read-only to them (20261203001200_customer_self_service). This function is that one door:
-- the access instructions column only, only on the signed-in customer's own site.
CREATE FUNCTION customer_set_site_access(site uuid, instructions text)
  RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  changed integer;
BEGIN
  UPDATE sites SET access_instructions = instructions
  WHERE id = site AND tenant_id = app_tenant() AND app_is_customer(customer_id);
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END
$$;
REVOKE ALL ON FUNCTION customer_set_site_access(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION customer_set_site_access(uuid, text) TO portico_app;
