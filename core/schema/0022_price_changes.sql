-- Prices over time, changed one at a time or in bulk, and what the Prices page reads.
--
--  * api.end_price ends a price earlier than it would have ended; api.schedule_price_change ends
--    the price of a variant, location and channel in effect at an instant and starts a new one
--    there, in one command; api.cancel_price calls off a price that has not started. History is
--    never rewritten: nothing is ended in the past, and a price that has started is not removed.
--  * A bulk change over a filtered set (category subtree, search text, brand; one location or
--    every location; one channel): api.bulk_price_preview lists every row it concerns, with the
--    new price or the problem that keeps it out; api.bulk_price_apply computes the same rows
--    again, refuses when they differ from the preview (by a fingerprint of the rows), and writes
--    every price in one set-based statement per table, with one event per new price.
--  * pricing.rule_text, pricing.variant_outlook, pricing.variant_history: the price in effect and
--    why in words, what changes when, and every price row of a variant with who set it.
--
-- Every new price comes from pricing.price_at (0017), the one resolution rule: a change applies
-- to the price a variant has at a location and channel, whichever row that price comes from,
-- and writes a row of exactly that location and channel.
SET LOCAL ROLE stockroom_owner;

-- ── Reading prices by the btree ──────────────────────────────────────────────────────────────
-- The exclusion constraint's GiST index also matched "tenant_id = … AND variant_id = …", and
-- the planner preferred it for every price lookup; with random UUIDs its pages overlap, so one
-- lookup read 150–250 pages where variant_prices_lookup reads 4 (measured on the 20,000-variant
-- demo: a catalog page of 100 rows with their prices took 150 ms, then 2–3 ms). The same
-- constraint on the variant's id as text (equal text, equal id) serves the overlap checks only;
-- what those cost is unchanged.
ALTER TABLE public.variant_prices DROP CONSTRAINT variant_prices_no_overlap;
ALTER TABLE public.variant_prices ADD CONSTRAINT variant_prices_no_overlap EXCLUDE USING gist (
    tenant_id WITH =,
    (variant_id::text) WITH =,
    (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)) WITH =,
    channel WITH =,
    tstzrange(effective_from, effective_to, '[)') WITH &&);

-- ── Shared pieces of the price commands ─────────────────────────────────────────────────────

CREATE FUNCTION pricing.channel_or_default(p_channel text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(nullif(btrim(p_channel), ''), 'default')
$$;

-- An instant as people read it, in the tenant's time zone: "1 Dec 2026 09:00".
CREATE FUNCTION pricing.instant_text(p_tenant_id uuid, p_at timestamptz) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT to_char(p_at AT TIME ZONE t.timezone, 'FMDD Mon YYYY HH24:MI')
      FROM public.tenants t WHERE t.tenant_id = p_tenant_id
$$;

-- A price row as a message names it: "the default price ₹90.00 of SKU-001 at L1
-- (1 Dec 2026 00:00 – open-ended)".
CREATE FUNCTION pricing.describe(p public.variant_prices) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('the %s price %s of %s at %s (%s)', p.channel, pricing.inr(p.base_price), v.sku,
                  coalesce(l.code, 'every location'),
                  pricing.range_text(p.effective_from, p.effective_to, t.timezone))
      FROM public.variants v
      JOIN public.tenants t ON t.tenant_id = v.tenant_id
      LEFT JOIN public.locations l ON l.tenant_id = p.tenant_id AND l.id = p.location_id
     WHERE v.tenant_id = p.tenant_id AND v.id = p.variant_id
$$;

-- The same, as a message starts a sentence with it: "The default price ₹90.00 of …".
CREATE FUNCTION pricing.describe_first(p public.variant_prices) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT upper(left(d, 1)) || substr(d, 2) FROM pricing.describe(p) AS d
$$;

-- A price row as commands return it. Plain expressions, STABLE as jsonb_build_object is and
-- without a SET clause (like the next), so a bulk change inlines them for its thousands of
-- events instead of calling them per row.
CREATE FUNCTION pricing.price_json(p public.variant_prices) RETURNS jsonb
    LANGUAGE sql STABLE
AS $$
    SELECT CASE WHEN p.id IS NOT NULL THEN
        jsonb_build_object('price_id', p.id, 'variant_id', p.variant_id,
                           'location_id', p.location_id, 'channel', p.channel, 'mrp', p.mrp,
                           'base_price', p.base_price, 'tax_rate', p.tax_rate,
                           'effective_from', p.effective_from, 'effective_to', p.effective_to)
    END
$$;

-- The data of catalog.price.updated for a price row as it now stands.
CREATE FUNCTION pricing.event_data(p public.variant_prices, p_sku text) RETURNS jsonb
    LANGUAGE sql STABLE
AS $$
    SELECT pricing.price_json(p) || jsonb_build_object('sku', p_sku, 'currency', p.currency)
$$;

-- Announces a price row as it now stands; p_extra adds to the data ({"cancelled": true}, …).
CREATE FUNCTION pricing.announce(p public.variant_prices, p_extra jsonb DEFAULT '{}')
    RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id, data,
                               actor)
    SELECT p.tenant_id, 'catalog.price.updated', v.product_id, p.variant_id, p.location_id,
           pricing.event_data(p, v.sku) || p_extra, session_user
      FROM public.variants v
     WHERE v.tenant_id = p.tenant_id AND v.id = p.variant_id
$$;

