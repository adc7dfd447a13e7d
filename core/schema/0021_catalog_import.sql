-- Catalog import: the rows of a file, staged in the importing session by COPY, checked against the
-- catalog and merged with set-based statements (README, "Catalog import and export").
--
-- How a staff session hands its rows to the owner's code: catalog.import_prepare (SECURITY
-- DEFINER) creates the session's staging tables itself, so the owner owns them, and grants the
-- session's login INSERT on them (and SELECT on the issues). The login COPYs its rows in; the
-- merge, running as the owner, reads only tables the owner owns in the session's own temporary
-- schema. Anything else of that name is refused: a table or view the login made could run the
-- login's code with the owner's rights. Everything staged is dropped at commit.
--
-- The merge, for each row: its identity (the source's mapping of the external id, else the SKU,
-- else a new item); the checks only the database can make (a barcode of another item, an unknown
-- unit, two lines naming one item or disagreeing about one product, a new item without a
-- category); then, unless a bad row stops everything, categories along the paths, products,
-- variants, barcodes, versions through catalog.record_versions (before and after, for the items
-- that change only), source mappings, the all-locations default price where it differs from the
-- one in effect, events, and review items for external ids mapped to another item than the SKU
-- names. A dry run plans and checks everything, counts what would change, and writes only its
-- run.
SET LOCAL ROLE stockroom_owner;

ALTER TABLE catalog_ingestion_runs
    ADD COLUMN file_name varchar(260),
    ADD COLUMN run_by    name,
    -- What the run did beyond received/succeeded/failed: created, updated, unchanged, sent to
    -- review, prices changed, mappings, categories and products created.
    ADD COLUMN counts    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(counts) = 'object');
CREATE INDEX catalog_ingestion_runs_recent ON catalog_ingestion_runs (tenant_id, started_at DESC);

-- The session's staging tables, empty, owned by the owner; the session's login may fill them.
-- Columns of catalog_import_rows match core/import/catalogrowcheck.cpp: values already checked
-- and normalized there, NULL where the file has no such column or the value was unusable.
CREATE FUNCTION catalog.import_prepare() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET client_min_messages = warning -- no "does not exist, skipping" for the first import
AS $$
BEGIN
    DROP TABLE IF EXISTS pg_temp.catalog_import_rows, pg_temp.catalog_import_issues;
    CREATE TEMPORARY TABLE catalog_import_rows (
        line          integer NOT NULL,
        shape_ok      boolean NOT NULL,  -- false: the row could not be read (see its issue)
        external_id   text,
        sku           text,
        product_name  text,
        variant_name  text,
        category_path text,
        barcodes      text[],            -- first is primary; NULL: the file has no barcodes
        pack_size     numeric(18,4),
        uom           text,
        mrp           numeric(12,2),
        base_price    numeric(12,2),
        tax_rate      numeric(6,2),
        has_price     boolean NOT NULL   -- the row gives a price (else prices stay as they are)
    ) ON COMMIT DROP;
    CREATE TEMPORARY TABLE catalog_import_issues (
        line        integer NOT NULL,
        column_name text    NOT NULL DEFAULT '',
        value       text    NOT NULL DEFAULT '',
        reason      text    NOT NULL,
        code        text    NOT NULL
    ) ON COMMIT DROP;
    EXECUTE format('GRANT INSERT ON pg_temp.catalog_import_rows, pg_temp.catalog_import_issues'
                   ' TO %I', session_user);
    EXECUTE format('GRANT SELECT ON pg_temp.catalog_import_issues TO %I', session_user);
END
$$;

-- Refuses unless this session's staging tables are the ones catalog.import_prepare made.
CREATE FUNCTION catalog.import_require_staging() RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF (SELECT count(*) FROM pg_catalog.pg_class c
         WHERE c.relname IN ('catalog_import_rows', 'catalog_import_issues')
           AND c.relnamespace = pg_catalog.pg_my_temp_schema()
           AND c.relkind = 'r'
           AND c.relowner = 'stockroom_owner'::regrole) <> 2 THEN
        PERFORM auth.fail('invalid_argument',
            'No catalog import is staged in this session.',
            'Stage the rows with catalog.import_prepare and COPY in the same transaction, then merge.');
    END IF;
END
$$;

-- The source system a file comes from, by name; one that does not exist yet is created as an
-- 'import' source (unless p_create is false: then its id is NULL). Returns its id and whether it
-- is new.
CREATE FUNCTION catalog.import_source(p_tenant_id uuid, p_name text, p_create boolean,
                                      OUT source_id uuid, OUT created boolean)
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    label constant text := btrim(coalesce(p_name, ''));
    active boolean;
BEGIN
    IF label = '' OR length(label) > 120 THEN
        PERFORM auth.fail('invalid_argument',
            'Name the source system the file comes from, in at most 120 characters.',
            'Use the name of the system that produced the file, such as "Head-office ERP".');
    END IF;
    SELECT s.id, s.is_active INTO source_id, active FROM public.source_systems s
     WHERE s.tenant_id = p_tenant_id AND s.name = label;
    created := NOT FOUND;
    IF created AND p_create THEN
        INSERT INTO public.source_systems (tenant_id, source_type, name)
        VALUES (p_tenant_id, 'import', label)
        ON CONFLICT (tenant_id, name) DO NOTHING
        RETURNING id INTO source_id;
        IF source_id IS NULL THEN -- created by another session meanwhile
            SELECT s.id, s.is_active, false INTO source_id, active, created
              FROM public.source_systems s WHERE s.tenant_id = p_tenant_id AND s.name = label;
        END IF;
    END IF;
    IF active IS FALSE THEN
        PERFORM auth.fail('invalid_argument',
            format('The source system "%s" is switched off.', label),
            'Switch it on again on the Sources screen, or import under another source name.');
    END IF;
