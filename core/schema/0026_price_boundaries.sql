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
-- A full chunk leaves the rest for the next call. For stockroomd jobs, as the owner.
CREATE FUNCTION pricing.announce_boundaries(p_limit integer DEFAULT 1000) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    since timestamptz;
    upto timestamptz := now();
    last_at timestamptz;
    n integer := 0;
    b record;
BEGIN
    SELECT a.announced_until INTO since FROM pricing.boundaries_announced a FOR UPDATE;
    -- Every (slot, instant) in (since, upto], with the row that starts there if one does.
    CREATE TEMPORARY TABLE price_boundaries ON COMMIT DROP AS
    SELECT DISTINCT ON (x.tenant_id, x.variant_id, x.slot_location, x.channel, x.at)
           x.tenant_id, x.variant_id, x.channel, x.at, x.price_id, x.change
      FROM (SELECT vp.tenant_id, vp.variant_id,
                   coalesce(vp.location_id, '00000000-0000-0000-0000-000000000000'::uuid)
                       AS slot_location,
                   vp.channel, vp.effective_from AS at, vp.id AS price_id, 'took_effect' AS change
              FROM public.variant_prices vp
             WHERE vp.effective_from > since AND vp.effective_from <= upto
               AND vp.effective_from > vp.updated_at
            UNION ALL
            SELECT vp.tenant_id, vp.variant_id,
                   coalesce(vp.location_id, '00000000-0000-0000-0000-000000000000'::uuid),
                   vp.channel, vp.effective_to, vp.id, 'ran_out'
              FROM public.variant_prices vp
             WHERE vp.effective_to > since AND vp.effective_to <= upto
               AND vp.effective_to > vp.updated_at) x
     ORDER BY x.tenant_id, x.variant_id, x.slot_location, x.channel, x.at,
              x.change = 'ran_out';
    -- The chunk: the first p_limit instants' changes, and every other change at the last of them.
    SELECT max(c.at) INTO last_at
      FROM (SELECT pb.at FROM price_boundaries pb ORDER BY pb.at LIMIT greatest(p_limit, 1)) c;
    FOR b IN
        SELECT pb.price_id, pb.change, pb.at FROM price_boundaries pb
         WHERE pb.at <= last_at ORDER BY pb.at, pb.tenant_id, pb.variant_id
    LOOP
        PERFORM pricing.announce(vp, jsonb_build_object('change', b.change, 'at', b.at))
           FROM public.variant_prices vp WHERE vp.id = b.price_id;
        n := n + 1;
    END LOOP;
    UPDATE pricing.boundaries_announced
       SET announced_until = CASE WHEN n >= p_limit AND last_at IS NOT NULL
                                   AND EXISTS (SELECT 1 FROM price_boundaries pb
                                                WHERE pb.at > last_at)
                                  THEN last_at ELSE upto END;
    DROP TABLE price_boundaries;
    RETURN n;
END
$$;
REVOKE EXECUTE ON FUNCTION pricing.announce_boundaries(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION pricing.touch_updated_at() FROM PUBLIC;