-- Refuses unless caller c may change prices at p_location_id (NULL: every location at once):
-- admins anywhere, store managers at the locations in their scope, floor supervisors nowhere.
CREATE FUNCTION pricing.require_may_price(c auth.caller, p_location_id uuid, p_action text)
    RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], p_action);
    IF p_location_id IS NULL THEN
        PERFORM auth.require_role(c, ARRAY['admin'], p_action || ' for every location at once');
    ELSE
        PERFORM auth.require_in_scope(c, 'location', p_location_id);
    END IF;
END
$$;

CREATE FUNCTION pricing.require_variant(p_tenant_id uuid, p_variant_id uuid)
    RETURNS public.variants
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v public.variants;
BEGIN
    SELECT * INTO v FROM public.variants x WHERE x.tenant_id = p_tenant_id AND x.id = p_variant_id;
    IF NOT FOUND THEN
        PERFORM auth.fail('unknown_variant',
            format('No variant %s in this catalog.', coalesce(p_variant_id::text, '(none given)')),
            'Pick the variant from the catalog.');
    END IF;
    RETURN v;
END
$$;

-- The price row p_price_id of caller c's tenant, locked for the change, once c may change
-- prices where it applies.
CREATE FUNCTION pricing.require_price(c auth.caller, p_price_id uuid, p_action text)
    RETURNS public.variant_prices
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p public.variant_prices;
BEGIN
    SELECT * INTO p FROM public.variant_prices vp
     WHERE vp.tenant_id = c.tenant_id AND vp.id = p_price_id
       FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM auth.fail('not_found',
            format('No price %s in this catalog.', coalesce(p_price_id::text, '(none given)')),
            'It may have been cancelled meanwhile: read the item''s prices again.');
    END IF;
    PERFORM pricing.require_may_price(c, p.location_id, p_action);
    RETURN p;
END
$$;

-- Refuses an instant before now: what was charged stays on record as it was.
CREATE FUNCTION pricing.require_not_past(p_tenant_id uuid, p_at timestamptz, p_what text)
    RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_at < now() THEN
        PERFORM auth.fail('invalid_argument',
            format('%s %s has already passed: prices are not changed in the past.', p_what,
                   pricing.instant_text(p_tenant_id, p_at)),
            'Choose a time from now on, or leave it empty for now.');
    END IF;
END
$$;

-- The rules every new price row obeys, each refusal saying what to do: a channel name, a
-- selling price in rupees and paise, an MRP above zero and not below the price, a GST rate, a
-- range that ends after it starts.
CREATE FUNCTION pricing.require_valid_price(p_sku text, p_channel text, p_mrp numeric,
                                            p_base_price numeric, p_tax_rate numeric,
                                            p_from timestamptz, p_to timestamptz)
    RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_channel !~ '^[a-z][a-z0-9_]{1,39}$' THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a channel name.', p_channel),
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
                   p_sku, pricing.inr(p_mrp)),
            'Selling above the printed MRP is not allowed: lower the price or correct the MRP.');
    END IF;
    IF p_tax_rate IS NULL OR p_tax_rate < 0 OR p_tax_rate > 100 THEN
        PERFORM auth.fail('invalid_argument',
            format('The tax rate must be a percentage from 0 to 100 (got %s).',
                   coalesce(p_tax_rate::text, 'nothing')),
            'Enter the GST rate, such as 5 or 18.');
    END IF;
    IF p_to IS NOT NULL AND p_to <= p_from THEN
        PERFORM auth.fail('invalid_argument',
            'The price must end after it starts.',
            'Move the end date later, or leave it empty for an open-ended price.');
    END IF;
END
$$;

-- Inserts a price row and announces it, refusing (naming the range) an overlap with another
-- range of the same variant, location and channel, also one another session has just written.
CREATE FUNCTION pricing.insert_price(p_tenant_id uuid, p_variant_id uuid, p_location_id uuid,
                                     p_channel text, p_mrp numeric, p_base_price numeric,
                                     p_tax_rate numeric, p_from timestamptz, p_to timestamptz)
    RETURNS public.variant_prices
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    saved public.variant_prices;
BEGIN
    PERFORM pricing.require_no_overlap(p_tenant_id, p_variant_id, p_location_id, p_channel, p_from,
                                       p_to);
    BEGIN
        INSERT INTO public.variant_prices (tenant_id, variant_id, location_id, channel, mrp,
                                           base_price, tax_rate, effective_from, effective_to,
                                           created_by)
        VALUES (p_tenant_id, p_variant_id, p_location_id, p_channel, p_mrp, p_base_price,
                p_tax_rate, p_from, p_to, session_user)
        RETURNING * INTO saved;
    EXCEPTION WHEN exclusion_violation THEN
        -- Another session set an overlapping range after the check above: name it.
        PERFORM pricing.require_no_overlap(p_tenant_id, p_variant_id, p_location_id, p_channel,
                                           p_from, p_to);
        RAISE;
    END;
    PERFORM pricing.announce(saved);
    RETURN saved;
END
$$;

-- For a new price of exactly one variant, location (NULL: every location) and channel starting
-- at p_at: the range of that key in effect then, which the new price ends, and where the new
-- price ends unless told otherwise — where that range would have ended, or else where the key's
-- next range starts; NULL: open-ended. Always one row.
CREATE FUNCTION pricing.replacing(p_tenant_id uuid, p_variant_id uuid, p_location_id uuid,
                                  p_channel text, p_at timestamptz)
    RETURNS TABLE (replaced_id uuid, replaced_from timestamptz, replaced_to timestamptz,
                   until timestamptz)
    LANGUAGE sql STABLE