END
$$;

-- ── Plan and checks ─────────────────────────────────────────────────────────────────────────
-- Fills pg_temp.catalog_import_plan: one line per readable staged row with its identity, the
-- catalog's current values, the values it would write and what would change; and adds the
-- database's issues to pg_temp.catalog_import_issues. Writes nothing else. A NULL staged value
-- (an empty cell, or a column the file lacks) keeps the item's value; a new item gets the
-- default (the other name, a pack of 1 pc, no barcodes, tax 0). Unless p_may_price, a row that
-- would change a price is refused: the price the import sets is every location's, which only an
-- admin sets (as api.set_price has it).
CREATE FUNCTION catalog.import_plan(p_tenant_id uuid, p_source_system_id uuid, p_may_price boolean)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t constant uuid := p_tenant_id;
    units text;
BEGIN
    -- Temporary tables are never analysed by autovacuum; the plan's joins need the row counts.
    ANALYZE pg_temp.catalog_import_rows;
    ANALYZE pg_temp.catalog_import_issues;
    DROP TABLE IF EXISTS pg_temp.catalog_import_plan;
    CREATE TEMPORARY TABLE catalog_import_plan ON COMMIT DROP AS
    WITH r AS (
        SELECT s.*, mv.id AS mapped_id, m.id IS NOT NULL AS mapping_exists,
               sv.id AS sku_variant_id,
               coalesce(mv.id, sv.id) AS existing_id,
               (mv.id IS NOT NULL AND sv.id IS NOT NULL AND mv.id <> sv.id) AS conflict,
               cat.id AS category_id
          FROM pg_temp.catalog_import_rows s
          LEFT JOIN public.source_entities m
                 ON m.tenant_id = t AND m.source_system_id = p_source_system_id
                AND m.entity_type = 'variant' AND m.external_id = s.external_id
          LEFT JOIN public.variants mv
                 ON mv.tenant_id = t AND mv.id = m.canonical_id AND m.canonical_type = 'variant'
          LEFT JOIN public.variants sv ON sv.tenant_id = t AND sv.sku = s.sku
          LEFT JOIN public.categories cat ON cat.tenant_id = t AND cat.path = s.category_path
         WHERE s.shape_ok
    ), by_name AS (
        -- A new item joins the product of its name in its category, the oldest if several.
        SELECT DISTINCT ON (p.category_id, p.name) p.category_id, p.name, p.id
          FROM public.products p
         WHERE p.tenant_id = t
           AND p.category_id IN (SELECT r.category_id FROM r WHERE r.existing_id IS NULL)
         ORDER BY p.category_id, p.name, p.created_at, p.id
    ), x AS (
        SELECT r.*,
               CASE WHEN r.existing_id IS NULL THEN gen_random_uuid() END AS new_id,
               coalesce(v.product_id, bn.id) AS product_id,
               v.id IS NOT NULL AS existing,
               v.sku AS cur_sku, v.name AS cur_name, v.pack_size AS cur_pack,
               v.pack_uom AS cur_uom, p.name AS cur_product_name,
               p.category_id AS cur_category_id, cb.codes AS cur_barcodes,
               cb.primary_code AS cur_primary, cur.price_id AS cur_price_id, cur.mrp AS cur_mrp,
               cur.base_price AS cur_base, cur.tax_rate AS cur_tax, nxt.starts AS next_price_from,
               coalesce(r.variant_name, v.name, r.product_name) AS new_name,
               coalesce(r.product_name, p.name, r.variant_name) AS new_product_name,
               coalesce(r.pack_size, v.pack_size, 1) AS new_pack,
               coalesce(r.uom, v.pack_uom, 'pc') AS new_uom,
               coalesce(r.mrp, cur.mrp) AS new_mrp,
               coalesce(r.tax_rate, cur.tax_rate, 0) AS new_tax
          FROM r
          LEFT JOIN public.variants v ON v.tenant_id = t AND v.id = r.existing_id
          LEFT JOIN by_name bn
                 ON r.existing_id IS NULL AND bn.category_id = r.category_id
                AND bn.name = coalesce(r.product_name, r.variant_name)
          LEFT JOIN public.products p ON p.tenant_id = t AND p.id = coalesce(v.product_id, bn.id)
          LEFT JOIN LATERAL (
              SELECT array_agg(b.barcode::text ORDER BY b.barcode) AS codes,
                     max(b.barcode::text) FILTER (WHERE b.is_primary) AS primary_code
                FROM public.variant_barcodes b
               WHERE r.barcodes IS NOT NULL AND b.tenant_id = t
                 AND b.variant_id = r.existing_id) cb ON true
          LEFT JOIN LATERAL pricing.price_at(t, r.existing_id, NULL, 'default', now()) cur
                 ON r.has_price
          LEFT JOIN LATERAL (
              SELECT min(f.effective_from) AS starts FROM public.variant_prices f
               WHERE r.has_price AND f.tenant_id = t AND f.variant_id = r.existing_id
                 AND f.location_id IS NULL AND f.channel = 'default'
                 AND f.effective_from > now()) nxt ON true
    )
    SELECT x.*,
           coalesce(x.existing_id, x.new_id) AS variant_id,
           coalesce(x.barcodes IS NOT NULL AND x.existing AND (
               ARRAY(SELECT c FROM unnest(x.barcodes) c ORDER BY c)
                   IS DISTINCT FROM coalesce(x.cur_barcodes, '{}')
               OR (x.cur_primary IS NOT NULL AND x.cur_primary IS DISTINCT FROM x.barcodes[1])),
                    false)
               AS barcodes_changed,
           coalesce(x.existing AND (x.cur_sku IS DISTINCT FROM x.sku OR x.cur_name <> x.new_name
                                    OR x.cur_pack <> x.new_pack OR x.cur_uom <> x.new_uom), false)
               AS fields_changed,
           coalesce(x.existing AND (x.cur_product_name <> x.new_product_name
                                    OR (x.category_path IS NOT NULL
                                        AND (x.category_id IS NULL
                                             OR x.category_id IS DISTINCT FROM x.cur_category_id))),
                    false) AS product_changed,
           coalesce(x.has_price AND (NOT x.existing OR x.cur_price_id IS NULL
                                     OR (x.cur_mrp, x.cur_base, x.cur_tax)
                                        IS DISTINCT FROM (x.new_mrp, x.base_price, x.new_tax)),
                    false) AS price_changed
      FROM x;
    ANALYZE pg_temp.catalog_import_plan;

    SELECT string_agg(u.code, ', ' ORDER BY u.code) INTO units
      FROM public.units_of_measure u WHERE u.tenant_id = t;

    INSERT INTO pg_temp.catalog_import_issues (line, column_name, value, reason, code)
    -- A unit the catalog does not have.
    SELECT p.line, 'uom', p.new_uom,
           format('%s is not a unit of this catalog; its units are %s.', p.new_uom,
                  coalesce(units, 'none yet')),
           'unknown_uom'
      FROM pg_temp.catalog_import_plan p
     WHERE NOT p.conflict
       AND NOT EXISTS (SELECT 1 FROM public.units_of_measure u
                        WHERE u.tenant_id = t AND u.code = p.new_uom)
    UNION ALL
    -- A barcode another item has.
    SELECT p.line, 'barcodes', b.barcode,
           format('Barcode %s already belongs to %s (%s): a barcode names one item.',
                  b.barcode, o.sku, o.name),
           'barcode_taken'
      FROM pg_temp.catalog_import_plan p
     CROSS JOIN LATERAL unnest(p.barcodes) AS nb(code)
      JOIN public.variant_barcodes b ON b.tenant_id = t AND b.barcode = nb.code
      JOIN public.variants o ON o.tenant_id = t AND o.id = b.variant_id
     WHERE NOT p.conflict AND b.variant_id IS DISTINCT FROM p.existing_id
    UNION ALL
    -- A new item needs a category (an existing one keeps its own when the cell is empty).
    SELECT p.line, 'category_path', '',
           'A new item needs its category: give the category path (such as Dairy/Butter).',
           'missing_field'
      FROM pg_temp.catalog_import_plan p
     WHERE NOT p.conflict AND NOT p.existing AND p.category_path IS NULL
       AND NOT EXISTS (SELECT 1 FROM pg_temp.catalog_import_issues i
                        WHERE i.line = p.line AND i.column_name = 'category_path')
    UNION ALL
    -- Two lines naming one item (one by its external id, the other by its SKU).
    (SELECT DISTINCT ON (a.line) a.line, 'sku', coalesce(a.sku, ''),
           format('Line %s names the same item (%s): a file names each item once.', b.line,
                  a.cur_sku),
           'same_item'
      FROM pg_temp.catalog_import_plan a
      JOIN pg_temp.catalog_import_plan b
        ON b.existing_id = a.existing_id AND b.line <> a.line AND NOT b.conflict
       AND b.sku IS DISTINCT FROM a.sku
     WHERE NOT a.conflict
     ORDER BY a.line, b.line)
    UNION ALL
    -- Lines of one product that disagree about its name or its category.
    (SELECT DISTINCT ON (a.line) a.line,
           CASE WHEN a.new_product_name <> b.new_product_name THEN 'product_name'
                ELSE 'category_path' END,
           CASE WHEN a.new_product_name <> b.new_product_name THEN a.new_product_name
                ELSE a.category_path END,
           format('Line %s gives the same product %s: the items of a product share its name and '
                  'category.', b.line,
                  CASE WHEN a.new_product_name <> b.new_product_name
                       THEN format('the name "%s"', b.new_product_name)
                       ELSE format('the category %s', b.category_path) END),
           'product_mismatch'
      FROM pg_temp.catalog_import_plan a
      JOIN pg_temp.catalog_import_plan b
        ON b.product_id = a.product_id AND b.line <> a.line AND NOT b.conflict
       AND (b.new_product_name <> a.new_product_name
            OR b.category_path <> a.category_path)
     WHERE NOT a.conflict
     ORDER BY a.line, b.line)
    UNION ALL
    -- A selling price above the MRP in effect, when the row gives no MRP of its own.
    SELECT p.line, 'base_price', p.base_price::text,
           format('The selling price %s is above the MRP %s of the price in effect: selling above '
                  'the printed MRP is not allowed.', pricing.inr(p.base_price),
                  pricing.inr(p.new_mrp)),
           'price_above_mrp'
      FROM pg_temp.catalog_import_plan p
     WHERE p.has_price AND p.mrp IS NULL AND NOT p.conflict AND p.base_price > p.new_mrp
    UNION ALL
    -- A price change by someone who may not price every location.
    SELECT p.line, 'base_price', p.base_price::text,
           format('Only an admin sets the price for every location, and this row changes it (%s '
                  'now, %s in the file). Leave the price columns empty, or have an admin import '
                  'the prices.', coalesce(pricing.inr(p.cur_base), 'no price'),
                  pricing.inr(p.base_price)),
           'price_not_permitted'
      FROM pg_temp.catalog_import_plan p
     WHERE NOT p_may_price AND p.price_changed AND NOT p.conflict;
    ANALYZE pg_temp.catalog_import_issues;
