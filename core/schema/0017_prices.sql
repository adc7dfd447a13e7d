-- Prices: the one resolution rule, and the command that sets a price.
--
-- A variant's price at a location, on a sales channel, at an instant, is chosen from the rows of
-- variant_prices in effect then (ranges are half-open [from, to)):
--   1. a row for that location beats a row for every location (location_id NULL);
--   2. among those, a row for that channel beats the 'default' channel's saved.
-- The place ranks first: a store that priced an item itself is not overridden by a chain-wide
-- channel price. The exclusion constraint on variant_prices leaves at most one row per variant,
-- location and channel at any instant, so the rule always names one row or none.
CREATE SCHEMA pricing AUTHORIZATION stockroom_owner;
SET LOCAL ROLE stockroom_owner;
REVOKE ALL ON SCHEMA pricing FROM PUBLIC;
GRANT USAGE ON SCHEMA pricing TO stockroom_admin, stockroom_store_manager,
    stockroom_floor_supervisor;

CREATE OR REPLACE FUNCTION auth.error_sqlstate(code text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE code
        WHEN 'not_staff'              THEN 'SR001'  -- the login is not a staff member here
        WHEN 'account_disabled'       THEN 'SR002'  -- the staff member has been disabled
        WHEN 'not_in_scope'           THEN 'SR003'  -- store/location/dark store/tenant outside scope
        WHEN 'not_permitted'          THEN 'SR004'  -- the role may not run this command
        WHEN 'invalid_argument'       THEN 'SR005'  -- a parameter is missing or malformed
        WHEN 'not_found'              THEN 'SR006'  -- a named thing does not exist
        WHEN 'already_exists'         THEN 'SR007'  -- a thing with that name already exists
        WHEN 'request_reused'         THEN 'SR008'  -- a request id reused for another command
        WHEN 'insufficient_stock'     THEN 'SR010'
        WHEN 'version_conflict'       THEN 'SR011'
        WHEN 'unknown_variant'        THEN 'SR012'
        WHEN 'invalid_quantity'       THEN 'SR013'
        WHEN 'reservation_not_active' THEN 'SR014'
        WHEN 'invalid_transition'     THEN 'SR015'
        WHEN 'price_above_mrp'        THEN 'SR016'  -- a selling price above the MRP
        WHEN 'price_overlap'          THEN 'SR017'  -- a price range overlapping another
        ELSE 'SR000' END
$$;

-- The price in effect for a variant at a location (NULL: the all-locations price only), on a
-- channel, at an instant, with the rule that chose it: 'location_channel', 'location_default',
-- 'all_channel' or 'all_default'. No row when nothing is priced. Plain SQL without a SET
-- clause, so the planner inlines it into the queries that call it for many variants; it reads
-- under the caller's row-level security.
CREATE FUNCTION pricing.price_at(p_tenant_id uuid, p_variant_id uuid, p_location_id uuid,
                                 p_channel text DEFAULT 'default',
                                 p_at timestamptz DEFAULT now())
    RETURNS TABLE (price_id uuid, location_id uuid, channel text, mrp numeric,
                   base_price numeric, tax_rate numeric, effective_from timestamptz,
                   effective_to timestamptz, rule text)
    LANGUAGE sql STABLE
AS $$
    SELECT vp.id, vp.location_id, vp.channel::text, vp.mrp, vp.base_price, vp.tax_rate,
           vp.effective_from, vp.effective_to,
           CASE WHEN vp.location_id IS NOT NULL THEN 'location_' ELSE 'all_' END ||
           CASE WHEN vp.channel::text = 'default' THEN 'default' ELSE 'channel' END
      FROM public.variant_prices vp
     WHERE vp.tenant_id = p_tenant_id AND vp.variant_id = p_variant_id
       AND (vp.location_id = p_location_id OR vp.location_id IS NULL)
       AND vp.channel::text IN (coalesce(p_channel, 'default'), 'default')
       AND vp.effective_from <= p_at AND (vp.effective_to IS NULL OR vp.effective_to > p_at)
     ORDER BY vp.location_id IS NULL, vp.channel::text = 'default'
     LIMIT 1
$$;

-- Money in messages: "₹1,234.50" with Indian digit grouping (1,00,000.00).
CREATE FUNCTION pricing.inr(p_amount numeric) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    paise constant numeric := round(abs(p_amount) * 100); -- rounded once: 1.999 is ₹2.00
    whole constant text := trunc(paise / 100)::text;
    grouped text := right(whole, 3);
    rest text := left(whole, greatest(length(whole) - 3, 0));
BEGIN
    WHILE length(rest) > 0 LOOP
        grouped := right(rest, 2) || ',' || grouped;
        rest := left(rest, greatest(length(rest) - 2, 0));
    END LOOP;
    RETURN CASE WHEN paise > 0 AND p_amount < 0 THEN '-' ELSE '' END || '₹' || grouped || '.' ||
           lpad((paise % 100)::text, 2, '0');
END
$$;

-- A range as people read it, in the tenant's time zone: "1 Dec 2026 09:00 – open-ended".
CREATE FUNCTION pricing.range_text(p_from timestamptz, p_to timestamptz, p_zone text)
    RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT to_char(p_from AT TIME ZONE p_zone, 'FMDD Mon YYYY HH24:MI') || ' – ' ||
           coalesce(to_char(p_to AT TIME ZONE p_zone, 'FMDD Mon YYYY HH24:MI'), 'open-ended')
$$;

-- Refuses (price_overlap) when a range of the same variant, location and channel overlaps
-- [p_from, p_to), naming that range and its price.
CREATE FUNCTION pricing.require_no_overlap(p_tenant_id uuid, p_variant_id uuid,
                                           p_location_id uuid, p_channel text,
                                           p_from timestamptz, p_to timestamptz)
    RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    other record;
BEGIN
    SELECT vp.base_price, vp.effective_from, vp.effective_to, t.timezone, v.sku,
           coalesce(l.code, 'every location') AS place
      INTO other
      FROM public.variant_prices vp
      JOIN public.tenants t ON t.tenant_id = vp.tenant_id
      JOIN public.variants v ON v.tenant_id = vp.tenant_id AND v.id = vp.variant_id
      LEFT JOIN public.locations l ON l.tenant_id = vp.tenant_id AND l.id = vp.location_id
     WHERE vp.tenant_id = p_tenant_id AND vp.variant_id = p_variant_id
       AND vp.location_id IS NOT DISTINCT FROM p_location_id AND vp.channel::text = p_channel
       AND tstzrange(vp.effective_from, vp.effective_to, '[)') && tstzrange(p_from, p_to, '[)')
     ORDER BY vp.effective_from
     LIMIT 1;
    IF FOUND THEN
        PERFORM auth.fail('price_overlap',
            format('%s already has a %s price of %s at %s for %s; the new range %s overlaps it.',
                   other.sku, p_channel, pricing.inr(other.base_price), other.place,
                   pricing.range_text(other.effective_from, other.effective_to, other.timezone),
                   pricing.range_text(p_from, p_to, other.timezone)),
            'Choose dates outside that range, or end that price first.');
    END IF;
END
$$;

-- Sets the price of a variant at a location (NULL: every location) on a channel for
-- [p_effective_from (default now), p_effective_to (default open-ended)). A store manager prices
-- the locations in scope; only an admin prices every location at once. Idempotent by request
-- id; emits catalog.price.updated; returns the new row, with the effective price it makes now.
CREATE FUNCTION api.set_price(p_request_id uuid, p_variant_id uuid, p_location_id uuid,
                              p_channel text, p_mrp numeric, p_base_price numeric,
                              p_tax_rate numeric, p_effective_from timestamptz DEFAULT NULL,
                              p_effective_to timestamptz DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    sales_channel constant text := coalesce(nullif(btrim(p_channel), ''), 'default');
    starts constant timestamptz := coalesce(p_effective_from, now());
    v record;
    saved public.variant_prices;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'set prices');
    IF p_location_id IS NULL THEN
        PERFORM auth.require_role(c, ARRAY['admin'], 'set a price for every location');
    ELSE
        PERFORM auth.require_in_scope(c, 'location', p_location_id);
    END IF;
    prior := auth.begin_command(c.tenant_id, 'set_price', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'channel', sales_channel, 'mrp', p_mrp, 'base_price', p_base_price,
                           'tax_rate', p_tax_rate, 'effective_from', p_effective_from,
                           'effective_to', p_effective_to));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;

    SELECT x.id, x.sku, x.product_id INTO v FROM public.variants x
     WHERE x.tenant_id = c.tenant_id AND x.id = p_variant_id;
    IF NOT FOUND THEN
        PERFORM auth.fail('unknown_variant',
            format('No variant %s in this catalog.', coalesce(p_variant_id::text, '(none given)')),
            'Pick the variant from the catalog.');
    END IF;
    IF sales_channel !~ '^[a-z][a-z0-9_]{1,39}$' THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a channel name.', sales_channel),
            'Use lower-case letters, digits and _, starting with a letter (e.g. default, app, '
            'marketplace).');
    END IF;
    IF p_base_price IS NULL OR p_base_price < 0 OR p_base_price <> round(p_base_price, 2) THEN
        PERFORM auth.fail('invalid_argument',
            format('The selling price must be zero or more, in rupees and paise (got %s).',
                   coalesce(p_base_price::text, 'nothing')),
            'Enter an amount such as 45 or 45.50.');
    END IF;
    IF p_mrp IS NOT NULL AND (p_mrp <= 0 OR p_mrp <> round(p_mrp, 2)) THEN
        PERFORM auth.fail('invalid_argument',
            format('The MRP must be more than zero, in rupees and paise (got %s).', p_mrp),
            'Enter the MRP printed on the pack, or leave it empty.');
    END IF;
    IF p_mrp IS NOT NULL AND p_base_price > p_mrp THEN
        PERFORM auth.fail('price_above_mrp',
            format('The selling price %s of %s is above its MRP %s.', pricing.inr(p_base_price),
                   v.sku, pricing.inr(p_mrp)),
            'Selling above the printed MRP is not allowed: lower the price or correct the MRP.');
    END IF;
    IF p_tax_rate IS NULL OR p_tax_rate < 0 OR p_tax_rate > 100 THEN
        PERFORM auth.fail('invalid_argument',
            format('The tax rate must be a percentage from 0 to 100 (got %s).',
                   coalesce(p_tax_rate::text, 'nothing')),
            'Enter the GST rate, such as 5 or 18.');
    END IF;
    IF p_effective_to IS NOT NULL AND p_effective_to <= starts THEN
        PERFORM auth.fail('invalid_argument',
            'The price must end after it starts.',
            'Move the end date later, or leave it empty for an open-ended price.');
    END IF;
    PERFORM pricing.require_no_overlap(c.tenant_id, p_variant_id, p_location_id, sales_channel, starts,
                                       p_effective_to);

    BEGIN
        INSERT INTO public.variant_prices (tenant_id, variant_id, location_id, channel, mrp,
                                           base_price, tax_rate, effective_from, effective_to,
                                           created_by)
        VALUES (c.tenant_id, p_variant_id, p_location_id, sales_channel, p_mrp, p_base_price,
                p_tax_rate, starts, p_effective_to, session_user)
        RETURNING * INTO saved;
    EXCEPTION WHEN exclusion_violation THEN
        -- Another session set an overlapping range after the check above: name it.
        PERFORM pricing.require_no_overlap(c.tenant_id, p_variant_id, p_location_id, sales_channel,
                                           starts, p_effective_to);
        RAISE;
    END;

    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data,
                               actor)
    VALUES (c.tenant_id, 'catalog.price.updated', v.product_id, p_variant_id, p_location_id,
            jsonb_build_object('price_id', saved.id, 'variant_id', p_variant_id, 'sku', v.sku,
                               'location_id', p_location_id, 'channel', sales_channel,
                               'mrp', saved.mrp, 'base_price', saved.base_price,
                               'tax_rate', saved.tax_rate, 'currency', saved.currency,
                               'effective_from', saved.effective_from,
                               'effective_to', saved.effective_to),
            session_user);

    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('price_id', saved.id, 'variant_id', p_variant_id,
                           'location_id', p_location_id, 'channel', sales_channel, 'mrp', saved.mrp,
                           'base_price', saved.base_price, 'tax_rate', saved.tax_rate,
                           'effective_from', saved.effective_from,
                           'effective_to', saved.effective_to));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pricing FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pricing.price_at(uuid, uuid, uuid, text, timestamptz)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
REVOKE EXECUTE ON FUNCTION api.set_price(uuid, uuid, uuid, text, numeric, numeric, numeric,
                                         timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.set_price(uuid, uuid, uuid, text, numeric, numeric, numeric,
                                        timestamptz, timestamptz)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