AS $$
    SELECT cur.id, cur.effective_from, cur.effective_to,
           CASE WHEN cur.id IS NOT NULL THEN cur.effective_to
                ELSE (SELECT min(n.effective_from) FROM public.variant_prices n
                       WHERE n.tenant_id = p_tenant_id AND n.variant_id = p_variant_id
                         AND (n.location_id = p_location_id
                              OR (p_location_id IS NULL AND n.location_id IS NULL))
                         AND n.channel::text = p_channel AND n.effective_from > p_at) END
      FROM (SELECT 1) AS one
      LEFT JOIN LATERAL (
          SELECT vp.id, vp.effective_from, vp.effective_to FROM public.variant_prices vp
           WHERE vp.tenant_id = p_tenant_id AND vp.variant_id = p_variant_id
             AND (vp.location_id = p_location_id
                  OR (p_location_id IS NULL AND vp.location_id IS NULL))
             AND vp.channel::text = p_channel
             AND vp.effective_from <= p_at AND (vp.effective_to IS NULL OR vp.effective_to > p_at)
      ) cur ON true
$$;

-- set_price as in 0017, built from the shared pieces above (same checks, messages and result).
CREATE OR REPLACE FUNCTION api.set_price(p_request_id uuid, p_variant_id uuid,
                                         p_location_id uuid, p_channel text, p_mrp numeric,
                                         p_base_price numeric, p_tax_rate numeric,
                                         p_effective_from timestamptz DEFAULT NULL,
                                         p_effective_to timestamptz DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    sales_channel constant text := pricing.channel_or_default(p_channel);
    starts constant timestamptz := coalesce(p_effective_from, now());
    v public.variants;
    saved public.variant_prices;
BEGIN
    PERFORM pricing.require_may_price(c, p_location_id, 'set prices');
    prior := auth.begin_command(c.tenant_id, 'set_price', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'channel', sales_channel, 'mrp', p_mrp, 'base_price', p_base_price,
                           'tax_rate', p_tax_rate, 'effective_from', p_effective_from,
                           'effective_to', p_effective_to));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    v := pricing.require_variant(c.tenant_id, p_variant_id);
    PERFORM pricing.require_valid_price(v.sku, sales_channel, p_mrp, p_base_price, p_tax_rate,
                                        starts, p_effective_to);
    saved := pricing.insert_price(c.tenant_id, p_variant_id, p_location_id, sales_channel, p_mrp,
                                  p_base_price, p_tax_rate, starts, p_effective_to);
    RETURN auth.finish_command(c.tenant_id, p_request_id, pricing.price_json(saved));
END
$$;

-- ── One price at a time ─────────────────────────────────────────────────────────────────────

-- Ends price p_price_id at p_ends_at (NULL: now) instead of later or never. The instant may not
-- be in the past, must come after the price starts (a price that has not started is cancelled
-- instead) and before it would have ended anyway. Returns the row as it now stands.
CREATE FUNCTION api.end_price(p_request_id uuid, p_price_id uuid,
                              p_ends_at timestamptz DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    ends constant timestamptz := coalesce(p_ends_at, now());
    p public.variant_prices;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'end prices');
    prior := auth.begin_command(c.tenant_id, 'end_price', p_request_id,
        jsonb_build_object('price_id', p_price_id, 'ends_at', p_ends_at));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    p := pricing.require_price(c, p_price_id, 'end prices');
    PERFORM pricing.require_not_past(c.tenant_id, ends, 'The end');
    IF p.effective_to IS NOT NULL AND p.effective_to <= ends THEN
        PERFORM auth.fail('invalid_argument',
            format('%s already %s %s.', pricing.describe_first(p),
                   CASE WHEN p.effective_to <= now() THEN 'ended' ELSE 'ends' END,
                   pricing.instant_text(c.tenant_id, p.effective_to)),
            'Ending a price can only bring its end closer. To charge it longer, set a new price '
            'from then.');
    END IF;
    IF ends <= p.effective_from THEN
        PERFORM auth.fail('invalid_argument',
            format('%s only starts %s; ending it at %s would leave nothing of it.',
                   pricing.describe_first(p),
                   pricing.instant_text(c.tenant_id, p.effective_from),
                   pricing.instant_text(c.tenant_id, ends)),
            'Cancel the scheduled price instead.');
    END IF;
    UPDATE public.variant_prices vp SET effective_to = ends
     WHERE vp.tenant_id = p.tenant_id AND vp.id = p.id
    RETURNING * INTO p;
    PERFORM pricing.announce(p);
    RETURN auth.finish_command(c.tenant_id, p_request_id, pricing.price_json(p));
END
$$;