END
$$;

-- ── Apply ───────────────────────────────────────────────────────────────────────────────────
-- Writes the plan's good rows (bad ones are gone from it by then).
CREATE FUNCTION catalog.import_apply(p_tenant_id uuid, p_source_system_id uuid, p_run_id uuid)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t constant uuid := p_tenant_id;
    src constant uuid := p_source_system_id;
    level_no integer;
BEGIN
    -- Categories along every new path, a level at a time.
    DROP TABLE IF EXISTS pg_temp.catalog_import_levels;
    CREATE TEMPORARY TABLE catalog_import_levels ON COMMIT DROP AS
    SELECT DISTINCT array_to_string(x.parts[1:d], '/') AS path, x.parts[d] AS name,
           CASE WHEN d > 1 THEN array_to_string(x.parts[1:d - 1], '/') END AS parent_path,
           d AS depth
      FROM (SELECT DISTINCT string_to_array(p.category_path, '/') AS parts
              FROM pg_temp.catalog_import_plan p
             WHERE NOT p.conflict AND p.category_path IS NOT NULL AND p.category_id IS NULL) x
     CROSS JOIN LATERAL generate_series(1, cardinality(x.parts)) d;
    -- Each work table is analysed as it is made: without statistics the planner takes a table of
    -- 30,000 new products for a few rows and joins 100,000 items to it in a nested loop.
    ANALYZE pg_temp.catalog_import_levels;
    FOR level_no IN 1 .. coalesce((SELECT max(l.depth) FROM pg_temp.catalog_import_levels l), 0) LOOP
        INSERT INTO public.categories (tenant_id, parent_id, name, path)
        SELECT t, parent.id, l.name, l.path
          FROM pg_temp.catalog_import_levels l
          LEFT JOIN public.categories parent
                 ON parent.tenant_id = t AND parent.path = l.parent_path
         WHERE l.depth = level_no
           AND NOT EXISTS (SELECT 1 FROM public.categories c
                            WHERE c.tenant_id = t AND c.path = l.path);
    END LOOP;

    -- New products: one per name and category path among the new items with no product of
    -- theirs. (The plan is not rewritten: the statements below join these by name and path.)
    DROP TABLE IF EXISTS pg_temp.catalog_import_new_products;
    CREATE TEMPORARY TABLE catalog_import_new_products ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, g.name, g.path, c.id AS category_id
      FROM (SELECT DISTINCT p.new_product_name AS name, p.category_path AS path
              FROM pg_temp.catalog_import_plan p
             WHERE NOT p.conflict AND NOT p.existing AND p.product_id IS NULL) g
      JOIN public.categories c ON c.tenant_id = t AND c.path = g.path;
    ANALYZE pg_temp.catalog_import_new_products;
    INSERT INTO public.products (tenant_id, id, category_id, name)
    SELECT t, np.id, np.category_id, np.name FROM pg_temp.catalog_import_new_products np;

    -- The existing items whose document changes: their own fields or barcodes, or their
    -- product's. Their state before is on record first.
    DROP TABLE IF EXISTS pg_temp.catalog_import_touched;
    CREATE TEMPORARY TABLE catalog_import_touched ON COMMIT DROP AS
    SELECT p.existing_id AS id FROM pg_temp.catalog_import_plan p
     WHERE NOT p.conflict AND (p.fields_changed OR p.barcodes_changed)
    UNION
    SELECT v.id FROM public.variants v
     WHERE v.tenant_id = t
       AND v.product_id IN (SELECT p.product_id FROM pg_temp.catalog_import_plan p
                             WHERE NOT p.conflict AND p.product_changed);
    ANALYZE pg_temp.catalog_import_touched;
    PERFORM count(*) FROM catalog.record_versions(
        t, ARRAY(SELECT id FROM pg_temp.catalog_import_touched), src, session_user);

    UPDATE public.products pr
       SET name = u.new_product_name, category_id = coalesce(c.id, pr.category_id),
           updated_at = now()
      FROM (SELECT DISTINCT ON (p.product_id) p.product_id, p.new_product_name, p.category_path
              FROM pg_temp.catalog_import_plan p
             WHERE NOT p.conflict AND p.product_changed
             ORDER BY p.product_id, p.category_path NULLS LAST) u
      LEFT JOIN public.categories c ON c.tenant_id = t AND c.path = u.category_path
     WHERE pr.tenant_id = t AND pr.id = u.product_id;

    UPDATE public.variants v
       SET sku = p.sku, name = p.new_name, pack_size = p.new_pack, pack_uom = p.new_uom,
           updated_at = now()
      FROM pg_temp.catalog_import_plan p
     WHERE NOT p.conflict AND p.fields_changed AND v.tenant_id = t AND v.id = p.existing_id;
    INSERT INTO public.variants (tenant_id, id, product_id, sku, name, pack_size, pack_uom)
    SELECT t, p.new_id, coalesce(p.product_id, np.id), p.sku, p.new_name, p.new_pack, p.new_uom
      FROM pg_temp.catalog_import_plan p
      LEFT JOIN pg_temp.catalog_import_new_products np
             ON p.product_id IS NULL AND np.name = p.new_product_name
            AND np.path = p.category_path
     WHERE NOT p.conflict AND NOT p.existing;

    -- Barcodes: a changed list replaces the item's; the first is the primary.
    DELETE FROM public.variant_barcodes b
     USING pg_temp.catalog_import_plan p
     WHERE NOT p.conflict AND p.barcodes_changed AND b.tenant_id = t
       AND b.variant_id = p.existing_id;
    INSERT INTO public.variant_barcodes (tenant_id, barcode, variant_id, barcode_type, is_primary)
    SELECT t, nb.code, p.variant_id,
           CASE length(nb.code) WHEN 8 THEN 'EAN8' WHEN 12 THEN 'UPCA' WHEN 13 THEN 'EAN13'
                ELSE 'GTIN14' END,
           nb.n = 1
      FROM pg_temp.catalog_import_plan p
     CROSS JOIN LATERAL unnest(p.barcodes) WITH ORDINALITY AS nb(code, n)
     WHERE NOT p.conflict AND (p.barcodes_changed OR NOT p.existing);

    -- Versions after the change: only documents that differ get one, and each gets its event.
    DROP TABLE IF EXISTS pg_temp.catalog_import_versions;
    CREATE TEMPORARY TABLE catalog_import_versions ON COMMIT DROP AS
    SELECT w.variant_id, w.version_no
      FROM catalog.record_versions(
               t, ARRAY(SELECT id FROM pg_temp.catalog_import_touched
                        UNION ALL
                        SELECT p.new_id FROM pg_temp.catalog_import_plan p
                         WHERE NOT p.conflict AND NOT p.existing),
               src, session_user) w;
    ANALYZE pg_temp.catalog_import_versions;

    -- Mappings: new ones, and those left naming an item that is gone.
    INSERT INTO public.source_entities (tenant_id, source_system_id, entity_type, external_id,
                                        canonical_type, canonical_id)
    SELECT t, src, 'variant', p.external_id, 'variant', p.variant_id
      FROM pg_temp.catalog_import_plan p
     WHERE NOT p.conflict AND p.external_id IS NOT NULL AND p.mapped_id IS NULL
       AND NOT p.mapping_exists;
    -- Only when there are such: the statistics of source_entities do not know yet of the rows
    -- just added, and a planner that takes them for a few scans the plan once for each of them.
    IF EXISTS (SELECT 1 FROM pg_temp.catalog_import_plan p
                WHERE NOT p.conflict AND p.mapping_exists AND p.mapped_id IS NULL) THEN
        UPDATE public.source_entities se
           SET canonical_type = 'variant', canonical_id = p.variant_id, updated_at = now()
          FROM pg_temp.catalog_import_plan p
         WHERE NOT p.conflict AND p.mapping_exists AND p.mapped_id IS NULL
           AND se.tenant_id = t AND se.source_system_id = src AND se.entity_type = 'variant'
           AND se.external_id = p.external_id;
    END IF;

    -- Prices: the price in effect ends now and the file's begins, until the next scheduled one.
    UPDATE public.variant_prices vp SET effective_to = now()
      FROM pg_temp.catalog_import_plan p
     WHERE NOT p.conflict AND p.price_changed AND vp.tenant_id = t AND vp.id = p.cur_price_id;
    WITH saved AS (
        INSERT INTO public.variant_prices (tenant_id, variant_id, location_id, channel, mrp,
                                           base_price, tax_rate, effective_from, effective_to,
                                           source_system_id, created_by)
        SELECT t, p.variant_id, NULL, 'default', p.new_mrp, p.base_price, p.new_tax, now(),
               p.next_price_from, src, session_user
          FROM pg_temp.catalog_import_plan p
         WHERE NOT p.conflict AND p.price_changed
        RETURNING *
    )
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
    SELECT t, 'catalog.price.updated', coalesce(p.product_id, np.id), s.variant_id,
           jsonb_build_object('price_id', s.id, 'variant_id', s.variant_id, 'sku', p.sku,
                              'location_id', NULL, 'channel', s.channel, 'mrp', s.mrp,
                              'base_price', s.base_price, 'tax_rate', s.tax_rate,
                              'currency', s.currency, 'effective_from', s.effective_from,
                              'effective_to', s.effective_to, 'source_system_id', src,
                              'ingestion_run_id', p_run_id),
           session_user
      FROM saved s
      JOIN pg_temp.catalog_import_plan p ON p.variant_id = s.variant_id AND NOT p.conflict
      LEFT JOIN pg_temp.catalog_import_new_products np
             ON p.product_id IS NULL AND np.name = p.new_product_name
            AND np.path = p.category_path;

    INSERT INTO public.outbox (tenant_id, event_type, product_id, data, actor)
    SELECT t, 'catalog.product.upserted', pr.id,
           jsonb_build_object('product_id', pr.id, 'name', pr.name, 'category_id', pr.category_id,
                              'category_path', c.path, 'source_system_id', src,
                              'ingestion_run_id', p_run_id),
           session_user
      FROM public.products pr
      LEFT JOIN public.categories c ON c.tenant_id = pr.tenant_id AND c.id = pr.category_id
     WHERE pr.tenant_id = t
       AND pr.id IN (SELECT np.id FROM pg_temp.catalog_import_new_products np
                     UNION
                     SELECT p.product_id FROM pg_temp.catalog_import_plan p
                      WHERE NOT p.conflict AND p.product_changed);

    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, data, actor)
    SELECT t, 'catalog.variant.upserted', v.product_id, v.id,
           jsonb_build_object('variant_id', v.id, 'product_id', v.product_id, 'sku', v.sku,
                              'name', v.name, 'barcode', pb.barcode,
                              'category_id', pr.category_id,
                              'attributes', v.attributes || jsonb_build_object(
                                  'pack_size', trim_scale(v.pack_size)::text || ' ' || v.pack_uom),
                              'source_system_id', src, 'version_no', w.version_no,
                              'ingestion_run_id', p_run_id),
           session_user
      FROM pg_temp.catalog_import_versions w
      JOIN public.variants v ON v.tenant_id = t AND v.id = w.variant_id
      JOIN public.products pr ON pr.tenant_id = t AND pr.id = v.product_id
      LEFT JOIN public.variant_barcodes pb
             ON pb.tenant_id = t AND pb.variant_id = v.id AND pb.is_primary;

    -- External ids mapped to one item while the row's SKU is another's: held for a person, with
    -- the row as received. A later sighting updates the open item (and only if it differs).
    INSERT INTO public.source_review_items AS ri (tenant_id, source_system_id, entity_type,
                                                  external_id, kind, reason, mapped_variant_id,
                                                  proposed_variant_id, received_row,
                                                  ingestion_run_id)
    SELECT t, src, 'variant', p.external_id, 'conflict',
           format('External id %s is mapped to %s (%s), but line %s gives the SKU %s, which is %s.',
                  p.external_id, mv.sku, mv.name, p.line, p.sku, sv.name),
           p.mapped_id, p.sku_variant_id,
           jsonb_strip_nulls(jsonb_build_object(
               'line', p.line, 'external_id', p.external_id, 'sku', p.sku,
               'product_name', p.product_name, 'variant_name', p.variant_name,
               'category_path', p.category_path,
               'barcodes', array_to_string(p.barcodes, ';'),
               'pack_size', trim_scale(p.pack_size), 'uom', p.uom, 'mrp', p.mrp,
               'base_price', p.base_price, 'tax_rate', p.tax_rate)),
           p_run_id
      FROM pg_temp.catalog_import_plan p
      JOIN public.variants mv ON mv.tenant_id = t AND mv.id = p.mapped_id
      JOIN public.variants sv ON sv.tenant_id = t AND sv.id = p.sku_variant_id
     WHERE p.conflict
    ON CONFLICT (tenant_id, source_system_id, entity_type, external_id) WHERE status = 'open'
    DO UPDATE SET kind = EXCLUDED.kind, reason = EXCLUDED.reason,
                  mapped_variant_id = EXCLUDED.mapped_variant_id,
                  proposed_variant_id = EXCLUDED.proposed_variant_id,
                  received_row = EXCLUDED.received_row,
                  ingestion_run_id = EXCLUDED.ingestion_run_id, updated_at = now()
        WHERE (ri.kind, ri.reason, ri.mapped_variant_id, ri.proposed_variant_id, ri.received_row)
              IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.reason, EXCLUDED.mapped_variant_id,
                                EXCLUDED.proposed_variant_id, EXCLUDED.received_row);
