-- Prices that change by the clock, announced when they do. A price scheduled for 09:00 was
-- announced (catalog.price.updated) when someone scheduled it, not at 09:00: a screen open since
-- 08:00 went on showing the old price until something else made it read again. stockroomd jobs
-- (every pass, in the embedded default too) now calls pricing.announce_boundaries, which writes
-- one catalog.price.updated for each variant, location and channel whose price took effect or
-- ran out by the clock since the previous call, so every screen follows within a pass.
--
-- "By the clock" means the instant was still ahead when the row was last written: a price set
-- to start now, or ended now, was announced by its own command. The start of one row and the end
-- of the row it follows are one change, announced once (as the row that starts).
SET LOCAL ROLE stockroom_owner;

-- When a price row was last written; the instants after it are the clock's to announce.
ALTER TABLE public.variant_prices ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

CREATE FUNCTION pricing.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER variant_prices_touch BEFORE UPDATE ON public.variant_prices
    FOR EACH ROW EXECUTE FUNCTION pricing.touch_updated_at();

-- The rows with an instant still ahead when written: few (scheduled changes), so each pass reads
-- a small index instead of every price; a price that starts or ends as it is written (every row
-- of an import, a price set or ended now) is not in them and costs them nothing.
CREATE INDEX variant_prices_starts_by_clock ON public.variant_prices (effective_from)
    WHERE effective_from > updated_at;
CREATE INDEX variant_prices_ends_by_clock ON public.variant_prices (effective_to)
    WHERE effective_to > updated_at;

-- How far the clock's changes have been announced (one row for the whole database: the jobs
-- run as the owner, over every tenant). It starts now: what happened before was announced by
-- the commands, or by no one, and is not news any more.
CREATE TABLE pricing.boundaries_announced (
    only_row        boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    announced_until timestamptz NOT NULL
);
INSERT INTO pricing.boundaries_announced (announced_until) VALUES (now());

-- Announces the price changes of up to p_limit instants, oldest first, that the clock made since
-- the last call (all of one instant together, whatever the limit); returns the events written.
-- A full chunk leaves the rest for the next call. For stockroomd jobs, as the owner; two runners
-- take turns on the watermark's row, which only ever moves forward.
CREATE FUNCTION pricing.announce_boundaries(p_limit integer DEFAULT 1000) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    since timestamptz;
    upto timestamptz;
    last_at timestamptz;
    more boolean;
    n integer;
BEGIN
    SELECT a.announced_until INTO since FROM pricing.boundaries_announced a FOR UPDATE;
    -- Read after the lock: a runner that waited for another sees how far that one went.
    upto := clock_timestamp();
    IF upto <= since THEN
        RETURN 0;
    END IF;
    -- The chunk ends at the p_limit-th instant (and takes every change at it).
    SELECT max(c.at) INTO last_at
      FROM (SELECT vp.effective_from AS at FROM public.variant_prices vp
             WHERE vp.effective_from > since AND vp.effective_from <= upto
               AND vp.effective_from > vp.updated_at
            UNION ALL
            SELECT vp.effective_to FROM public.variant_prices vp
             WHERE vp.effective_to > since AND vp.effective_to <= upto
               AND vp.effective_to > vp.updated_at
             ORDER BY 1 LIMIT greatest(p_limit, 1)) c;
    IF last_at IS NULL THEN
        UPDATE pricing.boundaries_announced SET announced_until = upto;
        RETURN 0;
    END IF;
    -- Every (slot, instant) up to there, as the row that starts there if one does, announced
    -- as the commands announce a price row (pricing.announce), in order of time.
    PERFORM pricing.announce(one.price, jsonb_build_object('change', one.change, 'at', one.at))
       FROM (SELECT DISTINCT ON (b.tenant_id, b.variant_id, b.slot, b.channel, b.at) b.*
               FROM (SELECT vp.tenant_id, vp.variant_id,
                            coalesce(vp.location_id,
                                     '00000000-0000-0000-0000-000000000000'::uuid) AS slot,
                            vp.channel, vp.effective_from AS at, 'took_effect' AS change,
                            vp AS price
                       FROM public.variant_prices vp
                      WHERE vp.effective_from > since AND vp.effective_from <= last_at
                        AND vp.effective_from > vp.updated_at
                     UNION ALL
                     SELECT vp.tenant_id, vp.variant_id,
                            coalesce(vp.location_id, '00000000-0000-0000-0000-000000000000'::uuid),
                            vp.channel, vp.effective_to, 'ran_out', vp
                       FROM public.variant_prices vp
                      WHERE vp.effective_to > since AND vp.effective_to <= last_at
                        AND vp.effective_to > vp.updated_at) b
              ORDER BY b.tenant_id, b.variant_id, b.slot, b.channel, b.at,
                       b.change = 'ran_out') one
      ORDER BY one.at, one.tenant_id, one.variant_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    more := EXISTS (SELECT 1 FROM public.variant_prices vp
                     WHERE vp.effective_from > last_at AND vp.effective_from <= upto
                       AND vp.effective_from > vp.updated_at)
         OR EXISTS (SELECT 1 FROM public.variant_prices vp
                     WHERE vp.effective_to > last_at AND vp.effective_to <= upto
                       AND vp.effective_to > vp.updated_at);
    UPDATE pricing.boundaries_announced
       SET announced_until = CASE WHEN more THEN last_at ELSE upto END;
    RETURN n;
END
$$;
REVOKE EXECUTE ON FUNCTION pricing.announce_boundaries(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pricing.touch_updated_at() FROM PUBLIC;