-- Changes the price of a variant at a location (NULL: every location) on a channel from
-- p_starts_at (NULL: now): the range of exactly that location and channel in effect then ends
-- there and the new price starts, both or neither. The new price runs until p_ends_at, or by
-- default until the ended range would have ended (or the key's next range starts), so a change
-- slots in before a price already scheduled later. A price the variant has only through a
-- fallback (every location's, or the default channel's) stays as it is: the new row overrides
-- it from p_starts_at. Returns the new row, with the ended one as "ended" (null when none).
CREATE FUNCTION api.schedule_price_change(p_request_id uuid, p_variant_id uuid,
                                          p_location_id uuid, p_channel text, p_mrp numeric,
                                          p_base_price numeric, p_tax_rate numeric,
                                          p_starts_at timestamptz DEFAULT NULL,
                                          p_ends_at timestamptz DEFAULT NULL)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    sales_channel constant text := pricing.channel_or_default(p_channel);
    starts constant timestamptz := coalesce(p_starts_at, now());
    v public.variants;
    r record;
    ended public.variant_prices;
    saved public.variant_prices;
BEGIN
    PERFORM pricing.require_may_price(c, p_location_id, 'change prices');
    prior := auth.begin_command(c.tenant_id, 'schedule_price_change', p_request_id,
        jsonb_build_object('variant_id', p_variant_id, 'location_id', p_location_id,
                           'channel', sales_channel, 'mrp', p_mrp, 'base_price', p_base_price,
                           'tax_rate', p_tax_rate, 'starts_at', p_starts_at,
                           'ends_at', p_ends_at));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    v := pricing.require_variant(c.tenant_id, p_variant_id);
    PERFORM pricing.require_not_past(c.tenant_id, starts, 'The start');
    SELECT * INTO r FROM pricing.replacing(c.tenant_id, p_variant_id, p_location_id, sales_channel,
                                           starts);
    PERFORM pricing.require_valid_price(v.sku, sales_channel, p_mrp, p_base_price, p_tax_rate,
                                        starts, coalesce(p_ends_at, r.until));
    -- A range starting exactly then is not ended (that would leave nothing of it): the overlap
    -- check below names it instead.
    IF r.replaced_id IS NOT NULL AND r.replaced_from < starts THEN
        UPDATE public.variant_prices vp SET effective_to = starts
         WHERE vp.tenant_id = c.tenant_id AND vp.id = r.replaced_id
        RETURNING * INTO ended;
    END IF;
    saved := pricing.insert_price(c.tenant_id, p_variant_id, p_location_id, sales_channel, p_mrp,
                                  p_base_price, p_tax_rate, starts, coalesce(p_ends_at, r.until));
    IF ended.id IS NOT NULL THEN
        PERFORM pricing.announce(ended);
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        pricing.price_json(saved) || jsonb_build_object('ended', pricing.price_json(ended)));
END
$$;

-- Calls off price p_price_id, which has not started yet. With p_keep_previous (the default),
-- the range of the same location and channel that ends where the called-off one begins runs on
-- to where that one would have ended — calling off a scheduled change keeps the price before
-- it; otherwise that range ends as it was set to. Returns the removed row as "cancelled" and
-- the lengthened one as "extended" (null when none).
CREATE FUNCTION api.cancel_price(p_request_id uuid, p_price_id uuid,
                                 p_keep_previous boolean DEFAULT true)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    p public.variant_prices;
    extended public.variant_prices;
BEGIN
    PERFORM auth.require_role(c, ARRAY['admin', 'store_manager'], 'cancel prices');
    prior := auth.begin_command(c.tenant_id, 'cancel_price', p_request_id,
        jsonb_build_object('price_id', p_price_id, 'keep_previous', p_keep_previous));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    p := pricing.require_price(c, p_price_id, 'cancel prices');
    IF p.effective_from <= now() THEN
        PERFORM auth.fail('invalid_argument',
            format('%s has already started, so it stays on record.',
                   pricing.describe_first(p)),
            'End it now instead, or schedule a change.');
    END IF;
    DELETE FROM public.variant_prices vp WHERE vp.tenant_id = p.tenant_id AND vp.id = p.id;
    PERFORM pricing.announce(p, '{"cancelled": true}');
    IF coalesce(p_keep_previous, true) THEN
        UPDATE public.variant_prices vp SET effective_to = p.effective_to
         WHERE vp.tenant_id = p.tenant_id AND vp.variant_id = p.variant_id
           AND vp.location_id IS NOT DISTINCT FROM p.location_id AND vp.channel = p.channel
           AND vp.effective_to = p.effective_from
        RETURNING * INTO extended;
        IF FOUND THEN
            PERFORM pricing.announce(extended);
        END IF;
    END IF;
    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('cancelled', pricing.price_json(p),
                           'extended', pricing.price_json(extended)));
END
$$;

-- ── Bulk change ─────────────────────────────────────────────────────────────────────────────

-- The new price of a bulk change: p_value percent more (less when negative), or p_value rupees
-- more ('amount'), to the paisa; then rounded: 'rupee' to the nearest rupee, 'x9' down to the
-- nearest price ending in 9 paise after the tenth (₹47.23 → ₹47.19; ₹47.29 stays). Plain
-- expressions without a SET clause, so both are inlined into the bulk rows: as function calls
-- they cost 3,000 rows most of a second.
-- The price moved by the change, to the paisa, before rounding.
CREATE FUNCTION pricing.bulk_changed_price(p_current numeric, p_mode text, p_value numeric)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT round(CASE p_mode WHEN 'percent' THEN p_current * (1 + p_value / 100)
                             ELSE p_current + p_value END, 2)
$$;

CREATE FUNCTION pricing.bulk_new_price(p_current numeric, p_mode text, p_value numeric,
                                       p_rounding text)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT round(CASE p_rounding
                      WHEN 'rupee' THEN round(pricing.bulk_changed_price(p_current, p_mode,
                                                                         p_value), 0)
                      WHEN 'x9' THEN floor((pricing.bulk_changed_price(p_current, p_mode,
                                                                       p_value) + 0.01) * 10)
                                     / 10 - 0.01
                      ELSE pricing.bulk_changed_price(p_current, p_mode, p_value) END, 2)
$$;