END
$$;

-- ── The run ─────────────────────────────────────────────────────────────────────────────────
-- The first issues of each kind (20) and how many there were: what a run keeps of its issues.
CREATE FUNCTION catalog.import_issue_summary() RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('code', g.code, 'count', g.n, 'first', g.first)
                              ORDER BY g.n DESC, g.code), '[]')
      FROM (SELECT i.code, count(*) AS n,
                   jsonb_agg(jsonb_build_object('line', i.line, 'column', i.column_name,
                                                'value', left(i.value, 200), 'reason', i.reason)
                             ORDER BY i.line) FILTER (WHERE i.rank <= 20) AS first
              FROM (SELECT x.*, row_number() OVER (PARTITION BY x.code ORDER BY x.line) AS rank
                      FROM pg_temp.catalog_import_issues x) i
             GROUP BY i.code) g);
END
$$;

-- Records a run's end (and, except for a dry run, its catalog.ingestion.completed event).
CREATE FUNCTION catalog.import_finish_run(p_tenant_id uuid, p_run_id uuid, p_status text,
                                          p_received integer, p_succeeded integer,
                                          p_failed integer, p_summary jsonb, p_counts jsonb)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    run public.catalog_ingestion_runs;
BEGIN
    UPDATE public.catalog_ingestion_runs r
       SET status = p_status, received_count = p_received, success_count = p_succeeded,
           failed_count = p_failed, error_summary = p_summary, counts = p_counts,
           completed_at = greatest(clock_timestamp(), r.started_at)
     WHERE r.tenant_id = p_tenant_id AND r.id = p_run_id
    RETURNING * INTO run;
    IF p_status = 'dry_run' THEN
        RETURN;
    END IF;
    INSERT INTO public.outbox (tenant_id, event_type, data, actor)
    SELECT p_tenant_id, 'catalog.ingestion.completed',
           jsonb_build_object('ingestion_run_id', run.id, 'source_system_id', run.source_system_id,
                              'source', s.name, 'ingestion_type', run.ingestion_type,
                              'status', run.status, 'file_name', run.file_name,
                              'received', run.received_count, 'succeeded', run.success_count,
                              'failed', run.failed_count) || p_counts,
           session_user
      FROM (SELECT 1) one
      LEFT JOIN public.source_systems s
             ON s.tenant_id = p_tenant_id AND s.id = run.source_system_id;
