-- The Reservations screen's lists, served by indexes in their own order so a page costs the same
-- at any depth and any number of reservations: active ones by expiry (soonest first), closed
-- ones by closing time (latest first). Keyset conditions on these columns are leakproof, so they
-- stay index conditions under row-level security. (0013: 0012 belongs to the Stock screen.)
SET LOCAL ROLE stockroom_owner;

CREATE INDEX stock_reservations_active_by_expiry
    ON stock_reservations (tenant_id, (coalesce(expires_at, 'infinity'::timestamptz)), id)
    WHERE status = 'active';
CREATE INDEX stock_reservations_closed_by_time
    ON stock_reservations (tenant_id, closed_at DESC, id DESC)
    WHERE status <> 'active';