-- One row of a bulk change: a variant of the filtered set, the price it has at the instant of
-- the change (the row price_at chose, and its rule), the new price, and the problem that keeps
-- it out (NULL: it changes). replaced_* is the range of exactly the changed location and channel
-- that the new price ends; until, where the new price ends.
CREATE TYPE pricing.bulk_row AS (
    variant_id    uuid,
    sku           text,
    name          text,
    price_id      uuid,
    rule          text,
    mrp           numeric,
    tax_rate      numeric,
    current_price numeric,
    new_price     numeric,
    problem       text,
    problem_code  text,     -- no_price, already_starting, below_zero, above_mrp, too_large, unchanged
    replaced_id   uuid,
    replaced_to   timestamptz,
    until         timestamptz,
    own_elsewhere integer  -- every location: locations with a price of their own then, which stays
);

-- The rows of a bulk change for tenant p_tenant_id at instant p_at: active variants in the
-- category subtree p_category_id, whose name or SKU contains p_search, of brand p_brand (each
-- NULL: any), priced at p_location_id (NULL: every location) on p_channel. The one computation
-- behind the preview and the apply.
CREATE FUNCTION pricing.bulk_rows(p_tenant_id uuid, p_category_id uuid, p_search text,
                                  p_brand text, p_location_id uuid, p_channel text, p_mode text,
                                  p_value numeric, p_rounding text, p_at timestamptz)
    RETURNS SETOF pricing.bulk_row
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH chosen AS (
        SELECT v.id, v.sku, v.name
          FROM public.variants v
          JOIN public.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id
         WHERE v.tenant_id = p_tenant_id AND v.status = 'active'
           AND (p_category_id IS NULL OR p.category_id IN (
                SELECT sub.id FROM public.categories sub, public.categories top
                 WHERE top.tenant_id = p_tenant_id AND top.id = p_category_id
                   AND sub.tenant_id = top.tenant_id
                   AND (sub.id = top.id OR sub.path LIKE replace(replace(replace(top.path, '\', '\\'),
                                                             '%', '\%'), '_', '\_') || '/%')))
           AND (nullif(btrim(p_brand), '') IS NULL OR lower(p.brand) = lower(btrim(p_brand)))
           AND (nullif(btrim(p_search), '') IS NULL
                OR lower(v.name) || ' ' || lower(v.sku) LIKE
                   '%' || replace(replace(replace(lower(btrim(p_search)), '\', '\\'), '%', '\%'),
                                  '_', '\_') || '%')
    ), priced AS (
        SELECT ch.id, ch.sku, ch.name, pa.price_id, pa.rule, pa.mrp, pa.tax_rate,
               pa.base_price AS current_price,
               pricing.bulk_new_price(pa.base_price, p_mode, p_value, p_rounding) AS new_price,
               r.replaced_id, r.replaced_from, r.replaced_to, r.until
          FROM chosen ch
          LEFT JOIN LATERAL pricing.price_at(p_tenant_id, ch.id, p_location_id, p_channel, p_at) pa
            ON true
          CROSS JOIN LATERAL pricing.replacing(p_tenant_id, ch.id, p_location_id, p_channel, p_at) r
    )
    SELECT x.id, x.sku, x.name, x.price_id, x.rule, x.mrp, x.tax_rate, x.current_price,
           x.new_price,
           CASE x.problem_code
                WHEN 'no_price' THEN 'no price to change from'
                WHEN 'already_starting' THEN 'a price of its own already starts at that time'
                WHEN 'below_zero' THEN format('would go below zero (%s)', pricing.inr(x.new_price))
                WHEN 'above_mrp' THEN format('would exceed MRP %s (%s)', pricing.inr(x.mrp),
                                             pricing.inr(x.new_price))
                WHEN 'too_large' THEN 'would be too large to store'
                WHEN 'unchanged' THEN 'no change'
           END,
           x.problem_code,
           x.replaced_id, x.replaced_to, x.until,
           CASE WHEN p_location_id IS NULL THEN
               (SELECT count(DISTINCT o.location_id)::integer FROM public.variant_prices o
                 WHERE o.tenant_id = p_tenant_id AND o.variant_id = x.id
                   AND o.location_id IS NOT NULL AND o.channel::text IN (p_channel, 'default')
                   AND o.effective_from <= p_at
                   AND (o.effective_to IS NULL OR o.effective_to > p_at))
           ELSE 0 END
      FROM (SELECT q.*,
                   CASE WHEN q.price_id IS NULL THEN 'no_price'
                        WHEN q.replaced_from = p_at THEN 'already_starting'
                        WHEN q.new_price < 0 THEN 'below_zero'
                        WHEN q.new_price > q.mrp THEN 'above_mrp'
                        WHEN q.new_price > 9999999999.99 THEN 'too_large'
                        WHEN q.new_price = q.current_price THEN 'unchanged'
                   END AS problem_code
              FROM priced q) x
$$;

-- What a bulk row's fingerprint covers: everything that decides what the apply writes.
CREATE FUNCTION pricing.bulk_fingerprint(p_rows pricing.bulk_row[]) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT md5(coalesce(string_agg(format('%s/%s/%s/%s/%s/%s/%s/%s/%s/%s', r.variant_id,
                                          r.price_id, r.current_price, r.mrp, r.tax_rate,
                                          r.new_price, r.problem, r.replaced_id, r.replaced_to,
                                          r.until),
                                   '|' ORDER BY r.variant_id), ''))
      FROM unnest(p_rows) r
$$;

-- Refuses a bulk change that is not one: returns the channel to use.
CREATE FUNCTION pricing.require_valid_bulk(p_tenant_id uuid, p_category_id uuid, p_channel text,
                                           p_mode text, p_value numeric, p_rounding text,
                                           p_at timestamptz)
    RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    sales_channel constant text := pricing.channel_or_default(p_channel);
BEGIN
    IF p_mode IS NULL OR p_mode NOT IN ('percent', 'amount') THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a kind of price change.', coalesce(p_mode, '')),
            'Change prices by a percentage ("percent") or by an amount of rupees ("amount").');
    END IF;
    IF p_value IS NULL OR p_value = 0 THEN
        PERFORM auth.fail('invalid_argument', 'A price change needs an amount other than zero.',
            'Enter by how much the prices go up or down.');
    END IF;
    IF p_mode = 'percent' AND (p_value <= -100 OR p_value > 1000) THEN
        PERFORM auth.fail('invalid_argument',
            format('A change of %s%% is out of range.', trim_scale(p_value)),
            'Prices can go down by less than 100% and up by at most 1000%.');
    END IF;
    IF p_mode = 'amount' AND (p_value <> round(p_value, 2) OR abs(p_value) > 9999999999.99) THEN
        PERFORM auth.fail('invalid_argument',
            format('%s is not an amount in rupees and paise.', p_value),
            'Enter an amount such as 5 or 2.50.');
    END IF;
    IF coalesce(p_rounding, 'none') NOT IN ('none', 'rupee', 'x9') THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a way of rounding prices.', p_rounding),
            'Round to the paisa ("none"), to the nearest rupee ("rupee") or down to .x9 ("x9").');
    END IF;
    IF sales_channel !~ '^[a-z][a-z0-9_]{1,39}$' THEN
        PERFORM auth.fail('invalid_argument',
            format('"%s" is not a channel name.', sales_channel),
            'Use lower-case letters, digits and _, starting with a letter (e.g. default, app).');
    END IF;
    IF p_category_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM public.categories WHERE tenant_id = p_tenant_id AND id = p_category_id)
    THEN
        PERFORM auth.fail('not_found', format('No category %s in this catalog.', p_category_id),
            'Choose the category again from the list.');
    END IF;
    PERFORM pricing.require_not_past(p_tenant_id, p_at, 'The start');
    RETURN sales_channel;