END
$$;

-- Checks and merges the staged rows into the catalog of p_tenant_id from source p_source_name
-- (created when rows are applied, if new); p_columns, the canonical columns the file has, is
-- recorded with the run. Any bad row stops everything unless p_skip_bad_rows; a dry run plans
-- and checks everything and writes nothing but its run. Records the run and returns its counts.
-- For stockroomd (the operator names the tenant) and, through api.import_catalog, for staff.
-- Its statements run over the whole file at once: no JIT (compiling them costs more than it
-- saves), and room for the hashes and sorts of 100,000 rows.
CREATE FUNCTION catalog.import_run(p_tenant_id uuid, p_source_name text, p_columns text[],
                                   p_dry_run boolean, p_skip_bad_rows boolean, p_file_name text,
                                   p_started_at timestamptz, p_may_price boolean DEFAULT true)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    SET work_mem = '64MB'
    SET client_min_messages = warning
AS $$
DECLARE
    t constant uuid := p_tenant_id;
    run_id constant uuid := gen_random_uuid();
    source record;
    received integer;
    bad integer;
    n record;
    new_categories integer;
    status text;
    succeeded integer;
    counts jsonb;
BEGIN
    PERFORM catalog.import_require_staging();
    IF NOT EXISTS (SELECT 1 FROM public.tenants WHERE tenant_id = t) THEN
        PERFORM auth.fail('not_found', format('No tenant %s in this database.', t));
    END IF;
    -- A new source is created only when rows are applied: until then the run names none, and
    -- the mapping lookups find nothing, as they would for a new source.
    SELECT * INTO source FROM catalog.import_source(t, p_source_name, false);
    INSERT INTO public.catalog_ingestion_runs (tenant_id, id, source_system_id, ingestion_type,
                                               status, started_at, file_name, run_by)
    VALUES (t, run_id, source.source_id, 'csv_import', 'running',
            least(coalesce(p_started_at, now()), now()), left(p_file_name, 260), session_user);

    PERFORM catalog.import_plan(t, source.source_id, coalesce(p_may_price, false));

    SELECT count(*) INTO received FROM pg_temp.catalog_import_rows;
    SELECT count(DISTINCT i.line) INTO bad FROM pg_temp.catalog_import_issues i
     WHERE i.line IN (SELECT s.line FROM pg_temp.catalog_import_rows s);
    DELETE FROM pg_temp.catalog_import_plan p
     WHERE p.line IN (SELECT i.line FROM pg_temp.catalog_import_issues i);
    SELECT count(*) FILTER (WHERE p.conflict) AS review,
           count(*) FILTER (WHERE NOT p.conflict AND NOT p.existing) AS created,
           count(*) FILTER (WHERE NOT p.conflict AND p.existing
                              AND (p.fields_changed OR p.barcodes_changed OR p.product_changed
                                   OR p.price_changed)) AS updated,
           count(*) FILTER (WHERE NOT p.conflict AND p.existing
                              AND NOT (p.fields_changed OR p.barcodes_changed OR p.product_changed
                                       OR p.price_changed)) AS unchanged,
           count(*) FILTER (WHERE NOT p.conflict AND p.price_changed) AS prices,
           count(*) FILTER (WHERE NOT p.conflict AND p.external_id IS NOT NULL
                              AND p.mapped_id IS NULL) AS mappings,
           count(DISTINCT (p.new_product_name, p.category_path))
               FILTER (WHERE NOT p.conflict AND NOT p.existing AND p.product_id IS NULL)
               AS products
      INTO n FROM pg_temp.catalog_import_plan p;
    SELECT count(DISTINCT l.path) INTO new_categories
      FROM (SELECT DISTINCT string_to_array(p.category_path, '/') AS parts
              FROM pg_temp.catalog_import_plan p
             WHERE NOT p.conflict AND p.category_path IS NOT NULL AND p.category_id IS NULL) x
     CROSS JOIN LATERAL generate_series(1, cardinality(x.parts)) d
     CROSS JOIN LATERAL (SELECT array_to_string(x.parts[1:d], '/') AS path) l
     WHERE NOT EXISTS (SELECT 1 FROM public.categories c WHERE c.tenant_id = t AND c.path = l.path);

    status := CASE WHEN p_dry_run THEN 'dry_run'
                   WHEN bad > 0 AND NOT p_skip_bad_rows THEN 'failed'
                   WHEN bad > 0 THEN 'completed_with_errors'
                   ELSE 'completed' END;
    -- A dry run stops here: the plan's checks and counts are all it reports.
    IF status IN ('completed', 'completed_with_errors') THEN
        IF source.source_id IS NULL THEN
            SELECT * INTO source FROM catalog.import_source(t, p_source_name, true);
        END IF;
        PERFORM catalog.import_apply(t, source.source_id, run_id);
        UPDATE public.catalog_ingestion_runs r SET source_system_id = source.source_id
         WHERE r.tenant_id = t AND r.id = run_id AND r.source_system_id IS NULL;
    END IF;
    succeeded := CASE WHEN status = 'failed' THEN 0 ELSE n.created + n.updated + n.unchanged END;
    counts := jsonb_build_object('created', n.created, 'updated', n.updated,
                                 'unchanged', n.unchanged, 'sent_to_review', n.review,
                                 'prices_changed', n.prices, 'mappings_added', n.mappings,
                                 'categories_created', new_categories,
                                 'products_created', n.products,
                                 'skip_bad_rows', p_skip_bad_rows, 'columns', to_jsonb(p_columns),
                                 'source', btrim(p_source_name));
    PERFORM catalog.import_finish_run(t, run_id, status, received, succeeded, bad,
                                      catalog.import_issue_summary(), counts);
    RETURN jsonb_build_object('ingestion_run_id', run_id, 'status', status,
                              'source_system_id',
                              CASE WHEN status IN ('completed', 'completed_with_errors')
                                   THEN source.source_id END,
                              'source_new', source.created,
                              'source_created', source.created
                                                AND status IN ('completed', 'completed_with_errors'),
                              'received', received,
                              'succeeded', succeeded, 'failed', bad,
                              'issues', (SELECT count(*) FROM pg_temp.catalog_import_issues))
           || counts;
