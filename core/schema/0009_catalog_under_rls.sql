-- The catalog browser and search, under row-level security.
--
-- With a policy on a table, PostgreSQL evaluates the policy before any condition of the query
-- that is not "leakproof", and such a condition can no longer be an index condition. lower() and
-- LIKE are not leakproof, so for a staff login the name-order keyset (lower(name) > …) and the
-- trigram / barcode-prefix searches fell back to filtering the whole tenant (measured on 20,000
-- variants: a keyset page read 10,500 rows to return 50).
--  * Name order: a stored lower-cased key in byte order. Comparing it uses only leakproof text
--    operators, so the keyset and "starts with" (as a range) are index conditions again.
--  * "Contains" and barcode matching: api.catalog_match, a SECURITY DEFINER function that
--    restricts to the caller's tenant itself and returns matching ids; the page query then joins
--    them under the normal policies.
SET LOCAL ROLE stockroom_owner;

ALTER TABLE variants ADD COLUMN name_key text COLLATE "C" GENERATED ALWAYS AS (lower(name)) STORED;
DROP INDEX variants_name_order;
CREATE INDEX variants_name_order ON variants (tenant_id, name_key, id);

CREATE FUNCTION api.catalog_match(p_term text, p_limit integer) RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c auth.caller := auth.require_caller();
    term text := lower(btrim(coalesce(p_term, '')));
    contains text;
BEGIN
    IF length(term) < 3 AND term !~ '^[0-9]{4,14}$' THEN
        PERFORM auth.fail('invalid_argument',
            'Catalog search needs at least three characters (or four digits of a barcode).');
    END IF;
    IF p_limit IS NULL OR p_limit < 1 THEN
        PERFORM auth.fail('invalid_argument', 'The match limit must be a positive number.');
    END IF;
    contains := '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%';
    -- EXECUTE plans each call with the actual pattern, so the prefix and trigram indexes serve
    -- it (a cached generic plan could not use them).
    IF term ~ '^[0-9]{4,14}$' THEN
        RETURN QUERY EXECUTE
            'SELECT b.variant_id FROM public.variant_barcodes b'
            ' WHERE b.tenant_id = $1 AND b.barcode LIKE $2'
            ' UNION'
            ' SELECT w.id FROM public.variants w'
            ' WHERE w.tenant_id = $1 AND (lower(w.name) || '' '' || lower(w.sku)) LIKE $3'
            ' LIMIT $4'
            USING c.tenant_id, term || '%', contains, p_limit;
    ELSE
        RETURN QUERY EXECUTE
            'SELECT w.id FROM public.variants w'
            ' WHERE w.tenant_id = $1 AND (lower(w.name) || '' '' || lower(w.sku)) LIKE $2'
            ' LIMIT $3'
            USING c.tenant_id, contains, p_limit;
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION api.catalog_match(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.catalog_match(text, integer)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