END
$$;

-- Every row a bulk change concerns, in SKU order, with the new price or the problem that keeps
-- it out, a note, and the fingerprint of the whole set to send with api.bulk_price_apply (the
-- same on every row). A read, but for those who may make the change only: it would mislead
-- anyone whose view of the prices is narrower.
CREATE FUNCTION api.bulk_price_preview(p_category_id uuid, p_search text, p_brand text,
                                       p_location_id uuid, p_channel text, p_mode text,
                                       p_value numeric, p_rounding text,
                                       p_effective_from timestamptz DEFAULT NULL)
    RETURNS TABLE (variant_id uuid, sku text, name text, rule text, why text, mrp numeric,
                   tax_rate numeric, current_price numeric, new_price numeric,
                   difference numeric, problem text, problem_code text, note text,
                   fingerprint text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    at constant timestamptz := coalesce(p_effective_from, now());
    sales_channel text;
    place text;
    bulk pricing.bulk_row[];
    fp text;
BEGIN
    PERFORM pricing.require_may_price(c, p_location_id, 'change prices');
    sales_channel := pricing.require_valid_bulk(c.tenant_id, p_category_id, p_channel, p_mode,
                                                p_value, p_rounding, at);
    SELECT l.code INTO place FROM public.locations l
     WHERE l.tenant_id = c.tenant_id AND l.id = p_location_id;
    bulk := ARRAY(SELECT b FROM pricing.bulk_rows(c.tenant_id, p_category_id, p_search, p_brand,
                                                  p_location_id, sales_channel, p_mode, p_value,
                                                  p_rounding, at) b);
    fp := pricing.bulk_fingerprint(bulk);
    RETURN QUERY
        SELECT r.variant_id, r.sku, r.name, r.rule,
               pricing.rule_text(r.rule, place, sales_channel), r.mrp, r.tax_rate,
               r.current_price, r.new_price, r.new_price - r.current_price, r.problem,
               r.problem_code,
               nullif(concat_ws('; ',
                   CASE WHEN r.problem IS NULL AND r.until IS NOT NULL THEN
                       format('until %s, when a price set for then starts',
                              pricing.instant_text(c.tenant_id, r.until)) END,
                   CASE WHEN r.own_elsewhere = 1 THEN '1 location keeps its own price'
                        WHEN r.own_elsewhere > 1 THEN
                            format('%s locations keep their own price', r.own_elsewhere) END),
                   ''),
               fp
          FROM unnest(bulk) r
         ORDER BY r.sku;
END
$$;

-- Applies a bulk change previewed with the same arguments: computes the rows again, refuses
-- (version_conflict) unless their fingerprint is p_fingerprint, then in this one transaction ends
-- each replaced range at the change's instant and inserts every new price, set-based, with one
-- catalog.price.updated per new price. Rows with a problem are left as they are. Returns the
-- counts: {"changed": n, "skipped": m, "effective_from": …}.
CREATE FUNCTION api.bulk_price_apply(p_request_id uuid, p_category_id uuid, p_search text,
                                     p_brand text, p_location_id uuid, p_channel text,
                                     p_mode text, p_value numeric, p_rounding text,
                                     p_effective_from timestamptz, p_fingerprint text)
    RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    c constant auth.caller := auth.require_staff();
    prior jsonb;
    at constant timestamptz := coalesce(p_effective_from, now());
    sales_channel text;
    bulk pricing.bulk_row[];
    changing integer;
    moved integer;
    written integer;
BEGIN
    PERFORM pricing.require_may_price(c, p_location_id, 'change prices');
    prior := auth.begin_command(c.tenant_id, 'bulk_price_apply', p_request_id,
        jsonb_build_object('category_id', p_category_id, 'search', p_search, 'brand', p_brand,
                           'location_id', p_location_id, 'channel', p_channel, 'mode', p_mode,
                           'value', p_value, 'rounding', p_rounding,
                           'effective_from', p_effective_from, 'fingerprint', p_fingerprint));
    IF prior IS NOT NULL THEN
        RETURN prior;
    END IF;
    sales_channel := pricing.require_valid_bulk(c.tenant_id, p_category_id, p_channel, p_mode,
                                                p_value, p_rounding, at);
    bulk := ARRAY(SELECT b FROM pricing.bulk_rows(c.tenant_id, p_category_id, p_search, p_brand,
                                                  p_location_id, sales_channel, p_mode, p_value,
                                                  p_rounding, at) b);
    IF pricing.bulk_fingerprint(bulk) IS DISTINCT FROM p_fingerprint THEN
        PERFORM auth.fail('version_conflict',
            format('The prices to change are no longer those previewed: someone changed prices '
                   'meanwhile, or a scheduled price took effect (%s rows now).',
                   cardinality(bulk)),
            'Preview the change again, check the rows, and apply it then.');
    END IF;
    SELECT count(*) INTO changing FROM unnest(bulk) r WHERE r.problem IS NULL;
    IF changing = 0 THEN
        PERFORM auth.fail('invalid_argument',
            format('None of the %s previewed rows can change.', cardinality(bulk)),
            'Each row says why: widen the filter or choose another change.');
    END IF;

    -- End each replaced range where the change starts, unless someone moved its end meanwhile.
    UPDATE public.variant_prices vp SET effective_to = at
      FROM unnest(bulk) r
     WHERE r.problem IS NULL AND r.replaced_id IS NOT NULL
       AND vp.tenant_id = c.tenant_id AND vp.id = r.replaced_id
       AND vp.effective_to IS NOT DISTINCT FROM r.replaced_to;
    GET DIAGNOSTICS moved = ROW_COUNT;
    IF moved <> (SELECT count(*) FROM unnest(bulk) r
                  WHERE r.problem IS NULL AND r.replaced_id IS NOT NULL) THEN
        PERFORM auth.fail('version_conflict',
            'Some of the prices to change were changed by someone else while this change was '
            'being applied; nothing was changed.',
            'Preview the change again, check the rows, and apply it then.');
    END IF;

    BEGIN
        WITH saved AS (
            INSERT INTO public.variant_prices (tenant_id, variant_id, location_id, channel, mrp,
                                               base_price, tax_rate, effective_from,
                                               effective_to, created_by)
            SELECT c.tenant_id, r.variant_id, p_location_id, sales_channel, r.mrp, r.new_price,
                   r.tax_rate, at, r.until, session_user
              FROM unnest(bulk) r
             WHERE r.problem IS NULL
            RETURNING *
        )
        INSERT INTO public.outbox (tenant_id, event_type, product_id, variant_id, location_id,
                                   data, actor)
        SELECT s.tenant_id, 'catalog.price.updated', v.product_id, s.variant_id, s.location_id,
               pricing.event_data(s, v.sku) ||
                   jsonb_build_object('replaces_price_id', r.replaced_id,
                                      'bulk_request_id', p_request_id),
               session_user
          FROM saved s
          JOIN unnest(bulk) r ON r.variant_id = s.variant_id
          JOIN public.variants v ON v.tenant_id = s.tenant_id AND v.id = s.variant_id;
        GET DIAGNOSTICS written = ROW_COUNT;
    EXCEPTION WHEN exclusion_violation THEN
        PERFORM auth.fail('version_conflict',
            'Someone set a price for one of these items while this change was being applied; '
            'nothing was changed.',
            'Preview the change again, check the rows, and apply it then.');
    END;

    RETURN auth.finish_command(c.tenant_id, p_request_id,
        jsonb_build_object('changed', written, 'skipped', cardinality(bulk) - written,
                           'location_id', p_location_id, 'channel', sales_channel,
                           'effective_from', at));
END
$$;

-- ── What the Prices page reads ──────────────────────────────────────────────────────────────

-- Why a price applies, in words, from price_at's rule, the place asked about (a location code;
-- NULL for every location) and the channel: "L1's own price", "every location's app price".
-- STABLE like format(), and without a SET clause, so list queries inline it.
CREATE FUNCTION pricing.rule_text(p_rule text, p_place text, p_channel text) RETURNS text
    LANGUAGE sql STABLE