END
$$;

-- Records a run that stopped before its merge was done — cancelled, or failed on an error —
-- after its own transaction rolled back (so nothing of it remains but this record).
CREATE FUNCTION catalog.import_stopped(p_tenant_id uuid, p_source_name text, p_status text,
                                       p_file_name text, p_received integer, p_message text,
                                       p_started_at timestamptz)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    run_id constant uuid := gen_random_uuid();
    source_id uuid;
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('cancelled', 'failed') THEN
        PERFORM auth.fail('invalid_argument',
            format('A stopped import is cancelled or failed, not %s.', coalesce(p_status, 'nothing')));
    END IF;
    SELECT s.id INTO source_id FROM public.source_systems s
     WHERE s.tenant_id = p_tenant_id AND s.name = btrim(coalesce(p_source_name, ''));
    INSERT INTO public.catalog_ingestion_runs (tenant_id, id, source_system_id, ingestion_type,
                                               status, started_at, file_name, run_by)
    VALUES (p_tenant_id, run_id, source_id, 'csv_import', 'running',
            least(coalesce(p_started_at, now()), now()), left(p_file_name, 260), session_user);
    PERFORM catalog.import_finish_run(
        p_tenant_id, run_id, p_status, greatest(coalesce(p_received, 0), 0), 0, 0,
        CASE WHEN coalesce(p_message, '') = '' THEN '[]'::jsonb
             ELSE jsonb_build_array(jsonb_build_object(
                      'code', p_status, 'count', 1,
                      'first', jsonb_build_array(jsonb_build_object('reason', p_message)))) END,
        jsonb_build_object('source', btrim(coalesce(p_source_name, ''))));
    RETURN jsonb_build_object('ingestion_run_id', run_id, 'status', p_status);
