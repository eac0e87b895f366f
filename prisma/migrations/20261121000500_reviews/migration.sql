-- Reviews carry their author's public display name ("Alex M."), so anonymous readers (role
-- 'public', partner sites) never need the customers table, which stays closed to them.
ALTER TABLE "reviews" ADD COLUMN "author_name" TEXT NOT NULL DEFAULT '';

-- First word and the initial of the last one: 'Alex Martin' -> 'Alex M.', 'Cher' -> 'Cher'.
CREATE FUNCTION review_display_name(full_name text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN btrim(full_name) ~ '\s'
    THEN substring(btrim(full_name) from '^\S+') || ' ' || upper(left(substring(btrim(full_name) from '\S+$'), 1)) || '.'
    ELSE btrim(full_name) END $$;

-- Filled on insert from the author's customer row, whoever inserts (the portal, the seed, an
-- import), in the inserter's own RLS scope: a customer reads only their own row.
CREATE FUNCTION reviews_set_author_name() RETURNS trigger LANGUAGE plpgsql
  AS $$
BEGIN
  IF NEW.author_name = '' THEN
    NEW.author_name := COALESCE((SELECT review_display_name(c.name) FROM customers c
      WHERE c.tenant_id = NEW.tenant_id AND c.id = NEW.customer_id), '');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER reviews_author_name BEFORE INSERT ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_set_author_name();

UPDATE reviews r SET author_name = review_display_name(c.name)
  FROM customers c WHERE c.tenant_id = r.tenant_id AND c.id = r.customer_id;

-- Draft invoices are the business's work in progress: never visible to the customer, even
-- through a query that forgets to filter them (their lines follow through the parent check).
DROP POLICY customer_read ON invoices;
CREATE POLICY customer_read ON invoices FOR SELECT
  USING (tenant_id = app_tenant() AND app_is_customer(customer_id) AND status <> 'draft');