AS $$
    SELECT CASE p_rule
        WHEN 'location_channel' THEN format('%s''s own %s price', p_place, p_channel)
        WHEN 'location_default' THEN
            CASE WHEN coalesce(p_channel, 'default') = 'default'
                 THEN format('%s''s own price', p_place)
                 ELSE format('%s''s own default price', p_place) END
        WHEN 'all_channel' THEN format('every location''s %s price', p_channel)
        WHEN 'all_default' THEN 'every location''s default price'
    END
$$;

-- The price of a variant at a location (NULL: every location) on a channel now and at each
-- future instant it changes, with why: one row per price in turn, the first being now's. A row
-- with no price_id says nothing is priced from then. Reads under the caller's row-level security.
CREATE FUNCTION pricing.variant_outlook(p_tenant_id uuid, p_variant_id uuid, p_location_id uuid,
                                        p_channel text DEFAULT 'default')
    RETURNS TABLE (starts_at timestamptz, price_id uuid, mrp numeric, base_price numeric,
                   tax_rate numeric, rule text, why text, set_location_id uuid,
                   set_channel text)
    LANGUAGE sql STABLE
AS $$
    WITH relevant AS (
        SELECT vp.effective_from, vp.effective_to FROM public.variant_prices vp
         WHERE vp.tenant_id = p_tenant_id AND vp.variant_id = p_variant_id
           AND (vp.location_id = p_location_id OR vp.location_id IS NULL)
           AND vp.channel::text IN (coalesce(p_channel, 'default'), 'default')
    ), instants AS (
        SELECT now() AS at
        UNION SELECT effective_from FROM relevant WHERE effective_from > now()
        UNION SELECT effective_to FROM relevant WHERE effective_to > now()
    ), prices AS (
        SELECT i.at, pa.price_id, pa.mrp, pa.base_price, pa.tax_rate, pa.rule,
               pa.location_id, pa.channel,
               lag(pa.price_id) OVER (ORDER BY i.at) AS before, row_number() OVER (ORDER BY i.at) AS n
          FROM instants i
          LEFT JOIN LATERAL pricing.price_at(p_tenant_id, p_variant_id, p_location_id, p_channel,
                                             i.at) pa ON true
    )
    SELECT x.at, x.price_id, x.mrp, x.base_price, x.tax_rate, x.rule,
           pricing.rule_text(x.rule, (SELECT l.code FROM public.locations l
                                        WHERE l.tenant_id = p_tenant_id AND l.id = p_location_id),
                             coalesce(p_channel, 'default')),
           x.location_id, x.channel
      FROM prices x
     WHERE x.n = 1 OR x.price_id IS DISTINCT FROM x.before
     ORDER BY x.at
