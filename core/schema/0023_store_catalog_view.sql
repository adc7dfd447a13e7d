-- The store's view of the catalog: the store-scoped read of the target architecture that a
-- gateway BFF (or the desktop's Store view) makes in one call, with no round trip per item.
-- For one location, every active variant of the tenant with its name, SKU and category path,
-- the price in effect now there (pricing.price_at: the one resolution rule, and the rule it
-- applied), what can be sold there and whether it can be ordered.
--
-- Orderability, in the order the reasons are checked (the first that holds is given):
--   location_inactive  the location is switched off;
--   inactive           the variant's product is inactive;
--   no_price           no price is in effect at this location on the channel now;
--   not_stocked        the variant has no stock position here (never stocked at this location);
--   out_of_stock       nothing can be sold here now;
--   orderable          otherwise.
-- "What can be sold" (available_qty) is the orderability projection's figure — on hand less
-- reserved less expired and quarantined batches, kept by every stock command in the same
-- transaction (0011, checked by stock.check_invariants) — or, for a position the projection has
-- no row for yet, on hand less reserved. Archived variants are not part of a store's view.
--
-- Speed: the function runs as the owner, so the row-level security policies (whose calls are
-- not leakproof and would stop the keyset and search conditions being index conditions, see
-- 0009) do not apply; it checks the caller's scope itself and reads only the caller's tenant.
-- Each call is planned with its actual values (EXECUTE), so a page of 100 walks the name index
-- and stops, and the whole view joins the location's positions in bulk. price_at is plain SQL
-- and is inlined into the statement: one index probe per variant, no function call per row.
SET LOCAL ROLE stockroom_owner;

-- pricing.price_at's probe, answered from the index alone: the columns it reads ride along, so
-- resolving a million prices touches no table page (measured: 4 buffers a probe, none of them
-- the heap). It also keeps the planner off the exclusion constraint's GiST index for that probe:
-- the two cost about the same on paper, but a GiST probe by variant reads some 170 pages
-- (measured on 20,000 variants: 10,000 prices in 6 s through it, 54 ms through this one) — as
-- long as the visibility map is current, which autovacuum keeps it.
CREATE INDEX variant_prices_resolve ON variant_prices (tenant_id, variant_id, effective_from)
    INCLUDE (location_id, channel, effective_to, mrp, base_price, tax_rate, id);

-- p_location_id: the store location. Optional: p_search (as the catalog browser: three or more
-- characters match anywhere in the name or SKU, four or more digits also the start of a barcode,
-- one or two the start of the name); a page of p_limit rows (NULL: all) in name order after the
-- row whose sort_key and variant id are p_after_key and p_after_id; p_variant_ids to read only
-- those variants (a live update re-reads the rows an event names); p_channel, the sales channel
-- whose price applies ('default' unless given).
CREATE FUNCTION api.store_catalog_view(p_location_id uuid, p_search text DEFAULT NULL,
                                       p_after_key text DEFAULT NULL,
                                       p_after_id uuid DEFAULT NULL,
                                       p_limit integer DEFAULT NULL,
                                       p_variant_ids uuid[] DEFAULT NULL,
                                       p_channel text DEFAULT 'default')
    RETURNS TABLE (variant_id uuid, product_id uuid, sku text, name text, category_path text,
                   unit text, effective_price numeric, mrp numeric, tax_rate numeric,
                   price_rule text, price_effective_from timestamptz,
                   price_effective_to timestamptz, quantity_on_hand numeric,
                   quantity_reserved numeric, available_qty numeric, orderability text,
                   sort_key text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    -- Its work is index probes and joins, which compiling does not speed up; at a million rows
    -- the planner's cost would otherwise start JIT compilation (about a second, measured).
    SET jit = off
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- A "contains" search collects up to this many matches from the trigram and barcode indexes
    -- and sorts them; past it, walking the catalog in name order finds a page sooner (0009).
    collect_limit constant integer := 20000;
    c constant auth.caller := auth.require_staff();
    term constant text := lower(btrim(coalesce(p_search, '')));
    sales_channel constant text := coalesce(nullif(btrim(p_channel), ''), 'default');
    location_active boolean;
    matched uuid[];
    -- Which variants: the tenant's active ones, after the keyset, narrowed by the search.
    keep text := 'v.tenant_id = $1 AND v.status = ''active'''
                 ' AND ($5::text IS NULL OR (v.name_key, v.id) > ($5::text COLLATE "C", $6))';
    priced text;
BEGIN
    PERFORM auth.require_in_scope(c, 'location', p_location_id);
    IF p_limit IS NOT NULL AND p_limit < 1 THEN
        PERFORM auth.fail('invalid_argument',
            format('A page holds at least one row (asked for %s).', p_limit),
            'Leave the limit empty for the whole view.');
    END IF;
    IF (p_after_key IS NULL) <> (p_after_id IS NULL) THEN
        PERFORM auth.fail('invalid_argument',
            'A page starts after a row named by both its sort key and its variant id; one of '
            'them is missing.',
            'Pass the sort_key and variant_id of the last row of the previous page, or neither.');
    END IF;
    SELECT l.is_active INTO location_active FROM public.locations l
     WHERE l.tenant_id = c.tenant_id AND l.id = p_location_id;

    IF p_variant_ids IS NOT NULL THEN
        keep := keep || ' AND v.id = ANY ($7)';
    END IF;
    IF term = '' THEN
        NULL;
    ELSIF length(term) < 3 AND term !~ '^[0-9]{4,14}$' THEN
        -- "Starts with" as a range of the byte-order key: every key beginning with the term
        -- sorts between the term and the term followed by the highest code point.
        keep := keep || ' AND v.name_key >= $8 AND v.name_key < $8 || chr(1114111)';
    ELSE
        matched := ARRAY(SELECT m FROM api.catalog_match(term, collect_limit + 1) AS m);
        IF cardinality(matched) <= collect_limit THEN
            keep := keep || ' AND v.id = ANY ($9)';
        ELSIF term ~ '^[0-9]{4,14}$' THEN
            keep := keep ||
                ' AND (EXISTS (SELECT 1 FROM public.variant_barcodes b'
                '       WHERE b.tenant_id = v.tenant_id AND b.variant_id = v.id'
                '         AND b.barcode LIKE $8 || ''%'')'
                '      OR (lower(v.name) || '' '' || lower(v.sku)) || '''' LIKE $10)';
        ELSE
            -- "|| ''" keeps the trigram index out of it: this walks the name index.
            keep := keep || ' AND (lower(v.name) || '' '' || lower(v.sku)) || '''' LIKE $10';
        END IF;
    END IF;

    -- The price of each variant: pricing.price_at, inlined (plain SQL), one index probe each.
    -- A page probes for its own rows only, after walking the name order to them. The whole view
    -- probes in the order the variants lie on disk (the OFFSET 0 fence keeps the planner from
    -- moving the probes after the joins), where the price rows of neighbouring variants lie
    -- together, and sorts once at the end: probing in name order reads the price table at
    -- random (measured on 1,000,000 variants: 888,000 buffers read against 47,000, three times
    -- slower in all).
    IF p_limit IS NULL THEN
        priced := '(SELECT v.tenant_id, v.id, v.product_id, v.sku, v.name, v.stock_uom, v.name_key,'
                  '        pr.base_price, pr.mrp, pr.tax_rate, pr.rule, pr.effective_from,'
                  '        pr.effective_to'
                  '   FROM public.variants v'
                  '   LEFT JOIN LATERAL pricing.price_at($1, v.id, $2, $11, now()) pr ON true'
                  '  WHERE ' || keep || ' OFFSET 0) v';
    ELSE
        priced := '(SELECT v.*, pr.base_price, pr.mrp, pr.tax_rate, pr.rule, pr.effective_from,'
                  '        pr.effective_to'
                  '   FROM (SELECT v.tenant_id, v.id, v.product_id, v.sku, v.name, v.stock_uom,'
                  '                v.name_key'
                  '           FROM public.variants v'
                  '          WHERE ' || keep ||
                  '          ORDER BY v.name_key, v.id LIMIT $3) v'
                  '   LEFT JOIN LATERAL pricing.price_at($1, v.id, $2, $11, now()) pr ON true) v';
    END IF;

    RETURN QUERY EXECUTE
        'SELECT v.id, v.product_id, v.sku::text, v.name::text, cat.path, v.stock_uom::text,'
        '       v.base_price, v.mrp, v.tax_rate, v.rule, v.effective_from, v.effective_to,'
        '       coalesce(sp.quantity_on_hand, 0), coalesce(sp.quantity_reserved, 0),'
        '       coalesce(o.available_qty, sp.quantity_available, 0),'
        '       CASE WHEN NOT $4 THEN ''location_inactive'''
        '            WHEN NOT p.is_active THEN ''inactive'''
        '            WHEN v.base_price IS NULL THEN ''no_price'''
        '            WHEN sp.variant_id IS NULL THEN ''not_stocked'''
        '            WHEN coalesce(o.available_qty, sp.quantity_available) <= 0 THEN ''out_of_stock'''
        '            ELSE ''orderable'' END,'
        '       v.name_key::text'
        '  FROM ' || priced ||
        '  JOIN public.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id'
        '  LEFT JOIN public.categories cat ON cat.tenant_id = p.tenant_id AND cat.id = p.category_id'
        '  LEFT JOIN public.stock_positions sp'
        '         ON sp.tenant_id = v.tenant_id AND sp.variant_id = v.id AND sp.location_id = $2'
        '  LEFT JOIN public.orderability_projection o'
        '         ON o.tenant_id = v.tenant_id AND o.variant_id = v.id AND o.location_id = $2'
        ' ORDER BY v.name_key, v.id'
        USING c.tenant_id, p_location_id, p_limit, coalesce(location_active, false), p_after_key,
              p_after_id, p_variant_ids, term, matched,
              '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%',
              sales_channel;
END
$$;
REVOKE EXECUTE ON FUNCTION api.store_catalog_view(uuid, text, text, uuid, integer, uuid[], text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.store_catalog_view(uuid, text, text, uuid, integer, uuid[], text)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