END
$$;

-- ── The staff commands ──────────────────────────────────────────────────────────────────────
-- Admins and store managers import; floor supervisors are refused, saying so. A store manager's
-- rows may not change prices (they are every location's).
CREATE FUNCTION api.import_catalog_prepare() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'import the catalog');
    PERFORM catalog.import_prepare();
END
$$;

CREATE FUNCTION api.import_catalog(p_request_id uuid, p_source_name text, p_columns text[],
                                   p_dry_run boolean, p_skip_bad_rows boolean, p_file_name text,
                                   p_started_at timestamptz DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'import the catalog');
    prior := auth.begin_command(c.tenant_id, 'import_catalog', p_request_id,
        jsonb_build_object('source', p_source_name, 'columns', p_columns, 'dry_run', p_dry_run,
                           'skip_bad_rows', p_skip_bad_rows, 'file_name', p_file_name));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.import_run(c.tenant_id, p_source_name, p_columns, coalesce(p_dry_run, false),
                           coalesce(p_skip_bad_rows, false), p_file_name, p_started_at,
                           c.role_kind = 'admin'));
END
$$;

CREATE FUNCTION api.import_catalog_stopped(p_request_id uuid, p_source_name text, p_status text,
                                           p_file_name text, p_received integer,
                                           p_message text, p_started_at timestamptz)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'import the catalog');
    prior := auth.begin_command(c.tenant_id, 'import_catalog_stopped', p_request_id,
        jsonb_build_object('source', p_source_name, 'status', p_status, 'file_name', p_file_name));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        catalog.import_stopped(c.tenant_id, p_source_name, p_status, p_file_name, p_received,
                               p_message, p_started_at));
END
$$;

REVOKE EXECUTE ON FUNCTION catalog.import_prepare(), catalog.import_require_staging(),
    catalog.import_source(uuid, text, boolean), catalog.import_plan(uuid, uuid, boolean),
    catalog.import_apply(uuid, uuid, uuid), catalog.import_issue_summary(),
    catalog.import_finish_run(uuid, uuid, text, integer, integer, integer, jsonb, jsonb),
    catalog.import_run(uuid, text, text[], boolean, boolean, text, timestamptz, boolean),
    catalog.import_stopped(uuid, text, text, text, integer, text, timestamptz)
    FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION api.import_catalog_prepare(),
    api.import_catalog(uuid, text, text[], boolean, boolean, text, timestamptz),
    api.import_catalog_stopped(uuid, text, text, text, integer, text, timestamptz)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.import_catalog_prepare(),
    api.import_catalog(uuid, text, text[], boolean, boolean, text, timestamptz),
    api.import_catalog_stopped(uuid, text, text, text, integer, text, timestamptz)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