$$;

-- Every price row of a variant the caller may see (every location's, and those of locations in
-- scope), newest start first: where and on which channel, the amounts, the range, whether it is
-- past, current or scheduled, and who set it (their name where the caller may see it).
CREATE FUNCTION pricing.variant_history(p_tenant_id uuid, p_variant_id uuid)
    RETURNS TABLE (price_id uuid, location_id uuid, location_code text, location_name text,
                   channel text, mrp numeric, base_price numeric, tax_rate numeric,
                   effective_from timestamptz, effective_to timestamptz, state text,
                   created_by text, created_by_name text, created_at timestamptz)
    LANGUAGE sql STABLE
AS $$
    SELECT vp.id, vp.location_id, l.code::text, l.name::text, vp.channel::text, vp.mrp,
           vp.base_price, vp.tax_rate, vp.effective_from, vp.effective_to,
           CASE WHEN vp.effective_from > now() THEN 'scheduled'
                WHEN vp.effective_to IS NOT NULL AND vp.effective_to <= now() THEN 'past'
                ELSE 'current' END,
           vp.created_by::text, s.display_name::text, vp.created_at
      FROM public.variant_prices vp
      LEFT JOIN public.locations l ON l.tenant_id = vp.tenant_id AND l.id = vp.location_id
      LEFT JOIN public.staff s ON s.tenant_id = vp.tenant_id AND s.login_role = vp.created_by
     WHERE vp.tenant_id = p_tenant_id AND vp.variant_id = p_variant_id
     ORDER BY vp.effective_from DESC, vp.location_id IS NOT NULL, l.code, vp.channel
$$;

-- The channels prices are set for, 'default' first: what the Prices page offers to choose.
CREATE FUNCTION pricing.channels(p_tenant_id uuid) RETURNS SETOF text
    LANGUAGE sql STABLE
AS $$
    SELECT 'default'
    UNION ALL
    (SELECT DISTINCT vp.channel::text FROM public.variant_prices vp
      WHERE vp.tenant_id = p_tenant_id AND vp.channel <> 'default' ORDER BY 1)
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pricing FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pricing.price_at(uuid, uuid, uuid, text, timestamptz),
                          pricing.rule_text(text, text, text),
                          pricing.variant_outlook(uuid, uuid, uuid, text),
                          pricing.variant_history(uuid, uuid),
                          pricing.channels(uuid)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
REVOKE EXECUTE ON FUNCTION api.end_price(uuid, uuid, timestamptz),
                           api.schedule_price_change(uuid, uuid, uuid, text, numeric, numeric,
                                                     numeric, timestamptz, timestamptz),
                           api.cancel_price(uuid, uuid, boolean),
                           api.bulk_price_preview(uuid, text, text, uuid, text, text, numeric, text,
                                                  timestamptz),
                           api.bulk_price_apply(uuid, uuid, text, text, uuid, text, text, numeric,
                                                text, timestamptz, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.end_price(uuid, uuid, timestamptz),
                          api.schedule_price_change(uuid, uuid, uuid, text, numeric, numeric,
                                                    numeric, timestamptz, timestamptz),
                          api.cancel_price(uuid, uuid, boolean),
                          api.bulk_price_preview(uuid, text, text, uuid, text, text, numeric, text,
                                                 timestamptz),
                          api.bulk_price_apply(uuid, uuid, text, text, uuid, text, text, numeric,
                                               text, timestamptz, text)
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;
