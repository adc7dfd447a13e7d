-- What every written catalog row pays, made smaller where the same guarantee costs less. Found
-- by profiling the 100,000-row catalog import (scripts/bench --import, README "Benchmarks")
-- statement by statement; each change below keeps its rule exactly and serves every writer.
SET LOCAL ROLE stockroom_owner;

-- ── The barcode rule, inlined ──────────────────────────────────────────────────────────────
-- variant_barcodes checks gtin_is_valid on every row. As a SQL function with its own
-- search_path calling another with a FROM generate_series, each check ran as two separately
-- executed functions: about 23 µs a barcode, 3 s of the import's 125,000. Written as one expression
-- (no SET clause, no FROM, fully qualified names) the planner inlines both into the check:
-- 2.5 µs. catalog.check_digit stays the one computation that the commands also use to name the
-- digit a barcode should end with.

-- The GS1 check digit of the digits before it (up to 13 of them): weights 3, 1, 3, … from the
-- right. Padding with zeros on the left changes no sum, so every length is one fixed sum.
CREATE OR REPLACE FUNCTION catalog.check_digit(p_body text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT (10 - (3 * (pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 1, 1)::integer
                     + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 3, 1)::integer
                     + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 5, 1)::integer
                     + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 7, 1)::integer
                     + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 9, 1)::integer
                     + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 11, 1)::integer
                     + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 13, 1)::integer)
                  + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 2, 1)::integer
                  + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 4, 1)::integer
                  + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 6, 1)::integer
                  + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 8, 1)::integer
                  + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 10, 1)::integer
                  + pg_catalog.substr(pg_catalog.lpad(p_body, 13, '0'), 12, 1)::integer) % 10) % 10
$$;

-- Not STRICT, or it could not be inlined (AND is not strict); a NULL code still gives NULL.
CREATE OR REPLACE FUNCTION public.gtin_is_valid(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT code ~ '^([0-9]{8}|[0-9]{12,14})$'
           AND catalog.check_digit(pg_catalog.left(code, -1)) = pg_catalog.right(code, 1)::integer
$$;

-- ── Price ranges: the overlap check on uuids ───────────────────────────────────────────────
-- 0022 keyed the constraint on the variant's id as text so that price lookups would not use its
-- GiST index; but every check then collated 36-character strings down the tree, and with the
-- tenant (the same for every row) leading, no level told variants apart: 22 µs a new price on
-- the demo's 330,000 rows (measured against the same inserts without it), 2.2 s of the import.
-- The variant leads now, as a uuid, written as an expression (coalesce with itself: a no-op the
-- planner does not fold) so that "variant_id = …" still never matches this index and lookups
-- stay on the btrees of 0017/0023. The channel compares bytewise; equal is equal in either
-- collation.
ALTER TABLE public.variant_prices DROP CONSTRAINT variant_prices_no_overlap;
ALTER TABLE public.variant_prices ADD CONSTRAINT variant_prices_no_overlap EXCLUDE USING gist (
    (coalesce(variant_id, variant_id)) WITH =,
    tenant_id WITH =,
    (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)) WITH =,
    (channel COLLATE "C") WITH =,
    tstzrange(effective_from, effective_to, '[)') WITH &&);

-- Kept, though the profile counted them: the variants' key to tenants (without it a tenant's
-- units of measure went before its variants when the tenant was deleted, and the deletion
-- failed) and the outbox's (without its lock on the tenant row, an event written while the
-- tenant is deleted would outlive it and stop the sequencer, whose heads reference tenants).
